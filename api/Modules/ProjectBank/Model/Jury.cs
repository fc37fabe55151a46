using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;

namespace CoopHub.ProjectBank.Model;

/// <summary>
/// The jury's reads every judging use case shares: the caller's seat, each juror's progress, and the ranking
/// recomputed from the stored sheets (the tie rule is here, once).
/// </summary>
internal static class Jury
{
    public static async Task<JurorRow?> FindJurorAsync(DbSession db, Guid competitionId, CurrentUser user, CancellationToken ct)
        => user.Id is { } me ? await db.QuerySingleOrDefaultAsync<JurorRow>($"{JurorRow.Select} WHERE competition_id = @C AND juror_id = @J", new { C = competitionId, J = me }, ct) : null;

    public static async Task<IReadOnlyList<JurorProgress>> ProgressAsync(DbSession db, Guid competitionId, CancellationToken ct)
    {
        var entries = await Entries.ListAsync(db, competitionId, ct);
        var jurors = await db.QueryAsync<JurorRow>($"{JurorRow.Select} WHERE competition_id = @C ORDER BY assigned_at, juror_id", new { C = competitionId }, ct);
        var sheets = (await db.QueryAsync<ScoreRow>($"{ScoreRow.Select} WHERE competition_id = @C", new { C = competitionId }, ct)).ToList();
        return jurors.Select(j =>
        {
            var assigned = j.AssignedAmong(entries);
            var scored = sheets.Where(s => s.JurorId == j.JurorId).Select(s => s.EntryId).ToHashSet();
            return new JurorProgress(j.JurorId, j.Name, j.Entries is null ? null : ApiJson.Guids(j.Entries), assigned.Count,
                assigned.Count(e => scored.Contains(e.Id)), assigned.Where(e => !scored.Contains(e.Id)).Select(e => e.Id).ToList());
        }).ToList();
    }

    /// <summary>
    /// The ranking, recomputed from the stored sheets: mean weighted score, then the higher mean on the
    /// tie-break criterion, then the earlier entry, then the id — the same order every time.
    /// </summary>
    public static async Task<CompetitionRanking> RankAsync(DbSession db, CompetitionRow competition, CancellationToken ct)
    {
        var entries = await Entries.ListAsync(db, competition.Id, ct);
        var sheets = (await db.QueryAsync<ScoreRow>($"{ScoreRow.Select} WHERE competition_id = @C", new { C = competition.Id }, ct)).GroupBy(s => s.EntryId).ToDictionary(g => g.Key, g => g.ToList());
        var awards = (await db.QueryAsync<AwardRow>("SELECT entry_id AS EntryId, award_rank AS AwardRank, prize_label AS PrizeLabel, amount AS Amount FROM bank_awards WHERE competition_id = @C",
            new { C = competition.Id }, ct)).ToDictionary(a => a.EntryId);
        var criteria = competition.CriteriaList;
        decimal? Mean(List<ScoreRow> rows, Func<ScoreRow, decimal> f) => rows.Count == 0 ? null : Math.Round(rows.Average(f), 4);
        var ranked = entries.Select(e =>
        {
            var mine = sheets.GetValueOrDefault(e.Id) ?? [];
            return (Entry: e, Sheets: mine, Score: Mean(mine, s => s.WeightedScore),
                Tie: Mean(mine, s => s.ScoreList.FirstOrDefault(x => x.Criterion == competition.TieBreakCriterion)?.Score ?? 0));
        })
        .OrderBy(x => x.Score is null ? 1 : 0).ThenByDescending(x => x.Score).ThenByDescending(x => x.Tie).ThenBy(x => x.Entry.EnteredAt).ThenBy(x => x.Entry.Id)
        .ToList();
        return new CompetitionRanking(competition.Id, competition.TieBreakCriterion, ranked.Select((x, i) => new RankedEntry(i + 1, x.Entry.Id, x.Entry.IdeaId,
            x.Entry.IdeaTitleAr, x.Entry.IdeaTitleFr, x.Entry.CooperativeNameAr, x.Entry.CooperativeNameFr, x.Score, x.Tie, x.Sheets.Count,
            criteria.Select(c => new JuryCriterionAverage(c.Key, x.Sheets.Count == 0 ? 0 : Math.Round((decimal)x.Sheets.Average(s => s.ScoreList.FirstOrDefault(v => v.Criterion == c.Key)?.Score ?? 0), 2))).ToList(),
            x.Entry.EnteredAt, awards.TryGetValue(x.Entry.Id, out var a) ? new AwardDetails(a.AwardRank, a.PrizeLabel, a.Amount) : null)).ToList());
    }

    private sealed class AwardRow
    {
        public Guid EntryId { get; set; }
        public int AwardRank { get; set; }
        public string PrizeLabel { get; set; } = "";
        public decimal? Amount { get; set; }
    }
}
