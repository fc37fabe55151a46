using CoopHub.Programs.Model;
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

internal sealed record ListCallReviewersQuery(Guid CallId) : IQuery<Result<IReadOnlyList<ReviewerAssignment>>>;

internal sealed class ListCallReviewersAuthorizer : IAuthorizer<ListCallReviewersQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListCallReviewersQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Staff(user, "see_reviewers"));
}

/// <summary>The call's reviewers with their progress, for staff running the program.</summary>

internal sealed class ListCallReviewersHandler(DbSession db, CurrentUser user) : IQueryHandler<ListCallReviewersQuery, Result<IReadOnlyList<ReviewerAssignment>>>
{
    public async ValueTask<Result<IReadOnlyList<ReviewerAssignment>>> Handle(ListCallReviewersQuery query, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken);
        if (call is null) return ProgramStore.CallNotFound(query.CallId);
        if (ProgramAccess.Forbid(user, call.ProgramRegionList, "see_reviewers") is { } forbidden) return forbidden;
        return (await ReviewerQueries.ListAsync(db, call.Id, cancellationToken)).ToList();
    }
}

internal static class ListCallReviewersEndpoint
{
    public static RouteGroupBuilder MapListCallReviewers(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/reviewers", async Task<Results<Ok<IReadOnlyList<ReviewerAssignment>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListCallReviewersQuery(id), ct)))
            .WithName("ListCallReviewers")
            .RequireAuthorization()
            .WithSummary("The call's reviewers with their progress.")
            .ProducesProblems(401, 403, 404);
        return group;
    }
}
