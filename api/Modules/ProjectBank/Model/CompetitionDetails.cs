// A competition as every competition use case answers it, and the values it is made of.

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
