using CoopHub.Shared.Http;
using CoopHub.Shared.Time;

namespace CoopHub.Programs.Model;

/// <summary>A call as stored in prog_calls, read with its program's code, names and regions (calls follow their program's scope).</summary>
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
