using CoopHub.Contracts.Identity;
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

internal sealed record ListReviewerCandidatesQuery(Guid CallId) : IQuery<Result<IReadOnlyList<ReviewerCandidate>>>;

internal sealed class ListReviewerCandidatesAuthorizer : IAuthorizer<ListReviewerCandidatesQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListReviewerCandidatesQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Staff(user, "choose_reviewers"));
}


/// <summary>Staff users of the program's regions (and national staff) not yet assigned: whom the reviewer picker offers.</summary>
internal sealed class ListReviewerCandidatesHandler(DbSession db, ISender sender, CurrentUser user) : IQueryHandler<ListReviewerCandidatesQuery, Result<IReadOnlyList<ReviewerCandidate>>>
{
    public async ValueTask<Result<IReadOnlyList<ReviewerCandidate>>> Handle(ListReviewerCandidatesQuery query, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken);
        if (call is null) return ProgramStore.CallNotFound(query.CallId);
        if (ProgramAccess.Forbid(user, call.ProgramRegionList, "choose_reviewers") is { } forbidden) return forbidden;
        var assigned = (await ReviewerQueries.ListAsync(db, call.Id, cancellationToken)).Select(r => r.ReviewerId).ToHashSet();
        var regions = call.ProgramRegionList.Count == 0 ? [null] : call.ProgramRegionList.Cast<string?>().ToList();
        var found = new Dictionary<Guid, ActorSummary>();
        foreach (var region in regions)
        {
            foreach (var actor in await sender.Send(new ListStaffActors(region), cancellationToken)) found.TryAdd(actor.Id, actor);
        }
        return found.Values.Where(a => !assigned.Contains(a.Id)).OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => new ReviewerCandidate(a.Id, a.Name, a.Regions)).ToList();
    }
}

internal static class ListReviewerCandidatesEndpoint
{
    public static RouteGroupBuilder MapListReviewerCandidates(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/reviewer-candidates", async Task<Results<Ok<IReadOnlyList<ReviewerCandidate>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListReviewerCandidatesQuery(id), ct)))
            .WithName("ListReviewerCandidates")
            .RequireAuthorization()
            .WithSummary("Staff of the program's regions who could review the call.")
            .ProducesProblems(401, 403, 404);
        return group;
    }
}
