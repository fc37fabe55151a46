using CoopHub.Contracts.Networks;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;

namespace CoopHub.Networks.Model;

/// <summary>A row of <c>net_networks</c> with its count of current members, how it is read, and what it becomes for the API and for other modules.</summary>
internal sealed class NetworkRow
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string? NameAr { get; set; }
    public string? NameFr { get; set; }
    public string? NameEn { get; set; }
    public string? Acronym { get; set; }
    public string Scope { get; set; } = "";
    public string? RegionCode { get; set; }
    public string? ProvinceCode { get; set; }
    public string Sectors { get; set; } = "[]";
    public DateOnly? FoundedOn { get; set; }
    public string Status { get; set; } = "active";
    public DateOnly? AssemblyOn { get; set; }
    public string? AssemblyPlace { get; set; }
    public string NameKey { get; set; } = "";
    public string SearchText { get; set; } = "";
    public int CurrentMembers { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const string Columns = """
        n.id AS Id, n.kind AS Kind, n.name_ar AS NameAr, n.name_fr AS NameFr, n.name_en AS NameEn, n.acronym AS Acronym,
        n.scope AS Scope, n.region_code AS RegionCode, n.province_code AS ProvinceCode, n.sectors AS Sectors,
        n.founded_on AS FoundedOn, n.status AS Status, n.assembly_on AS AssemblyOn, n.assembly_place AS AssemblyPlace,
        n.search_text AS SearchText, n.version AS Version, n.created_at AS CreatedAt, n.updated_at AS UpdatedAt,
        (SELECT COUNT(*) FROM net_members m WHERE m.network_id = n.id AND m.left_on IS NULL) AS CurrentMembers
        """;

    public static Task<NetworkRow?> FindAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<NetworkRow>($"SELECT {Columns} FROM net_networks n WHERE n.id = @Id", new { Id = id }, ct);

    public NetworkDetails ToDetails() => new(Id, ApiJson.Parse<NetworkKind>(Kind), NameAr, NameFr, NameEn, Acronym,
        ApiJson.Parse<NetworkScope>(Scope), RegionCode, ProvinceCode, ApiJson.Strings(Sectors), FoundedOn,
        ApiJson.Parse<NetworkStatus>(Status), new FoundingAssembly(AssemblyOn, AssemblyPlace), CurrentMembers, Version, CreatedAt, UpdatedAt);

    public NetworkSummary ToSummary() => new(Id, Kind, NameAr, NameFr, Scope, RegionCode, ProvinceCode, Status, CurrentMembers);
}
