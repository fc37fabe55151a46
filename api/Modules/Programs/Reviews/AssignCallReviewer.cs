using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Contracts.Identity;
using CoopHub.Programs.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Programs.Reviews;

internal sealed record AssignCallReviewerCommand : ICommand<Result<ReviewerAssignment>>
{
    [JsonIgnore]
    public Guid CallId { get; init; }

    /// <summary>A staff user (or staff API key) id.</summary>
    public Guid? ReviewerId { get; init; }
}

internal sealed class AssignCallReviewerValidator : AbstractValidator<AssignCallReviewerCommand>
{
    public AssignCallReviewerValidator() => RuleFor(x => x.ReviewerId).NotNull().WithText("programs.give_reviewers_user_id");
}

internal sealed class AssignCallReviewerAuthorizer : IAuthorizer<AssignCallReviewerCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(AssignCallReviewerCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Staff(user, "assign_reviewers"));
}

/// <summary>Staff running the program assign an active staff member; the cooperatives they manage then are stored as conflicts.</summary>

internal sealed class AssignCallReviewerHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<AssignCallReviewerCommand, Result<ReviewerAssignment>>
{
    public async ValueTask<Result<ReviewerAssignment>> Handle(AssignCallReviewerCommand command, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, command.CallId, cancellationToken);
        if (call is null) return ProgramStore.CallNotFound(command.CallId);
        if (ProgramAccess.Forbid(user, call.ProgramRegionList, "assign_reviewers") is { } forbidden) return forbidden;
        var actor = await sender.Send(new GetActorSummary(command.ReviewerId!.Value), cancellationToken);
        if (actor is null) return Error.Invalid("reviewerId", "programs.reviewer_unknown");
        if (!actor.Active) return Error.Invalid("reviewerId", "programs.reviewer_disabled", ("name", actor.Name));
        if (!actor.Roles.Contains(Roles.Staff) && !actor.Roles.Contains(Roles.Admin)) return Error.Invalid("reviewerId", "programs.reviewer_not_staff", ("name", actor.Name));
        var already = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM prog_reviewers WHERE call_id = @CallId AND reviewer_id = @Id",
            new { command.CallId, Id = actor.Id }, cancellationToken);
        if (already > 0) return Error.Conflict("reviewer.already_assigned", ("name", actor.Name));
        var now = clock.GetUtcNow();
        await db.ExecuteAsync("""
            INSERT INTO prog_reviewers (call_id, reviewer_id, reviewer_name, cooperatives, assigned_at) VALUES (@CallId, @Id, @Name, @Cooperatives, @At)
            """, new { command.CallId, actor.Id, actor.Name, Cooperatives = ApiJson.Write(actor.Cooperatives), At = now }, cancellationToken);
        var assignment = (await ReviewerQueries.ListAsync(db, command.CallId, cancellationToken)).Single(r => r.ReviewerId == actor.Id);
        audit.Record("callReviewer", command.CallId, null, assignment);
        return assignment;
    }
}

internal static class AssignCallReviewerEndpoint
{
    public static RouteGroupBuilder MapAssignCallReviewer(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/reviewers", async Task<Results<Created<ReviewerAssignment>, ProblemHttpResult>> (
                Guid id, AssignCallReviewerCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { CallId = id }, ct)).ToCreated(assigned => ProgramsRoutes.CallReviewer(id, assigned.ReviewerId)))
            .WithName("AssignCallReviewer")
            .RequireAuthorization()
            .WithSummary("Assigns a staff member to review the call's applications.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}
