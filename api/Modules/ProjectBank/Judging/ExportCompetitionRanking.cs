using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Csv;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.ProjectBank.Judging;

/// <summary>The ranking as a CSV file (UTF-8 with BOM; cells starting with = + - @ written as text, ADR 0015).</summary>
internal sealed record ExportCompetitionRankingQuery(Guid CompetitionId) : IQuery<Result<byte[]>>;

/// <summary>The same ranking and the same access as GetCompetitionRanking, from one read of the competition: rank, entry, idea, cooperative, score, tie-break, each criterion's average, sheets, award.</summary>
internal sealed class ExportCompetitionRankingHandler(DbSession db, CurrentUser user) : IQueryHandler<ExportCompetitionRankingQuery, Result<byte[]>>
{
    public async ValueTask<Result<byte[]>> Handle(ExportCompetitionRankingQuery query, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, query.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound();
        CompetitionAccess.EnsureRankingVisible(user, competition);
        return Csv(await Jury.RankAsync(db, competition, cancellationToken), competition.CriteriaList);
    }

    private static byte[] Csv(CompetitionRanking ranking, IReadOnlyList<CompetitionCriterion> criteria)
    {
        static CsvCell N(decimal? v) => CsvCell.Number(v, "0.####");
        var csv = new CsvTable().Row(new[] { "rank", "entryId", "ideaTitleFr", "ideaTitleAr", "cooperativeNameFr", "score", "tieBreak" }
            .Concat(criteria.Select(c => c.Key)).Concat(["sheets", "award", "prize", "amount"]).Select(h => (CsvCell)h));
        foreach (var r in ranking.Items)
        {
            csv.Row(new CsvCell[] { r.Rank, r.EntryId.ToString(), r.IdeaTitleFr, r.IdeaTitleAr, r.CooperativeNameFr, N(r.Score), N(r.TieBreak) }
                .Concat(criteria.Select(c => N(r.Criteria.FirstOrDefault(x => x.Criterion == c.Key)?.Average)))
                .Concat([r.Sheets, r.Award?.Rank, r.Award?.PrizeLabel, N(r.Award?.Amount)]));
        }
        return csv.ToUtf8WithBom();
    }
}

internal static class ExportCompetitionRankingEndpoint
{
    public static RouteGroupBuilder MapExportCompetitionRanking(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/ranking.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
            {
                var csv = await sender.Send(new ExportCompetitionRankingQuery(id), ct);
                return csv.IsFailure ? csv.Error!.ToProblem() : TypedResults.File(csv.Value, "text/csv; charset=utf-8", $"ranking-{id}.csv");
            })
            .WithName("ExportCompetitionRanking")
            .WithSummary("The ranking as CSV with each criterion's average per entry.")
            .Produces(200, contentType: "text/csv")
            .ProducesProblems(401, 403, 404);
        return group;
    }
}
