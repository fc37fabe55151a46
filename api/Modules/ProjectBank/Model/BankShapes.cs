
namespace CoopHub.ProjectBank.Model;

internal sealed record JurorProgress(Guid JurorId, string Name, IReadOnlyList<Guid>? Entries, int Assigned, int Scored, IReadOnlyList<Guid> Missing);

internal sealed record JuryCriterionScore(string Criterion, int Score);

internal sealed record ScoreSheet(Guid Id, Guid EntryId, Guid JurorId, IReadOnlyList<JuryCriterionScore> Scores, decimal WeightedScore, string? Comment, DateTimeOffset UpdatedAt);

internal sealed record JuryCriterionAverage(string Criterion, decimal Average);

internal sealed record AwardDetails(int Rank, string PrizeLabel, decimal? Amount);

/// <summary>One line of the ranking: the mean of the jurors' weighted scores; ties go to the higher tie-break criterion average, then the earlier entry.</summary>
internal sealed record RankedEntry(int Rank, Guid EntryId, Guid IdeaId, string? IdeaTitleAr, string? IdeaTitleFr, string? CooperativeNameAr, string? CooperativeNameFr,
    decimal? Score, decimal? TieBreak, int Sheets, IReadOnlyList<JuryCriterionAverage> Criteria, DateTimeOffset EnteredAt, AwardDetails? Award);

internal sealed record CompetitionRanking(Guid CompetitionId, string TieBreakCriterion, IReadOnlyList<RankedEntry> Items);

