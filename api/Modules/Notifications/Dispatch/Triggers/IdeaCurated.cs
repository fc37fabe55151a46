using CoopHub.Contracts.ProjectBank;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>
/// An idea of a cooperative was returned for changes (with the curator's comment, as typed) or published in the bank:
/// the cooperative's accounts (else its registry contact) hear it. An idea without a cooperative has no one to reach yet
/// (its author is recorded by name only).
/// </summary>
internal static class IdeaCurated
{
    public static Task<IReadOnlyList<Draft>> ReturnedAsync(IdeaReturnedEvent returned, TriggerContext context, CancellationToken ct)
        => DraftsAsync(returned.IdeaId, returned.CooperativeId, returned.TitleAr, returned.TitleFr, "returned", returned.Comment, context, ct);

    public static Task<IReadOnlyList<Draft>> PublishedAsync(IdeaPublishedEvent published, TriggerContext context, CancellationToken ct)
        => DraftsAsync(published.IdeaId, published.CooperativeId, published.TitleAr, published.TitleFr, "published", null, context, ct);

    private static async Task<IReadOnlyList<Draft>> DraftsAsync(Guid idea, Guid? cooperative, string? titleAr, string? titleFr, string what, string? comment,
        TriggerContext context, CancellationToken ct)
    {
        if (cooperative is not { } id) return [];
        var link = context.Link($"/ideas/{idea}");
        return (await Audience.OfCooperativesAsync(context.Sender, [id], ct)).SelectMany(r => Audience.Drafts(r, Topics.Ideas, link, _ =>
            {
                var title = TriggerRegistry.TitleIn(titleAr, titleFr);
                var body = ServerText.Get($"notifications.idea_{what}.body", ("idea", title));
                if (!string.IsNullOrWhiteSpace(comment)) body += "\n\n" + ServerText.Get("notifications.idea_returned.comment", ("comment", comment));
                return (ServerText.Get($"notifications.idea_{what}.subject", ("idea", title)), body);
            }))
            .ToList();
    }
}
