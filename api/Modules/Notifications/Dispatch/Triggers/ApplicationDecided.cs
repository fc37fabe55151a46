using CoopHub.Contracts.Programs;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>
/// An application was selected, waitlisted or rejected: the cooperative's accounts (else its registry contact) hear it,
/// with the call's title in their language and the reason the staff gave, as typed.
/// </summary>
internal static class ApplicationDecided
{
    public static async Task<IReadOnlyList<Draft>> DraftsAsync(ApplicationDecidedEvent decided, TriggerContext context, CancellationToken ct)
    {
        if (decided.Decision is not ("selected" or "waitlisted" or "rejected")) return [];
        var recipients = await Audience.OfCooperativesAsync(context.Sender, [decided.CooperativeId], ct);
        if (recipients.Count == 0) return [];
        var call = await context.Sender.Send(new GetCallSummary(decided.CallId), ct);
        if (call is null) return [];
        var link = context.Link($"/applications/{decided.ApplicationId}");
        return recipients.SelectMany(r => Audience.Drafts(r, Topics.Applications, link, _ =>
            {
                var title = TriggerRegistry.TitleIn(call.TitleAr, call.TitleFr);
                var cooperative = TriggerRegistry.TitleIn(decided.CooperativeNameAr, decided.CooperativeNameFr);
                var subject = ServerText.Get($"notifications.application_decided.subject_{decided.Decision}", ("call", title));
                var body = ServerText.Get($"notifications.application_decided.body_{decided.Decision}", ("call", title), ("cooperative", cooperative));
                if (!string.IsNullOrWhiteSpace(decided.Reason)) body += "\n\n" + ServerText.Get("notifications.application_decided.reason", ("reason", decided.Reason));
                return (subject, body);
            }))
            .ToList();
    }
}
