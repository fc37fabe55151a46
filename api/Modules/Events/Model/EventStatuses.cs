using CoopHub.Shared.Localization;

namespace CoopHub.Events.Model;

/// <summary>An event's status as the reader names it, for the messages that say why something cannot be done (ADR 0020).</summary>
internal static class EventStatuses
{
    public static string Name(EventStatus status) => status switch
    {
        EventStatus.Draft => ServerText.Get("events.event_status.draft"),
        EventStatus.Published => ServerText.Get("events.event_status.published"),
        EventStatus.Cancelled => ServerText.Get("events.event_status.cancelled"),
        _ => ServerText.Get("events.event_status.completed"),
    };
}
