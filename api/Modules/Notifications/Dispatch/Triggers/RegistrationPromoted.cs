using CoopHub.Contracts.Events;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Time;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>A waitlisted registration got a seat: the cooperative's accounts (else its registry contact) hear it, with the event's title and start.</summary>
internal static class RegistrationPromoted
{
    public static async Task<IReadOnlyList<Draft>> DraftsAsync(RegistrationPromotedEvent promoted, TriggerContext context, CancellationToken ct)
    {
        if (promoted.CooperativeId is not { } cooperative) return [];
        var recipients = await Audience.OfCooperativesAsync(context.Sender, [cooperative], ct);
        if (recipients.Count == 0) return [];
        var ev = await context.Sender.Send(new GetEventSummary(promoted.EventId), ct);
        if (ev is null) return [];
        var link = context.Link($"/events/{ev.Id}");
        return recipients.SelectMany(r => Audience.Drafts(r, Topics.Events, link, _ =>
            {
                var title = TriggerRegistry.TitleIn(ev.TitleAr, ev.TitleFr);
                var subject = ServerText.Get("notifications.registration_promoted.subject", ("event", title));
                var body = ServerText.Get(promoted.AttendeeName is null ? "notifications.registration_promoted.body" : "notifications.registration_promoted.body_named",
                    ("event", title), ("date", Casablanca.ToLocal(ev.StartsAt)), ("attendee", promoted.AttendeeName));
                return (subject, body);
            }))
            .ToList();
    }
}
