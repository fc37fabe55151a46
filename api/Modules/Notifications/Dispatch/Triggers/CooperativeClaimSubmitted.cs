using CoopHub.Contracts.Identity;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Security;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>
/// A claim with a proof waits for staff (issue 19 item 2, ADR 0029): staff whose regions include the cooperative's hear
/// it in their inbox and by e-mail (topic <c>applications</c>, staff's work queue: their preferences apply), in their
/// language, with a link to the claims queue. A region without staff of its own falls to those who cover every region
/// (national staff, administrators), so no claim waits unannounced; otherwise they are not told of every region's claims.
/// </summary>
internal static class CooperativeClaimSubmitted
{
    public static async Task<IReadOnlyList<Draft>> DraftsAsync(CooperativeClaimSubmittedEvent submitted, TriggerContext context, CancellationToken ct)
    {
        var covering = await context.Sender.Send(new ListStaffActors(submitted.RegionCode), ct);
        var regional = covering.Where(a => a.Kind == "user" && a.Roles.Contains(Roles.Staff) && a.Regions.Contains(submitted.RegionCode)).ToList();
        var told = (regional.Count > 0 ? regional : covering.Where(a => a.Kind == "user")).Select(a => a.Id).ToList();
        if (told.Count == 0) return [];
        var accounts = await context.Sender.Send(new ListAccountContacts(told), ct);
        var link = context.Link("/admin/claims");
        return accounts.SelectMany(a => Audience.Drafts(Audience.OfAccount(a, submitted.CooperativeId), Topics.Applications, link, _ =>
            {
                var name = TriggerRegistry.TitleIn(submitted.CooperativeNameAr, submitted.CooperativeNameFr) ?? submitted.RegistrationNumber;
                return (ServerText.Get("notifications.claim_submitted.subject", ("cooperative", name)),
                    ServerText.Get("notifications.claim_submitted.body", ("cooperative", name), ("number", submitted.RegistrationNumber), ("claimant", submitted.ClaimantName)));
            }))
            .ToList();
    }
}
