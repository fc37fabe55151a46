using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.ProjectBank;

/// <summary>
/// A competition's results were published (its status moved to resultsPublished): each entry with its idea, the idea's
/// cooperative, its place in the ranking when the jury scored it (null: no sheet) and its award's prize, if any.
/// </summary>
public sealed record CompetitionResultsPublishedEvent(Guid CompetitionId, string? TitleAr, string? TitleFr, IReadOnlyList<CompetitionResultEntry> Results) : IOutboxEvent
{
    public static string Type => "competition.results-published";
}

/// <summary>One entry's result: <c>rank</c> among the <c>ranked</c> entries the jury scored (null when unscored), the prize awarded (null: none).</summary>
public sealed record CompetitionResultEntry(Guid EntryId, Guid IdeaId, string? IdeaTitleAr, string? IdeaTitleFr, Guid? CooperativeId, int? Rank, int Ranked, string? Prize);
