using CoopHub.Shared.Http;
using CoopHub.Shared.Time;

namespace CoopHub.Events.Model;

/// <summary>An event as stored in <c>evt_events</c>, with its seat counts computed in the same SELECT; every use case reads it through <see cref="EventStore"/>.</summary>
internal sealed class EventRow
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string? TitleAr { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEn { get; set; }
    public string? DescriptionAr { get; set; }
    public string? DescriptionFr { get; set; }
    public string? DescriptionEn { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string Venue { get; set; } = "{}";
    public string RegionCode { get; set; } = "";
    public string? ProvinceCode { get; set; }
    public string Organisers { get; set; } = "[]";
    public string Partners { get; set; } = "[]";
    public Guid? ProgramId { get; set; }
    public string? ProgramCode { get; set; }
    public Guid? NetworkId { get; set; }
    public string Agenda { get; set; } = "[]";
    public int? Capacity { get; set; }
    public DateTimeOffset? RegistrationOpensAt { get; set; }
    public DateTimeOffset? RegistrationClosesAt { get; set; }
    public string Audience { get; set; } = "public";
    public string Status { get; set; } = "draft";
    public int WalkIns { get; set; }
    public int RegistrationSeq { get; set; }
    public string SearchText { get; set; } = "";
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Registered { get; set; }
    public int Waitlisted { get; set; }
    public int Attended { get; set; }

    public const string Columns = """
        e.id AS Id, e.kind AS Kind, e.title_ar AS TitleAr, e.title_fr AS TitleFr, e.title_en AS TitleEn, e.description_ar AS DescriptionAr,
        e.description_fr AS DescriptionFr, e.description_en AS DescriptionEn, e.starts_at AS StartsAt, e.ends_at AS EndsAt, e.venue AS Venue,
        e.region_code AS RegionCode, e.province_code AS ProvinceCode, e.organisers AS Organisers, e.partners AS Partners, e.program_id AS ProgramId,
        e.program_code AS ProgramCode, e.network_id AS NetworkId, e.agenda AS Agenda, e.capacity AS Capacity, e.registration_opens_at AS RegistrationOpensAt,
        e.registration_closes_at AS RegistrationClosesAt, e.audience AS Audience, e.status AS Status, e.walk_ins AS WalkIns,
        e.registration_seq AS RegistrationSeq, e.search_text AS SearchText, e.version AS Version, e.created_at AS CreatedAt, e.updated_at AS UpdatedAt,
        (SELECT COUNT(*) FROM evt_registrations r WHERE r.event_id = e.id AND r.status IN ('registered', 'attended')) AS Registered,
        (SELECT COUNT(*) FROM evt_registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted') AS Waitlisted,
        (SELECT COUNT(*) FROM evt_registrations r WHERE r.event_id = e.id AND r.status = 'attended') AS Attended
        """;

    public EventStatus StatusValue => ApiJson.Parse<EventStatus>(Status);

    /// <summary>Registrations are taken while the event is published, within the window (by default until it starts).</summary>
    public bool RegistrationOpenAt(DateTimeOffset now)
        => StatusValue == EventStatus.Published && (RegistrationOpensAt is null || RegistrationOpensAt <= now) && now < (RegistrationClosesAt ?? StartsAt);

    public EventDetails ToDetails(DateTimeOffset now) => new(Id, ApiJson.Parse<EventKind>(Kind), TitleAr, TitleFr, TitleEn, DescriptionAr, DescriptionFr,
        DescriptionEn, Casablanca.ToLocal(StartsAt), Casablanca.ToLocal(EndsAt), StartsAt.ToUniversalTime(), EndsAt.ToUniversalTime(), Casablanca.ZoneId,
        ApiJson.Read<EventVenue>(Venue), RegionCode, ProvinceCode, ApiJson.List<EventOrganisation>(Organisers), ApiJson.List<EventOrganisation>(Partners),
        ProgramId, ProgramCode, NetworkId, ApiJson.List<AgendaItem>(Agenda), Capacity,
        RegistrationOpensAt is { } o ? Casablanca.ToLocal(o) : null, RegistrationClosesAt is { } c ? Casablanca.ToLocal(c) : null, RegistrationOpenAt(now),
        ApiJson.Parse<EventAudience>(Audience), StatusValue,
        new EventCounts(Registered, Waitlisted, Attended, WalkIns, Capacity is { } cap ? Math.Max(0, cap - Registered) : null), Version, CreatedAt, UpdatedAt);
}
