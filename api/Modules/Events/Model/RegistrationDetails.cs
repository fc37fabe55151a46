namespace CoopHub.Events.Model;

internal enum RegistrationStatus { Registered, Waitlisted, Cancelled, Attended }

// One registration as every registration use case answers it (the waitlist position only while waitlisted).
internal sealed record RegistrationDetails(
    Guid Id, Guid EventId, Guid? CooperativeId, string? CooperativeNameAr, string? CooperativeNameFr, string? AttendeeName, string? AttendeeRole,
    RegistrationStatus Status, int? WaitlistPosition, DateTimeOffset RegisteredAt, DateTimeOffset? CancelledAt, DateTimeOffset? CheckedInAt, DateTimeOffset? PromotedAt);
