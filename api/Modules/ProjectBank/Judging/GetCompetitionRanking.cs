using CoopHub.ProjectBank.Model;
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

namespace CoopHub.ProjectBank.Judging;

internal sealed record GetCompetitionRankingQuery(Guid CompetitionId) : IQuery<Result<CompetitionRanking>>;

/// <summary>The ranking from the stored sheets with the awards: everyone's once the results are published, its region's staff's before.</summary>
internal sealed class GetCompetitionRankingHandler(DbSession db, CurrentUser user) : IQueryHandler<GetCompetitionRankingQuery, Result<CompetitionRanking>>
{
    public async ValueTask<Result<CompetitionRanking>> Handle(GetCompetitionRankingQuery query, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, query.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound();
        CompetitionAccess.EnsureRankingVisible(user, competition);
        return await Jury.RankAsync(db, competition, cancellationToken);
    }
}

internal static class GetCompetitionRankingEndpoint
{
    public static RouteGroupBuilder MapGetCompetitionRanking(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/ranking", async Task<Results<Ok<CompetitionRanking>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetCompetitionRankingQuery(id), ct)))
            .WithName("GetCompetitionRanking")
            .WithSummary("The ranking from the stored scores with the awards: public once the results are published, staff before.")
            .ProducesProblems(401, 403, 404);
        return group;
    }
}
