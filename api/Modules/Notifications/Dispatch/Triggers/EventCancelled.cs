using CoopHub.Contracts.Events;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Time;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>A published event was cancelled: the cooperatives holding a seat or waiting hear it, with the date that no longer holds.</summary>
internal static class EventCancelled
{
    public static async Task<IReadOnlyList<Draft>> DraftsAsync(EventCancelledEvent cancelled, TriggerContext context, CancellationToken ct)
    {
        var cooperatives = await context.Sender.Send(new ListRegisteredCooperatives(cancelled.EventId, WithWaitlist: true), ct);
        if (cooperatives.Count == 0) return [];
        var link = context.Link($"/events/{cancelled.EventId}");
        return (await Audience.OfCooperativesAsync(context.Sender, cooperatives, ct)).SelectMany(r => Audience.Drafts(r, Topics.Events, link, _ =>
            {
                var title = TriggerRegistry.TitleIn(cancelled.TitleAr, cancelled.TitleFr);
                return (ServerText.Get("notifications.event_cancelled.subject", ("event", title)),
                    ServerText.Get("notifications.event_cancelled.body", ("event", title), ("date", Casablanca.ToLocal(cancelled.StartsAt))));
            }))
            .ToList();
    }
}
