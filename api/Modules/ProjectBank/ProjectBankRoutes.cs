using CoopHub.Shared.Http;

namespace CoopHub.ProjectBank;

/// <summary>Routes of the module, written once: the module maps its groups on them, Created answers and the tests reuse them.</summary>
internal static class ProjectBankRoutes
{
    public const string IdeasPrefix = "/ideas";
    public const string CompetitionsPrefix = "/competitions";
    public const string Ideas = ApiRoutes.V1 + IdeasPrefix;
    public const string Competitions = ApiRoutes.V1 + CompetitionsPrefix;

    public static string Idea(Guid id) => $"{Ideas}/{id}";

    public static string IdeaTransitions(Guid id) => $"{Idea(id)}/transitions";

    public static string IdeaAdoptions(Guid id) => $"{Idea(id)}/adoptions";

    public static string IdeaAdoption(Guid ideaId, Guid adoptionId) => $"{IdeaAdoptions(ideaId)}/{adoptionId}";

    public static string IdeaFinancing(Guid id) => $"{Idea(id)}/financing";

    public static string IdeaFinancingLinks(Guid id) => $"{Idea(id)}/financing-links";

    public static string Competition(Guid id) => $"{Competitions}/{id}";

    public static string Entries(Guid competitionId) => $"{Competition(competitionId)}/entries";

    public static string Entry(Guid competitionId, Guid entryId) => $"{Entries(competitionId)}/{entryId}";

    public static string MyScore(Guid competitionId, Guid entryId) => $"{Entry(competitionId, entryId)}/scores/mine";

    public static string Jurors(Guid competitionId) => $"{Competition(competitionId)}/jurors";

    public static string Juror(Guid competitionId, Guid jurorId) => $"{Jurors(competitionId)}/{jurorId}";

    public static string JurorCandidates(Guid competitionId) => $"{Competition(competitionId)}/juror-candidates";

    public static string MyJury(Guid competitionId) => $"{Competition(competitionId)}/jury/mine";

    public static string Ranking(Guid competitionId) => $"{Competition(competitionId)}/ranking";

    public static string RankingCsv(Guid competitionId) => $"{Competition(competitionId)}/ranking.csv";

    public static string Awards(Guid competitionId) => $"{Competition(competitionId)}/awards";
}
