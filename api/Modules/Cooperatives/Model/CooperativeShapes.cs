namespace CoopHub.Cooperatives.Model;

internal sealed record CooperativeMembers(int Total, int Women, int Youth);

internal sealed record CooperativeBoard(int? Size, string? ManagerRole);

internal sealed record CooperativeCertification(string? Name, string? Issuer, DateOnly? ObtainedOn, DateOnly? ExpiresOn);

/// <summary>The registry's contact; <c>language</c> (ar, fr or en) is what notifications to a cooperative without an account are written in (null: Arabic).</summary>
internal sealed record CooperativeContact(string? Phone, string? Email, string? Website, string? Language = null);

/// <summary>A cooperative as the registry holds it.</summary>
internal sealed record CooperativeDetails(
    Guid Id,
    string RegistrationNumber,
    string? NameAr,
    string? NameFr,
    string LegalForm,
    IReadOnlyList<string> Sectors,
    string? Activities,
    IReadOnlyList<string> Products,
    string RegionCode,
    string ProvinceCode,
    string? Commune,
    string? Address,
    DateOnly? FoundedOn,
    CooperativeMembers Members,
    bool WomenLed,
    CooperativeBoard Board,
    IReadOnlyList<CooperativeCertification> Certifications,
    IReadOnlyList<CapacityNeed> Needs,
    CooperativeContact? Contact,
    CooperativeStatus Status,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>One line of the directory.</summary>
internal sealed record CooperativeListItem(
    Guid Id,
    string RegistrationNumber,
    string? NameAr,
    string? NameFr,
    string RegionCode,
    string ProvinceCode,
    IReadOnlyList<string> Sectors,
    CooperativeStatus Status,
    CooperativeMembers Members,
    bool WomenLed,
    DateOnly? FoundedOn);

internal sealed record CooperativePage(IReadOnlyList<CooperativeListItem> Items, int Page, int PageSize, int Total);
