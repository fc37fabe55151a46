using CoopHub.Programs.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Programs.Reviews;

internal sealed record RemoveCallReviewerCommand(Guid CallId, Guid ReviewerId) : ICommand<Result<ReviewerAssignment>>;

internal sealed class RemoveCallReviewerAuthorizer : IAuthorizer<RemoveCallReviewerCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RemoveCallReviewerCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Staff(user, "remove_reviewers"));
}

/// <summary>Staff running the program remove a reviewer who has not scored yet (their scores count in the ranking).</summary>

internal sealed class RemoveCallReviewerHandler(DbSession db, AuditTrail audit, CurrentUser user) : ICommandHandler<RemoveCallReviewerCommand, Result<ReviewerAssignment>>
{
    public async ValueTask<Result<ReviewerAssignment>> Handle(RemoveCallReviewerCommand command, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, command.CallId, cancellationToken);
        if (call is not null && ProgramAccess.Forbid(user, call.ProgramRegionList, "remove_reviewers") is { } forbidden) return forbidden;
        var assignment = call is null ? null
            : (await ReviewerQueries.ListAsync(db, command.CallId, cancellationToken)).SingleOrDefault(r => r.ReviewerId == command.ReviewerId);
        if (assignment is null) return Error.NotFound("reviewer.not_assigned");
        if (assignment.Reviewed > 0)
        {
            return Error.Conflict("reviewer.has_reviews", ("name", assignment.Name), ("count", assignment.Reviewed));
        }
        await db.ExecuteAsync("DELETE FROM prog_reviewers WHERE call_id = @CallId AND reviewer_id = @ReviewerId", command, cancellationToken);
        audit.Record("callReviewer", command.CallId, assignment, null);
        return assignment;
    }
}

internal static class RemoveCallReviewerEndpoint
{
    public static RouteGroupBuilder MapRemoveCallReviewer(this RouteGroupBuilder group)
    {
        group.MapDelete("/{id:guid}/reviewers/{reviewerId:guid}", async Task<Results<Ok<ReviewerAssignment>, ProblemHttpResult>> (
                Guid id, Guid reviewerId, ISender sender, CancellationToken ct) => Ok(await sender.Send(new RemoveCallReviewerCommand(id, reviewerId), ct)))
            .WithName("RemoveCallReviewer")
            .RequireAuthorization()
            .WithSummary("Removes a reviewer who has not scored yet.")
            .ProducesProblems(401, 403, 404, 409);
        return group;
    }
}
