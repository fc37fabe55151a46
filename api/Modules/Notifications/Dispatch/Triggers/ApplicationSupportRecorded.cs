using CoopHub.Contracts.Programs;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>Support was recorded for a selected application: the cooperative hears what (the program's axis), how much and when.</summary>
internal static class ApplicationSupportRecorded
{
    public static async Task<IReadOnlyList<Draft>> DraftsAsync(ApplicationSupportRecordedEvent support, TriggerContext context, CancellationToken ct)
    {
        var recipients = await Audience.OfCooperativesAsync(context.Sender, [support.CooperativeId], ct);
        if (recipients.Count == 0) return [];
        var call = await context.Sender.Send(new GetCallSummary(support.CallId), ct);
        if (call is null) return [];
        var link = context.Link($"/applications/{support.ApplicationId}");
        return recipients.SelectMany(r => Audience.Drafts(r, Topics.Applications, link, _ =>
            {
                var title = TriggerRegistry.TitleIn(call.TitleAr, call.TitleFr);
                var body = ServerText.Get("notifications.application_supported.body", ("call", title), ("axis", support.Axis), ("date", support.DeliveredOn));
                if (support.Amount is { } amount)
                {
                    body += "\n\n" + ServerText.Get("notifications.application_supported.amount", ("amount", amount.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)));
                }
                return (ServerText.Get("notifications.application_supported.subject", ("call", title)), body);
            }))
            .ToList();
    }
}
