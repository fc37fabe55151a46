using CoopHub.Contracts.ProjectBank;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>
/// A competition's results were published: the proposers of each entered idea — the accounts of the idea's cooperative,
/// else its registry contact — hear them in their language, one message per recipient listing each of their ideas with
/// its place among the scored entries (when the jury scored it) and its prize (when it has one), and a link to the
/// results page. An idea without a cooperative has no one to reach (its author is a name).
/// </summary>
internal static class CompetitionResultsPublished
{
    public static async Task<IReadOnlyList<Draft>> DraftsAsync(CompetitionResultsPublishedEvent published, TriggerContext context, CancellationToken ct)
    {
        var byCooperative = published.Results.Where(r => r.CooperativeId is not null).GroupBy(r => r.CooperativeId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        if (byCooperative.Count == 0) return [];
        var link = context.Link($"/competitions/{published.CompetitionId}/results");
        return (await Audience.OfCooperativesAsync(context.Sender, byCooperative.Keys, ct))
            .Where(r => byCooperative.ContainsKey(r.CooperativeId))
            .SelectMany(r => Audience.Drafts(r, Topics.Ideas, link, recipient =>
            {
                var competition = TriggerRegistry.TitleIn(published.TitleAr, published.TitleFr);
                var lines = byCooperative[recipient.CooperativeId].Select(Line);
                var body = ServerText.Get("notifications.results_published.body", ("competition", competition)) + "\n\n" + string.Join("\n", lines);
                return (ServerText.Get("notifications.results_published.subject", ("competition", competition)), body);
            }))
            .ToList();
    }

    private static string Line(CompetitionResultEntry entry)
    {
        var idea = TriggerRegistry.TitleIn(entry.IdeaTitleAr, entry.IdeaTitleFr);
        var line = entry.Rank is { } rank
            ? ServerText.Get("notifications.results_published.ranked", ("idea", idea), ("rank", rank), ("ranked", entry.Ranked))
            : ServerText.Get("notifications.results_published.unranked", ("idea", idea));
        return string.IsNullOrWhiteSpace(entry.Prize) ? "- " + line : "- " + line + " " + ServerText.Get("notifications.results_published.prize", ("prize", entry.Prize));
    }
}
