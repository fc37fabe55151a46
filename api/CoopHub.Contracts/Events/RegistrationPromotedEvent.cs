using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.Events;

/// <summary>A waitlisted registration got a seat.</summary>
public sealed record RegistrationPromotedEvent(Guid RegistrationId, Guid EventId, Guid? CooperativeId, string? AttendeeName, DateTimeOffset PromotedAt) : IOutboxEvent
{
    public static string Type => "registration.promoted";
}
