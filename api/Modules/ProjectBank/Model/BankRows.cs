using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using CoopHub.Shared.Http;

namespace CoopHub.ProjectBank.Model;

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

internal sealed class CompetitionRow
{
    public Guid Id { get; set; }
    public string? TitleAr { get; set; }
    public string? TitleFr { get; set; }
    public string? Description { get; set; }
    public Guid EventId { get; set; }
    public Guid? ProgramId { get; set; }
    public string? RegionCode { get; set; }
    public DateTimeOffset OpensAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    public string Criteria { get; set; } = "[]";
    public string TieBreakCriterion { get; set; } = "";
    public string Status { get; set; } = "draft";
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int EntryCount { get; set; }

    public const string Columns = """
        c.id AS Id, c.title_ar AS TitleAr, c.title_fr AS TitleFr, c.description AS Description, c.event_id AS EventId, c.program_id AS ProgramId,
        c.region_code AS RegionCode, c.opens_at AS OpensAt, c.closes_at AS ClosesAt, c.criteria AS Criteria, c.tie_break_criterion AS TieBreakCriterion,
        c.status AS Status, c.version AS Version, c.created_at AS CreatedAt, c.updated_at AS UpdatedAt,
        (SELECT COUNT(*) FROM bank_entries e WHERE e.competition_id = c.id) AS EntryCount
        """;

    public CompetitionStatus StatusValue => ApiJson.Parse<CompetitionStatus>(Status);

    public IReadOnlyList<CompetitionCriterion> CriteriaList => ApiJson.List<CompetitionCriterion>(Criteria);

    public bool AcceptingEntriesAt(DateTimeOffset now) => StatusValue == CompetitionStatus.Open && OpensAt <= now && now < ClosesAt;

    public CompetitionDetails ToDetails(DateTimeOffset now, CoopHub.Contracts.Events.EventSummary? ev) => new(Id, TitleAr, TitleFr, Description, EventId,
        ev?.TitleAr, ev?.TitleFr, ev?.StartsAt, ProgramId, RegionCode, Casablanca.ToLocal(OpensAt), Casablanca.ToLocal(ClosesAt), OpensAt.ToUniversalTime(),
        ClosesAt.ToUniversalTime(), Casablanca.ZoneId, CriteriaList, TieBreakCriterion, StatusValue, AcceptingEntriesAt(now), EntryCount, Version, CreatedAt, UpdatedAt);
}

internal static class BankStore
{
    public static Task<IdeaRow?> FindIdeaAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<IdeaRow>($"SELECT {IdeaRow.Columns} FROM bank_ideas i WHERE i.id = @Id", new { Id = id }, ct);

    public static Task<CompetitionRow?> FindCompetitionAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<CompetitionRow>($"SELECT {CompetitionRow.Columns} FROM bank_competitions c WHERE c.id = @Id", new { Id = id }, ct);

    public static async Task<IReadOnlyList<FinancingLink>> LinksAsync(DbSession db, Guid ideaId, CancellationToken ct)
        => (await db.QueryAsync<LinkRow>("""
            SELECT call_id AS CallId, program_code AS ProgramCode, call_title_ar AS CallTitleAr, call_title_fr AS CallTitleFr, linked_at AS LinkedAt
            FROM bank_financing_links WHERE idea_id = @Id ORDER BY linked_at
            """, new { Id = ideaId }, ct)).Select(l => new FinancingLink(l.CallId, l.ProgramCode, l.CallTitleAr, l.CallTitleFr, l.LinkedAt)).ToList();

    private sealed class LinkRow
    {
        public Guid CallId { get; set; }
        public string ProgramCode { get; set; } = "";
        public string? CallTitleAr { get; set; }
        public string? CallTitleFr { get; set; }
        public DateTimeOffset LinkedAt { get; set; }
    }
}
