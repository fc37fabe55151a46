using CoopHub.Contracts.Events;
using CoopHub.Contracts.Identity;
using CoopHub.Contracts.Networks;
using CoopHub.Contracts.Programs;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Time;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>
/// The calendar's triggers, evaluated by the <see cref="Scheduler"/>: an event tomorrow (Casablanca date) → the
/// cooperatives holding a seat; a call closing within three days → the cooperatives with a draft application not
/// submitted; a mandate ending within 60 days → the network's officers. Texts in the recipient's language.
/// </summary>
internal static class ScheduledTriggers
{
    public const string EventReminder = "event.reminder";
    public const string CallClosing = "call.closing";
    public const string MandateExpiring = "mandate.expiring";

    public static async Task<List<ScheduledItem>> DueAsync(TriggerContext context, DateTimeOffset now, CancellationToken ct)
    {
        var items = new List<ScheduledItem>();
        items.AddRange(await EventRemindersAsync(context, now, ct));
        items.AddRange(await CallsClosingAsync(context, now, ct));
        items.AddRange(await MandatesExpiringAsync(context, now, ct));
        items.AddRange(await DocumentsExpiring.DueAsync(context, now, ct));
        return items;
    }

    private static string KeyOf(Recipient r) => $"{r.Kind}:{r.Id:D}";

    /// <summary>Events starting tomorrow, Casablanca time.</summary>
    private static async Task<List<ScheduledItem>> EventRemindersAsync(TriggerContext context, DateTimeOffset now, CancellationToken ct)
    {
        var tomorrow = DateOnly.FromDateTime(Casablanca.ToLocal(now)).AddDays(1);
        var from = Casablanca.ToUtc(tomorrow.ToDateTime(TimeOnly.MinValue));
        var to = Casablanca.ToUtc(tomorrow.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var items = new List<ScheduledItem>();
        foreach (var ev in await context.Sender.Send(new ListEventsStartingBetween(from, to), ct))
        {
            var cooperatives = await context.Sender.Send(new ListRegisteredCooperatives(ev.Id), ct);
            if (cooperatives.Count == 0) continue;
            var link = context.Link($"/events/{ev.Id}");
            foreach (var recipient in await Audience.OfCooperativesAsync(context.Sender, cooperatives, ct))
            {
                var drafts = Audience.Drafts(recipient, Topics.Events, link, _ =>
                {
                    var title = TriggerRegistry.TitleIn(ev.TitleAr, ev.TitleFr);
                    return (ServerText.Get("notifications.event_reminder.subject", ("event", title)),
                        ServerText.Get("notifications.event_reminder.body", ("event", title), ("date", Casablanca.ToLocal(ev.StartsAt))));
                }).ToList();
                items.Add(new ScheduledItem(EventReminder, ev.Id, KeyOf(recipient), drafts));
            }
        }
        return items;
    }

    /// <summary>Calls closing within three days: the cooperatives whose application is still a draft.</summary>
    private static async Task<List<ScheduledItem>> CallsClosingAsync(TriggerContext context, DateTimeOffset now, CancellationToken ct)
    {
        var items = new List<ScheduledItem>();
        foreach (var call in await context.Sender.Send(new ListCallsClosingBetween(now, now.AddDays(3)), ct))
        {
            var drafts = await context.Sender.Send(new ListDraftApplicants(call.Id), ct);
            if (drafts.Count == 0) continue;
            var link = context.Link($"/calls/{call.Id}");
            foreach (var recipient in await Audience.OfCooperativesAsync(context.Sender, drafts, ct))
            {
                var messages = Audience.Drafts(recipient, Topics.Calls, link, _ =>
                {
                    var title = TriggerRegistry.TitleIn(call.TitleAr, call.TitleFr);
                    return (ServerText.Get("notifications.call_closing.subject", ("call", title)),
                        ServerText.Get("notifications.call_closing.body", ("call", title), ("closes", Casablanca.ToLocal(call.ClosesAt))));
                }).ToList();
                items.Add(new ScheduledItem(CallClosing, call.Id, KeyOf(recipient), messages));
            }
        }
        return items;
    }

    /// <summary>Mandates ending within 60 days (Casablanca dates): the officers of the network.</summary>
    private static async Task<List<ScheduledItem>> MandatesExpiringAsync(TriggerContext context, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Casablanca.ToLocal(now));
        var mandates = await context.Sender.Send(new ListMandatesEndingBetween(today, today.AddDays(60)), ct);
        if (mandates.Count == 0) return [];
        var officers = await context.Sender.Send(new ListOfficersOfNetworks(mandates.Select(m => m.NetworkId).Distinct().ToList()), ct);
        var items = new List<ScheduledItem>();
        foreach (var mandate in mandates)
        {
            var link = context.Link($"/networks/{mandate.NetworkId}");
            foreach (var officer in officers.Where(o => o.NetworkId == mandate.NetworkId))
            {
                var recipient = Audience.OfAccount(officer.Account);
                var drafts = Audience.Drafts(recipient, Topics.Networks, link, _ =>
                {
                    var network = TriggerRegistry.TitleIn(mandate.NetworkNameAr, mandate.NetworkNameFr);
                    var holder = TriggerRegistry.TitleIn(mandate.HolderNameAr, mandate.HolderNameFr);
                    return (ServerText.Get("notifications.mandate_expiring.subject", ("network", network)),
                        ServerText.Get("notifications.mandate_expiring.body", ("network", network), ("holder", holder), ("role", mandate.Title ?? mandate.Role),
                            ("date", mandate.TermEnd)));
                }).ToList();
                items.Add(new ScheduledItem(MandateExpiring, mandate.MandateId, KeyOf(recipient), drafts));
            }
        }
        return items;
    }
}
