using CoopHub.Shared.Http;

namespace CoopHub.Events.Model;

/// <summary>A registration as stored in <c>evt_registrations</c>, with its waitlist position computed in the same SELECT.</summary>
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
