using CoopHub.Shared.Localization;

namespace CoopHub.ProjectBank.Model;

/// <summary>
/// The words of the module's messages that are not sentences (ADR 0020): an idea's or a competition's state as the
/// reader's screen names it, and a list of states joined as the reader's language joins a list.
/// </summary>
internal static class BankText
{
    public static string Of(IdeaStatus status) => ServerText.Get(status switch
    {
        IdeaStatus.Draft => "bank.idea_status.draft",
        IdeaStatus.Submitted => "bank.idea_status.submitted",
        IdeaStatus.Published => "bank.idea_status.published",
        IdeaStatus.Returned => "bank.idea_status.returned",
        _ => "bank.idea_status.archived",
    });

    public static string Of(CompetitionStatus status) => ServerText.Get(status switch
    {
        CompetitionStatus.Draft => "bank.competition_status.draft",
        CompetitionStatus.Open => "bank.competition_status.open",
        CompetitionStatus.Judging => "bank.competition_status.judging",
        _ => "bank.competition_status.results_published",
    });

    public static string List(IEnumerable<IdeaStatus> states) => ServerText.List(states.Select(Of));

    public static string List(IEnumerable<CompetitionStatus> states) => ServerText.List(states.Select(Of));
}
