using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using CoopHub.Shared.Time;
using CoopHub.Shared.Http;

namespace CoopHub.Programs.Model;

internal sealed class ProgramRow
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string CodeKey { get; set; } = "";
    public string? NameAr { get; set; }
    public string? NameFr { get; set; }
    public string? NameEn { get; set; }
    public string Goals { get; set; } = "[]";
    public string Partners { get; set; } = "[]";
    public decimal? Budget { get; set; }
    public string Currency { get; set; } = "MAD";
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string Regions { get; set; } = "[]";
    public string Sectors { get; set; } = "[]";
    public string SupportAxes { get; set; } = "[]";
    public string Indicators { get; set; } = "[]";
    public string SearchText { get; set; } = "";
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const string Columns = """
        p.id AS Id, p.code AS Code, p.code_key AS CodeKey, p.name_ar AS NameAr, p.name_fr AS NameFr, p.name_en AS NameEn, p.goals AS Goals,
        p.partners AS Partners, p.budget AS Budget, p.currency AS Currency, p.starts_on AS StartsOn, p.ends_on AS EndsOn, p.regions AS Regions,
        p.sectors AS Sectors, p.support_axes AS SupportAxes, p.indicators AS Indicators, p.search_text AS SearchText, p.version AS Version,
        p.created_at AS CreatedAt, p.updated_at AS UpdatedAt
        """;

    public IReadOnlyList<string> RegionList => ApiJson.List<string>(Regions);

    public ProgramDetails ToDetails() => new(Id, Code, NameAr, NameFr, NameEn, ApiJson.List<string>(Goals), ApiJson.List<ProgramPartner>(Partners),
        Budget, Currency, StartsOn, EndsOn, RegionList, ApiJson.List<string>(Sectors), ApiJson.List<SupportAxis>(SupportAxes),
        ApiJson.List<OutcomeIndicator>(Indicators), Version, CreatedAt, UpdatedAt);
}

