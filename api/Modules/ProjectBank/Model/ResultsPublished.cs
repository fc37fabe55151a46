using CoopHub.Contracts.ProjectBank;
using CoopHub.Shared.Data;
using CoopHub.Shared.Outbox;

namespace CoopHub.ProjectBank.Model;

/// <summary>
/// The moment a competition's results become public (UpdateCompetition, judging → resultsPublished): one outbox row,
/// in the change's transaction, with every entry's place in the ranking (among the scored entries) and its prize, so
/// the proposers hear their own result (Notifications) and partners receive it as a webhook. Moving back to judging and
/// publishing again announces again (the results may have changed).
/// </summary>
internal static class ResultsPublished
{
    public static async Task AnnounceAsync(DbSession db, CompetitionRow competition, DateTimeOffset now, CancellationToken ct)
    {
        var ranking = await Jury.RankAsync(db, competition, ct);
        var cooperatives = (await Entries.ListAsync(db, competition.Id, ct)).ToDictionary(e => e.Id, e => e.CooperativeId);
        var ranked = ranking.Items.Count(i => i.Score is not null);
        var results = ranking.Items.Select(i => new CompetitionResultEntry(i.EntryId, i.IdeaId, i.IdeaTitleAr, i.IdeaTitleFr,
            cooperatives.GetValueOrDefault(i.EntryId), i.Score is null ? null : i.Rank, ranked, i.Award?.PrizeLabel)).ToList();
        await Outbox.WriteAsync(db, new CompetitionResultsPublishedEvent(competition.Id, competition.TitleAr, competition.TitleFr, results), now, ct);
    }
}
