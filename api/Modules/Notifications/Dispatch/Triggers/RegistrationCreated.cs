using CoopHub.Contracts.Events;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Time;

namespace CoopHub.Notifications.Dispatch.Triggers;


/// <summary>
/// A registration was made for a cooperative: its accounts (else its registry contact) hear whether it holds a seat or
/// waits, with the event's start in Casablanca time and the link to add it to a calendar (the event's .ics, in the
/// reader's language). The self-service code is not repeated: it is a credential, shown once and stored hashed.
/// </summary>
internal static class RegistrationCreated
{
    public static async Task<IReadOnlyList<Draft>> DraftsAsync(RegistrationCreatedEvent created, TriggerContext context, CancellationToken ct)
    {
        if (created.CooperativeId is not { } cooperative) return [];
        var recipients = await Audience.OfCooperativesAsync(context.Sender, [cooperative], ct);
        if (recipients.Count == 0) return [];
        var ev = await context.Sender.Send(new GetEventSummary(created.EventId), ct);
        if (ev is null) return [];
        var link = context.Link($"/events/{ev.Id}");
        var state = created.Status == "waitlisted" ? "waitlisted" : "registered";
        return recipients.SelectMany(r => Audience.Drafts(r, Topics.Events, link, reader =>
            {
                var title = TriggerRegistry.TitleIn(ev.TitleAr, ev.TitleFr);
                var ics = context.Link($"{NotificationsRoutes.EventCalendar(ev.Id)}?lang={reader.Language}");
                return (ServerText.Get($"notifications.registration_created.subject_{state}", ("event", title)),
                    ServerText.Get($"notifications.registration_created.body_{state}", ("event", title), ("date", Casablanca.ToLocal(ev.StartsAt)), ("ics", ics)));
            }))
            .ToList();
    }
}
