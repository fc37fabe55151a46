using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.Events;

/// <summary>
/// A registration was made: a seat (status registered) or a place on the waitlist (waitlisted). The self-service code
/// is not in it: it is a credential, shown once to whoever registered and stored hashed.
/// </summary>
public sealed record RegistrationCreatedEvent(Guid RegistrationId, Guid EventId, Guid? CooperativeId, string? AttendeeName, string Status, DateTimeOffset RegisteredAt)
    : IOutboxEvent
{
    public static string Type => "registration.created";
}
