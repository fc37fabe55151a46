using CoopHub.Shared.Data;
using CoopHub.Shared.Results;

namespace CoopHub.ProjectBank.Model;

/// <summary>draft (staff only), open (public; entries within the window), judging, resultsPublished.</summary>
internal enum CompetitionStatus { Draft, Open, Judging, ResultsPublished }

/// <summary>A criterion jurors score 0–10; weights sum to 100.</summary>
internal sealed record CompetitionCriterion(string Key, string? NameAr, string? NameFr, string? NameEn, int Weight);

internal sealed record CompetitionDetails(
    Guid Id, string? TitleAr, string? TitleFr, string? Description, Guid EventId, string? EventTitleAr, string? EventTitleFr, DateTimeOffset? EventStartsAt,
    Guid? ProgramId, string? RegionCode, DateTime OpensAt, DateTime ClosesAt, DateTimeOffset OpensAtUtc, DateTimeOffset ClosesAtUtc, string TimeZone,
    IReadOnlyList<CompetitionCriterion> Criteria, string TieBreakCriterion, CompetitionStatus Status, bool AcceptingEntries, int Entries,
    int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record CompetitionPage(IReadOnlyList<CompetitionDetails> Items, int Page, int PageSize, int Total);

internal sealed record EntryDetails(Guid Id, Guid CompetitionId, Guid IdeaId, string? IdeaTitleAr, string? IdeaTitleFr, Guid? CooperativeId,
    string? CooperativeNameAr, string? CooperativeNameFr, IReadOnlyList<string> Sectors, DateTimeOffset EnteredAt);

internal sealed record JurorProgress(Guid JurorId, string Name, IReadOnlyList<Guid>? Entries, int Assigned, int Scored, IReadOnlyList<Guid> Missing);

internal sealed record JuryCriterionScore(string Criterion, int Score);

internal sealed record ScoreSheet(Guid Id, Guid EntryId, Guid JurorId, IReadOnlyList<JuryCriterionScore> Scores, decimal WeightedScore, string? Comment, DateTimeOffset UpdatedAt);

internal sealed record JuryCriterionAverage(string Criterion, decimal Average);

internal sealed record AwardDetails(int Rank, string PrizeLabel, decimal? Amount);

/// <summary>One line of the ranking: the mean of the jurors' weighted scores; ties go to the higher tie-break criterion average, then the earlier entry.</summary>
internal sealed record RankedEntry(int Rank, Guid EntryId, Guid IdeaId, string? IdeaTitleAr, string? IdeaTitleFr, string? CooperativeNameAr, string? CooperativeNameFr,
    decimal? Score, decimal? TieBreak, int Sheets, IReadOnlyList<JuryCriterionAverage> Criteria, DateTimeOffset EnteredAt, AwardDetails? Award);

internal sealed record CompetitionRanking(Guid CompetitionId, string TieBreakCriterion, IReadOnlyList<RankedEntry> Items);

