using CoopHub.Contracts.Identity;
using CoopHub.Contracts.ProjectBank;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>A person was assigned to a competition's jury: they hear it in their language, with a link to their scoring page.</summary>
internal static class JurorAssigned
{
    public static async Task<IReadOnlyList<Draft>> DraftsAsync(JurorAssignedEvent assigned, TriggerContext context, CancellationToken ct)
    {
        var accounts = await context.Sender.Send(new ListAccountContacts([assigned.JurorId]), ct);
        var link = context.Link($"/competitions/{assigned.CompetitionId}/jury");
        return accounts.SelectMany(a => Audience.Drafts(Audience.OfAccount(a), Topics.Ideas, link, _ =>
            {
                var title = TriggerRegistry.TitleIn(assigned.TitleAr, assigned.TitleFr);
                var body = assigned.Entries is { } entries
                    ? ServerText.Get("notifications.juror_assigned.body_some", ("competition", title), ("count", entries))
                    : ServerText.Get("notifications.juror_assigned.body_all", ("competition", title));
                return (ServerText.Get("notifications.juror_assigned.subject", ("competition", title)), body);
            }))
            .ToList();
    }
}
