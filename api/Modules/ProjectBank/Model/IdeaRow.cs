using CoopHub.Shared.Http;
using CoopHub.Shared.Security;

namespace CoopHub.ProjectBank.Model;

/// <summary>A row of <c>bank_ideas</c> with its adoption count, as every idea use case reads it.</summary>
internal sealed class IdeaRow
{
    public Guid Id { get; set; }
    public string? TitleAr { get; set; }
    public string? TitleFr { get; set; }
    public string Problem { get; set; } = "";
    public string Solution { get; set; } = "";
    public string Sectors { get; set; } = "[]";
    public string Regions { get; set; } = "[]";
    public string? Beneficiaries { get; set; }
    public decimal? Investment { get; set; }
    public int? Jobs { get; set; }
    public int? JobsWomen { get; set; }
    public int? JobsYouth { get; set; }
    public string? ImpactSocial { get; set; }
    public string? ImpactEconomic { get; set; }
    public string? ImpactEnvironmental { get; set; }
    public string Sdgs { get; set; } = "[]";
    public string Attachments { get; set; } = "[]";
    public Guid? CooperativeId { get; set; }
    public string? CooperativeNameAr { get; set; }
    public string? CooperativeNameFr { get; set; }
    public string SubmittedBy { get; set; } = "";
    public string Status { get; set; } = "draft";
    public string? CurationComment { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string SearchText { get; set; } = "";
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int AdoptionCount { get; set; }

    public const string Columns = """
        i.id AS Id, i.title_ar AS TitleAr, i.title_fr AS TitleFr, i.problem AS Problem, i.solution AS Solution, i.sectors AS Sectors, i.regions AS Regions,
        i.beneficiaries AS Beneficiaries, i.investment AS Investment, i.jobs AS Jobs, i.jobs_women AS JobsWomen, i.jobs_youth AS JobsYouth,
        i.impact_social AS ImpactSocial, i.impact_economic AS ImpactEconomic, i.impact_environmental AS ImpactEnvironmental, i.sdgs AS Sdgs,
        i.attachments AS Attachments, i.cooperative_id AS CooperativeId, i.cooperative_name_ar AS CooperativeNameAr, i.cooperative_name_fr AS CooperativeNameFr,
        i.submitted_by AS SubmittedBy, i.status AS Status, i.curation_comment AS CurationComment, i.published_at AS PublishedAt, i.search_text AS SearchText,
        i.version AS Version, i.created_at AS CreatedAt, i.updated_at AS UpdatedAt,
        (SELECT COUNT(*) FROM bank_adoptions a WHERE a.idea_id = i.id) AS AdoptionCount
        """;

    public IdeaStatus StatusValue => ApiJson.Parse<IdeaStatus>(Status);

    public IdeaDetails ToDetails(IReadOnlyList<FinancingLink> links) => new(Id, TitleAr, TitleFr, Problem, Solution, ApiJson.List<string>(Sectors),
        ApiJson.List<string>(Regions), Beneficiaries, Investment, new ExpectedJobs(Jobs, JobsWomen, JobsYouth),
        new ExpectedImpact(ImpactSocial, ImpactEconomic, ImpactEnvironmental), ApiJson.List<int>(Sdgs), ApiJson.List<Attachment>(Attachments),
        CooperativeId, CooperativeNameAr, CooperativeNameFr, StatusValue, CurationComment, PublishedAt, AdoptionCount, links, Version, CreatedAt, UpdatedAt);

    /// <summary>
    /// Its cooperative's manager today (not whoever wrote it while managing the cooperative: the role can
    /// go), or, for an idea without a cooperative, whoever wrote it.
    /// </summary>
    public bool IsOwnedBy(CurrentUser user) => CooperativeId is { } coop ? user.ManagesCooperative(coop) : user.Id is { } me && SubmittedBy == me.ToString();
}