internal sealed class CallRow
{
    public Guid Id { get; set; }
    public Guid ProgramId { get; set; }
    public string ProgramCode { get; set; } = "";
    public string? ProgramNameAr { get; set; }
    public string? ProgramNameFr { get; set; }
    public string? ProgramNameEn { get; set; }
    public string ProgramRegions { get; set; } = "[]";
    public string? TitleAr { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEn { get; set; }
    public string? DescriptionAr { get; set; }
    public string? DescriptionFr { get; set; }
    public string? DescriptionEn { get; set; }
    public DateTimeOffset OpensAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    public string Status { get; set; } = "draft";
    public string Rules { get; set; } = "{}";
    public string Documents { get; set; } = "[]";
    public string Criteria { get; set; } = "[]";
    public int Places { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const string From = "FROM prog_calls c JOIN prog_programs p ON p.id = c.program_id";

    public const string Columns = """
        c.id AS Id, c.program_id AS ProgramId, p.code AS ProgramCode, p.name_ar AS ProgramNameAr, p.name_fr AS ProgramNameFr, p.name_en AS ProgramNameEn,
        p.regions AS ProgramRegions, c.title_ar AS TitleAr, c.title_fr AS TitleFr, c.title_en AS TitleEn, c.description_ar AS DescriptionAr,
        c.description_fr AS DescriptionFr, c.description_en AS DescriptionEn, c.opens_at AS OpensAt, c.closes_at AS ClosesAt, c.status AS Status,
        c.rules AS Rules, c.documents AS Documents, c.criteria AS Criteria, c.places AS Places, c.version AS Version, c.created_at AS CreatedAt,
        c.updated_at AS UpdatedAt
        """;

    public CallStatus StatusValue => ApiJson.Parse<CallStatus>(Status);

    public IReadOnlyList<string> ProgramRegionList => ApiJson.List<string>(ProgramRegions);

    public EligibilityRules RuleSet => ApiJson.Read<EligibilityRules>(Rules);

    public IReadOnlyList<EvaluationCriterion> CriteriaList => ApiJson.List<EvaluationCriterion>(Criteria);

    public IReadOnlyList<RequiredDocument> DocumentList => ApiJson.List<RequiredDocument>(Documents);

    /// <summary>Published, and now is within [opens, closes).</summary>
    public bool IsOpenAt(DateTimeOffset now) => StatusValue == CallStatus.Published && OpensAt <= now && now < ClosesAt;

    public CallDetails ToDetails(DateTimeOffset now) => new(Id, new CallProgram(ProgramId, ProgramCode, ProgramNameAr, ProgramNameFr, ProgramNameEn),
        TitleAr, TitleFr, TitleEn, DescriptionAr, DescriptionFr, DescriptionEn, Casablanca.ToLocal(OpensAt), Casablanca.ToLocal(ClosesAt),
        OpensAt.ToUniversalTime(), ClosesAt.ToUniversalTime(), Casablanca.ZoneId, StatusValue, IsOpenAt(now), RuleSet, DocumentList, CriteriaList, Places,
        Version, CreatedAt, UpdatedAt);
}

internal sealed class ApplicationRow
{
    public Guid Id { get; set; }
    public Guid CallId { get; set; }
    public Guid ProgramId { get; set; }
    public Guid CooperativeId { get; set; }
    public string? CooperativeNameAr { get; set; }
    public string? CooperativeNameFr { get; set; }
    public string RegionCode { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public string Sectors { get; set; } = "[]";
    public bool WomenLed { get; set; }
    public string Status { get; set; } = "draft";
    public string Answers { get; set; } = "{}";
    public string Documents { get; set; } = "[]";
    public string Eligibility { get; set; } = "[]";
    public bool EligibilityOverridden { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? DecisionReason { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const string Columns = """
        a.id AS Id, a.call_id AS CallId, a.program_id AS ProgramId, a.cooperative_id AS CooperativeId, a.cooperative_name_ar AS CooperativeNameAr,
        a.cooperative_name_fr AS CooperativeNameFr, a.region_code AS RegionCode, a.province_code AS ProvinceCode, a.sectors AS Sectors,
        a.women_led AS WomenLed, a.status AS Status, a.answers AS Answers, a.documents AS Documents, a.eligibility AS Eligibility,
        a.eligibility_overridden AS EligibilityOverridden, a.submitted_at AS SubmittedAt, a.decision_reason AS DecisionReason, a.version AS Version,
        a.created_at AS CreatedAt, a.updated_at AS UpdatedAt
        """;

    public ApplicationStatus StatusValue => ApiJson.Parse<ApplicationStatus>(Status);

    public ApplicationAnswers AnswerSet => ApiJson.Read<ApplicationAnswers>(Answers);

    public ApplicationDetails ToDetails()
    {
        var answers = AnswerSet;
        return new(Id, CallId, ProgramId, CooperativeId, CooperativeNameAr, CooperativeNameFr, RegionCode, ProvinceCode, ApiJson.List<string>(Sectors),
            WomenLed, StatusValue, answers.ProjectSummary, answers.RequestedAxes ?? [], answers.RequestedAmount, ApiJson.List<DocumentLink>(Documents),
            ApiJson.List<EligibilityFailure>(Eligibility), EligibilityOverridden, SubmittedAt, DecisionReason, Version, CreatedAt, UpdatedAt);
    }
}

/// <summary>What a cooperative answers in its dossier (stored as one JSON column).</summary>
internal sealed record ApplicationAnswers(string? ProjectSummary, IReadOnlyList<string>? RequestedAxes, decimal? RequestedAmount);

internal static class ProgramStore
{
    public static Task<ProgramRow?> FindProgramAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<ProgramRow>($"SELECT {ProgramRow.Columns} FROM prog_programs p WHERE p.id = @Id", new { Id = id }, ct);

    public static Task<CallRow?> FindCallAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<CallRow>($"SELECT {CallRow.Columns} {CallRow.From} WHERE c.id = @Id", new { Id = id }, ct);

    public static Task<ApplicationRow?> FindApplicationAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<ApplicationRow>($"SELECT {ApplicationRow.Columns} FROM prog_applications a WHERE a.id = @Id", new { Id = id }, ct);

    public static Error ProgramNotFound(Guid id) => Error.NotFound("program.not_found", $"No program has id {id}.");

    public static Error CallNotFound(Guid id) => Error.NotFound("call.not_found", $"No call has id {id}.");

    public static Error ApplicationNotFound(Guid id) => Error.NotFound("application.not_found", $"No application has id {id}.");
}
