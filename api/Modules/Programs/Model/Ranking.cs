using CoopHub.Shared.Data;

namespace CoopHub.Programs.Model;

/// <summary>
/// A call's ranking, recomputed from the stored reviews every time: an application's score is the mean
/// of its reviewers' weighted scores (Σ score × weight / 100, so 0–10); ties go to the earlier
/// submission, then to the application id so the order is always the same.
/// </summary>
internal static class Ranking
{
    private static readonly string[] RankedStatuses = ["eligible", "underReview", "selected", "waitlisted", "rejected", "supported", "completed"];

    public static decimal Weighted(IReadOnlyList<EvaluationCriterion> criteria, IReadOnlyList<CriterionScore> scores)
        => CoopHub.Shared.Scoring.WeightedScore.Of(criteria.Select(c => (c.Key, c.Weight)), scores.ToDictionary(s => s.Criterion, s => s.Score));

    public static async Task<IReadOnlyList<RankedApplication>> ComputeAsync(DbSession db, CallRow call, CancellationToken ct)
    {
        var applications = (await db.QueryAsync<ApplicationRow>(
            $"SELECT {ApplicationRow.Columns} FROM prog_applications a WHERE a.call_id = @CallId AND a.status IN @Statuses",
            new { CallId = call.Id, Statuses = RankedStatuses }, ct)).ToList();
        var reviews = (await db.QueryAsync<ReviewRow>($"SELECT {ReviewRow.Columns} FROM prog_reviews r WHERE r.call_id = @CallId", new { CallId = call.Id }, ct))
            .GroupBy(r => r.ApplicationId).ToDictionary(g => g.Key, g => g.ToList());
        var criteria = call.CriteriaList;
        var scored = applications.Select(a =>
        {
            var mine = reviews.GetValueOrDefault(a.Id) ?? [];
            decimal? score = mine.Count == 0 ? null : Math.Round(mine.Average(r => r.WeightedScore), 4);
            var averages = criteria.Select(c => new CriterionAverage(c.Key, mine.Count == 0 ? 0 : Math.Round((decimal)mine
                .Average(r => r.ScoreList.FirstOrDefault(s => s.Criterion == c.Key)?.Score ?? 0), 2))).ToList();
            return (App: a, Score: score, Reviews: mine.Count, Averages: averages);
        })
        .OrderBy(x => x.Score is null ? 1 : 0)
        .ThenByDescending(x => x.Score)
        .ThenBy(x => x.App.SubmittedAt ?? DateTimeOffset.MaxValue)
        .ThenBy(x => x.App.Id)
        .ToList();
        return scored.Select((x, i) => new RankedApplication(i + 1, x.App.Id, x.App.CooperativeId, x.App.CooperativeNameAr, x.App.CooperativeNameFr,
            x.App.StatusValue, x.Score, x.Reviews, x.Averages, x.App.SubmittedAt)).ToList();
    }
}
