using CoopHub.Shared.Time;
using CoopHub.Shared.Http;

namespace CoopHub.ProjectBank.Model;

/// <summary>A row of <c>bank_competitions</c> with its entry count, as every competition use case reads it.</summary>
internal sealed class CompetitionRow
{
    public Guid Id { get; set; }
    public string? TitleAr { get; set; }
    public string? TitleFr { get; set; }
    public string? Description { get; set; }
    public Guid EventId { get; set; }
    public Guid? ProgramId { get; set; }
    public string? RegionCode { get; set; }
    public DateTimeOffset OpensAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    public string Criteria { get; set; } = "[]";
    public string TieBreakCriterion { get; set; } = "";
    public string Status { get; set; } = "draft";
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int EntryCount { get; set; }

    public const string Columns = """
        c.id AS Id, c.title_ar AS TitleAr, c.title_fr AS TitleFr, c.description AS Description, c.event_id AS EventId, c.program_id AS ProgramId,
        c.region_code AS RegionCode, c.opens_at AS OpensAt, c.closes_at AS ClosesAt, c.criteria AS Criteria, c.tie_break_criterion AS TieBreakCriterion,
        c.status AS Status, c.version AS Version, c.created_at AS CreatedAt, c.updated_at AS UpdatedAt,
        (SELECT COUNT(*) FROM bank_entries e WHERE e.competition_id = c.id) AS EntryCount
        """;

    public CompetitionStatus StatusValue => ApiJson.Parse<CompetitionStatus>(Status);

    public IReadOnlyList<CompetitionCriterion> CriteriaList => ApiJson.List<CompetitionCriterion>(Criteria);

    public bool AcceptingEntriesAt(DateTimeOffset now) => StatusValue == CompetitionStatus.Open && OpensAt <= now && now < ClosesAt;

    public CompetitionDetails ToDetails(DateTimeOffset now, CoopHub.Contracts.Events.EventSummary? ev) => new(Id, TitleAr, TitleFr, Description, EventId,
        ev?.TitleAr, ev?.TitleFr, ev?.StartsAt, ProgramId, RegionCode, Casablanca.ToLocal(OpensAt), Casablanca.ToLocal(ClosesAt), OpensAt.ToUniversalTime(),
        ClosesAt.ToUniversalTime(), Casablanca.ZoneId, CriteriaList, TieBreakCriterion, StatusValue, AcceptingEntriesAt(now), EntryCount, Version, CreatedAt, UpdatedAt);
}
