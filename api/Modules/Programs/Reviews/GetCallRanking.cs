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

internal sealed record GetCallRankingQuery(Guid CallId) : IQuery<Result<CallRanking>>;

internal sealed class GetCallRankingAuthorizer : IAuthorizer<GetCallRankingQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetCallRankingQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Staff(user, "see_ranking"));
}

/// <summary>The ranking staff running the program decide on, recomputed from the stored reviews.</summary>

internal sealed class GetCallRankingHandler(DbSession db, CurrentUser user) : IQueryHandler<GetCallRankingQuery, Result<CallRanking>>
{
    public async ValueTask<Result<CallRanking>> Handle(GetCallRankingQuery query, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken);
        if (call is null) return ProgramStore.CallNotFound(query.CallId);
        if (ProgramAccess.Forbid(user, call.ProgramRegionList, "see_ranking") is { } forbidden) return forbidden;
        var items = await Ranking.ComputeAsync(db, call, cancellationToken);
        return new CallRanking(call.Id, call.Places, await ApplicationFlow.AwardedCountAsync(db, call.Id, cancellationToken), items);
    }
}

internal static class GetCallRankingEndpoint
{
    public static RouteGroupBuilder MapGetCallRanking(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/ranking", async Task<Results<Ok<CallRanking>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetCallRankingQuery(id), ct)))
            .WithName("GetCallRanking")
            .RequireAuthorization()
            .WithSummary("Applications ranked by the mean weighted score; ties go to the earlier submission.")
            .ProducesProblems(401, 403, 404);
        return group;
    }
}
