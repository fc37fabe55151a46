using CoopHub.Shared.Text;

namespace CoopHub.Networks.Model;

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

    public OrganisationDetails ToDetails() => new(Id, NetworkJson.Parse<OrganisationKind>(Kind), NameAr, NameFr, NameEn, Acronym,
        RegionCode, ProvinceCode, new OrganisationContact(Phone, Email, Website), Version, CreatedAt, UpdatedAt);

    /// <summary>The folded names an organisation is recognised by, for duplicate detection.</summary>
    public static IEnumerable<string> Keys(string? nameAr, string? nameFr, string? nameEn, string? acronym)
        => new[] { nameAr, nameFr, nameEn, acronym }.Select(CoopHub.Shared.Text.SearchText.Normalize).Where(k => k.Length > 0).Distinct();
}

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

    public NetworkDetails ToDetails() => new(Id, NetworkJson.Parse<NetworkKind>(Kind), NameAr, NameFr, NameEn, Acronym,
        NetworkJson.Parse<NetworkScope>(Scope), RegionCode, ProvinceCode, NetworkJson.Strings(Sectors), FoundedOn,
        NetworkJson.Parse<NetworkStatus>(Status), new FoundingAssembly(AssemblyOn, AssemblyPlace), CurrentMembers, Version, CreatedAt, UpdatedAt);
}

internal sealed class MemberRow
{
    public Guid Id { get; set; }
    public Guid NetworkId { get; set; }
    public string MemberType { get; set; } = "";
    public Guid MemberId { get; set; }
    public string? NameAr { get; set; }
    public string? NameFr { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    public string? LeaveReason { get; set; }

    public const string Columns = """
        m.id AS Id, m.network_id AS NetworkId, m.member_type AS MemberType, m.member_id AS MemberId, m.name_ar AS NameAr,
        m.name_fr AS NameFr, m.joined_on AS JoinedOn, m.left_on AS LeftOn, m.leave_reason AS LeaveReason
        """;

    public NetworkMember ToApi() => new(Id, NetworkJson.Parse<MemberType>(MemberType), MemberId, NameAr, NameFr, JoinedOn, LeftOn, LeaveReason);
}
