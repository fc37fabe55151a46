using CoopHub.Shared.Http;

namespace CoopHub.Programs.Model;

/// <summary>A program as stored in prog_programs (lists as JSON columns); the column aliases are its property names.</summary>
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
