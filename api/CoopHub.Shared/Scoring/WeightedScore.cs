namespace CoopHub.Shared.Scoring;

/// <summary>
/// The one scoring rule of calls and competitions: each criterion is scored 0–10 and weighted
/// (weights sum to 100), so a score sheet is worth Σ score × weight / 100, between 0 and 10.
/// </summary>
public static class WeightedScore
{
    public static decimal Of(IEnumerable<(string Criterion, int Weight)> criteria, IReadOnlyDictionary<string, int> scores)
        => Math.Round(criteria.Sum(c => (scores.TryGetValue(c.Criterion, out var s) ? s : 0) * (decimal)c.Weight) / 100m, 4);

    /// <summary>Which criteria a score sheet misses and which it names that do not exist; both empty when it is complete.</summary>
    public static (IReadOnlyList<string> Missing, IReadOnlyList<string> Unknown) Check(IEnumerable<string> criteria, IEnumerable<string> scored)
    {
        var expected = criteria.ToList();
        var given = scored.ToList();
        return (expected.Except(given).ToList(), given.Except(expected).ToList());
    }

    public static string Describe(IReadOnlyList<string> missing, IReadOnlyList<string> unknown)
        => string.Join(" ", new[]
        {
            unknown.Count > 0 ? $"Not criteria here: {string.Join(", ", unknown)}." : null,
            missing.Count > 0 ? $"Score these criteria too: {string.Join(", ", missing)}." : null,
        }.Where(m => m is not null));
}
