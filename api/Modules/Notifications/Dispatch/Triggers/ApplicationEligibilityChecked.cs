using CoopHub.Contracts.Programs;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>
/// A submitted application was checked against the call's rules: the cooperative hears whether it is eligible; when
/// not, the link leads to the application, where each unmet rule is shown with its reason in the reader's language.
/// </summary>
internal static class ApplicationEligibilityChecked
{
    public static async Task<IReadOnlyList<Draft>> DraftsAsync(ApplicationEligibilityCheckedEvent checkedEvent, TriggerContext context, CancellationToken ct)
    {
        var recipients = await Audience.OfCooperativesAsync(context.Sender, [checkedEvent.CooperativeId], ct);
        if (recipients.Count == 0) return [];
        var call = await context.Sender.Send(new GetCallSummary(checkedEvent.CallId), ct);
        if (call is null) return [];
        var link = context.Link($"/applications/{checkedEvent.ApplicationId}");
        var outcome = checkedEvent.Eligible ? "eligible" : "ineligible";
        return recipients.SelectMany(r => Audience.Drafts(r, Topics.Applications, link, _ =>
            {
                var title = TriggerRegistry.TitleIn(call.TitleAr, call.TitleFr);
                var cooperative = TriggerRegistry.TitleIn(checkedEvent.CooperativeNameAr, checkedEvent.CooperativeNameFr);
                return (ServerText.Get($"notifications.application_eligibility.subject_{outcome}", ("call", title)),
                    ServerText.Get($"notifications.application_eligibility.body_{outcome}", ("call", title), ("cooperative", cooperative)));
            }))
            .ToList();
    }
}
