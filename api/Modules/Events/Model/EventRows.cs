using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using CoopHub.Shared.Time;
using CoopHub.Shared.Http;

namespace CoopHub.Events.Model;

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

internal sealed class RegistrationRow
{
    public Guid Id { get; set; }
    public Guid EventId { get; set; }
    public int Seq { get; set; }
    public Guid? CooperativeId { get; set; }
    public string? CooperativeNameAr { get; set; }
    public string? CooperativeNameFr { get; set; }
    public string? RegionCode { get; set; }
    public bool? WomenLed { get; set; }
    public string? AttendeeName { get; set; }
    public string? AttendeeRole { get; set; }
    public string Status { get; set; } = "registered";
    public string CodeHash { get; set; } = "";
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    public DateTimeOffset? PromotedAt { get; set; }
    public int WaitlistPosition { get; set; }

    /// <summary>The waitlist position is computed, never stored: the number of waitlisted registrations that arrived earlier, plus one.</summary>
    public const string Columns = """
        r.id AS Id, r.event_id AS EventId, r.seq AS Seq, r.cooperative_id AS CooperativeId, r.cooperative_name_ar AS CooperativeNameAr,
        r.cooperative_name_fr AS CooperativeNameFr, r.region_code AS RegionCode, r.women_led AS WomenLed, r.attendee_name AS AttendeeName,
        r.attendee_role AS AttendeeRole, r.status AS Status, r.code_hash AS CodeHash, r.registered_at AS RegisteredAt, r.cancelled_at AS CancelledAt,
        r.checked_in_at AS CheckedInAt, r.promoted_at AS PromotedAt,
        (SELECT COUNT(*) FROM evt_registrations w WHERE w.event_id = r.event_id AND w.status = 'waitlisted' AND w.seq < r.seq) + 1 AS WaitlistPosition
        """;

    public RegistrationStatus StatusValue => ApiJson.Parse<RegistrationStatus>(Status);

    public RegistrationDetails ToDetails() => new(Id, EventId, CooperativeId, CooperativeNameAr, CooperativeNameFr, AttendeeName, AttendeeRole, StatusValue,
        StatusValue == RegistrationStatus.Waitlisted ? WaitlistPosition : null, RegisteredAt, CancelledAt, CheckedInAt, PromotedAt);
}

internal static class EventStore
{
    public static Task<EventRow?> FindAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<EventRow>($"SELECT {EventRow.Columns} FROM evt_events e WHERE e.id = @Id", new { Id = id }, ct);

    public static Task<RegistrationRow?> FindRegistrationAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<RegistrationRow>($"SELECT {RegistrationRow.Columns} FROM evt_registrations r WHERE r.id = @Id", new { Id = id }, ct);

    public static Task<RegistrationRow?> FindByCodeAsync(DbSession db, string code, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<RegistrationRow>($"SELECT {RegistrationRow.Columns} FROM evt_registrations r WHERE r.code_hash = @Hash",
            new { Hash = RegistrationCodes.Hash(code) }, ct);

    public static Error NotFound(Guid id) => Error.NotFound("event.not_found", $"No event has id {id}.");

    public static Error RegistrationNotFound() => Error.NotFound("registration.not_found", "No registration has this id or code.");
}

/// <summary>Self-service codes: 160 random bits in base32 (32 characters), stored only as a SHA-256 hash.</summary>
internal static class RegistrationCodes
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(20);
        var chars = new char[32];
        for (var i = 0; i < 32; i++)
        {
            var bit = i * 5;
            var value = ((bytes[bit / 8] << 8) | (bit / 8 + 1 < bytes.Length ? bytes[bit / 8 + 1] : 0)) >> (11 - bit % 8) & 31;
            chars[i] = Alphabet[value];
        }
        return new string(chars);
    }

    public static string Hash(string code)
        => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));
}
