using CoopHub.Contracts.Programs;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Time;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>
/// A call is published and open: every cooperative meeting all its eligibility rules that has not applied
/// (Programs' <see cref="ListEligibleCooperativeIds"/>) and can be reached hears of it — its accounts, else its registry
/// contact by e-mail and SMS — with the call's title, its closing time in Casablanca time and a link to "am I eligible?".
/// </summary>
internal static class CallPublished
{
    public static async Task<IReadOnlyList<Draft>> DraftsAsync(CallPublishedEvent published, TriggerContext context, CancellationToken ct)
    {
        var eligible = await context.Sender.Send(new ListEligibleCooperativeIds(published.CallId), ct);
        if (eligible.Count == 0) return [];
        var recipients = await Audience.OfCooperativesAsync(context.Sender, eligible, ct);
        var link = context.Link($"/calls/{published.CallId}");
        var closes = Casablanca.ToLocal(published.ClosesAt);
        // The texts are the same for everyone in a language: rendered once per language, not per recipient.
        var texts = new Dictionary<string, (string Subject, string Body)>(StringComparer.Ordinal);
        return recipients.SelectMany(r => Audience.Drafts(r, Topics.Calls, link, _ =>
            {
                if (texts.TryGetValue(ServerText.Language, out var text)) return text;
                var title = TriggerRegistry.TitleIn(published.TitleAr, published.TitleFr);
                text = (ServerText.Get("notifications.call_published.subject", ("call", title)),
                    ServerText.Get("notifications.call_published.body", ("call", title), ("closes", closes)));
                texts[ServerText.Language] = text;
                return text;
            }))
            .ToList();
    }
}
