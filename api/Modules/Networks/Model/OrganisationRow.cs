using CoopHub.Contracts.Networks;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;

namespace CoopHub.Networks.Model;

/// <summary>A row of <c>net_organisations</c>, how it is read, and what it becomes for the API and for other modules.</summary>
internal sealed class OrganisationRow
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string? NameAr { get; set; }
    public string? NameFr { get; set; }
    public string? NameEn { get; set; }
    public string? Acronym { get; set; }
    public string? RegionCode { get; set; }
    public string? ProvinceCode { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string NameKey { get; set; } = "";
    public string SearchText { get; set; } = "";
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const string Columns = """
        o.id AS Id, o.kind AS Kind, o.name_ar AS NameAr, o.name_fr AS NameFr, o.name_en AS NameEn, o.acronym AS Acronym,
        o.region_code AS RegionCode, o.province_code AS ProvinceCode, o.phone AS Phone, o.email AS Email, o.website AS Website,
        o.name_key AS NameKey, o.search_text AS SearchText, o.version AS Version, o.created_at AS CreatedAt, o.updated_at AS UpdatedAt
        """;

    public static Task<OrganisationRow?> FindAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<OrganisationRow>($"SELECT {Columns} FROM net_organisations o WHERE o.id = @Id", new { Id = id }, ct);

    public OrganisationDetails ToDetails() => new(Id, ApiJson.Parse<OrganisationKind>(Kind), NameAr, NameFr, NameEn, Acronym,
        RegionCode, ProvinceCode, new OrganisationContact(Phone, Email, Website), Version, CreatedAt, UpdatedAt);

    public OrganisationSummary ToSummary() => new(Id, Kind, NameAr, NameFr, NameEn, Acronym, RegionCode);

    /// <summary>The folded names an organisation is recognised by, for duplicate detection.</summary>
    public static IEnumerable<string> Keys(string? nameAr, string? nameFr, string? nameEn, string? acronym)
        => new[] { nameAr, nameFr, nameEn, acronym }.Select(CoopHub.Shared.Text.SearchText.Normalize).Where(k => k.Length > 0).Distinct();
}
