// A network, federation or union as the API shows it, shared by the registry's reads and writes.
namespace CoopHub.Networks.Model;

internal enum NetworkKind { Network, Federation, SectoralUnion }

internal enum NetworkScope { Local, Provincial, Regional, National }

internal enum NetworkStatus { Active, Dormant, Dissolved }

internal sealed record FoundingAssembly(DateOnly? HeldOn, string? Place);

internal sealed record NetworkDetails(
    Guid Id, NetworkKind Kind, string? NameAr, string? NameFr, string? NameEn, string? Acronym, NetworkScope Scope,
    string? RegionCode, string? ProvinceCode, IReadOnlyList<string> Sectors, DateOnly? FoundedOn, NetworkStatus Status,
    FoundingAssembly FoundingAssembly, int CurrentMembers, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
