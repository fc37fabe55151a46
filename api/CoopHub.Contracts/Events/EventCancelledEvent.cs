using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.Events;

/// <summary>A published event was cancelled (its start a UTC instant).</summary>
public sealed record EventCancelledEvent(Guid EventId, string? TitleAr, string? TitleFr, DateTimeOffset StartsAt, string RegionCode) : IOutboxEvent
{
    public static string Type => "event.cancelled";
}
