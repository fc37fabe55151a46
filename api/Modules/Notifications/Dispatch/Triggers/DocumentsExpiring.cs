using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Documents;
using CoopHub.Contracts.Identity;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Time;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>
/// Issue 19 item 4, evaluated by the <see cref="Scheduler"/>: a vault document whose expiry date is within
/// <see cref="DaysBefore"/> days (Casablanca dates, today included) is announced to the accounts that manage its
/// cooperative, once per document and account (<c>ntf_schedule</c>), in their inbox and by e-mail, in their language,
/// with its kind, its file name, the date and a link to the cooperative's page, where the vault is. Topic
/// <c>applications</c>: an expired certificate holds up the cooperative's applications. Documents are read through
/// the contract <see cref="ListDocumentsExpiringBetween"/>, never its tables; a cooperative nobody manages has no vault
/// reader to tell, so nobody is.
/// </summary>
internal static class DocumentsExpiring
{
    public const string Kind = "document.expiring";

    /// <summary>How long before its expiry a document is announced (issue 19: 30 days).</summary>
    public const int DaysBefore = 30;

    public static async Task<List<ScheduledItem>> DueAsync(TriggerContext context, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Casablanca.ToLocal(now));
        var documents = await context.Sender.Send(new ListDocumentsExpiringBetween(today, today.AddDays(DaysBefore)), ct);
        if (documents.Count == 0) return [];
        var items = new List<ScheduledItem>();
        foreach (var chunk in documents.Chunk(Audience.Chunk))
        {
            var cooperativeIds = chunk.Select(d => d.CooperativeId).Distinct().ToList();
            var managers = (await context.Sender.Send(new ListAccountsOfCooperatives(cooperativeIds), ct)).ToLookup(a => a.CooperativeId, a => a.Account);
            var names = (await context.Sender.Send(new ListRegistryContacts(cooperativeIds), ct)).ToDictionary(c => c.CooperativeId);
            foreach (var document in chunk)
            {
                var link = context.Link($"/cooperatives/{document.CooperativeId}#vault");
                names.TryGetValue(document.CooperativeId, out var registry);
                foreach (var account in managers[document.CooperativeId])
                {
                    var recipient = Audience.OfAccount(account, document.CooperativeId);
                    var drafts = Audience.Drafts(recipient, Topics.Applications, link, _ =>
                    {
                        var kind = ServerText.Get($"notifications.document_kind.{document.Kind}");
                        var cooperative = TriggerRegistry.TitleIn(registry?.NameAr, registry?.NameFr) ?? "";
                        return (ServerText.Get("notifications.document_expiring.subject", ("kind", kind), ("date", document.ExpiresOn)),
                            ServerText.Get("notifications.document_expiring.body", ("file", document.FileName), ("kind", kind), ("cooperative", cooperative),
                                ("date", document.ExpiresOn)));
                    }).ToList();
                    items.Add(new ScheduledItem(Kind, document.Id, $"{recipient.Kind}:{recipient.Id:D}", drafts));
                }
            }
        }
        return items;
    }
}
