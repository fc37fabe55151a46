// The ranking as GetCompetitionRanking and SetCompetitionAwards answer it (Jury.RankAsync computes it).

namespace CoopHub.ProjectBank.Model;

internal sealed record JuryCriterionAverage(string Criterion, decimal Average);

internal sealed record AwardDetails(int Rank, string PrizeLabel, decimal? Amount);

/// <summary>One line of the ranking: the mean of the jurors' weighted scores; ties go to the higher tie-break criterion average, then the earlier entry.</summary>
internal sealed record RankedEntry(int Rank, Guid EntryId, Guid IdeaId, string? IdeaTitleAr, string? IdeaTitleFr, string? CooperativeNameAr, string? CooperativeNameFr,
    decimal? Score, decimal? TieBreak, int Sheets, IReadOnlyList<JuryCriterionAverage> Criteria, DateTimeOffset EnteredAt, AwardDetails? Award);

internal sealed record CompetitionRanking(Guid CompetitionId, string TieBreakCriterion, IReadOnlyList<RankedEntry> Items);
