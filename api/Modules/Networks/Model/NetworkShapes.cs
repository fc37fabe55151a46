using System.Text.Json;
using System.Text.Json.Serialization;
using CoopHub.Shared.Http;

namespace CoopHub.Networks.Model;

internal enum OrganisationKind { Association, PublicBody, Donor, Hub, Company, Other }

internal enum NetworkKind { Network, Federation, SectoralUnion }

internal enum NetworkScope { Local, Provincial, Regional, National }

internal enum NetworkStatus { Active, Dormant, Dissolved }

internal enum MemberType { Cooperative, Organisation }

internal enum BodyKind { GeneralAssembly, ExecutiveBureau, WorkingBody }

internal enum MandateRole { President, VicePresident, SecretaryGeneral, Treasurer, Coordinator, Member }

internal sealed record OrganisationContact(string? Phone, string? Email, string? Website);

internal sealed record OrganisationDetails(
    Guid Id, OrganisationKind Kind, string? NameAr, string? NameFr, string? NameEn, string? Acronym,
    string? RegionCode, string? ProvinceCode, OrganisationContact Contact, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record OrganisationPage(IReadOnlyList<OrganisationDetails> Items, int Page, int PageSize, int Total);

internal sealed record FoundingAssembly(DateOnly? HeldOn, string? Place);

internal sealed record NetworkDetails(
    Guid Id, NetworkKind Kind, string? NameAr, string? NameFr, string? NameEn, string? Acronym, NetworkScope Scope,
    string? RegionCode, string? ProvinceCode, IReadOnlyList<string> Sectors, DateOnly? FoundedOn, NetworkStatus Status,
    FoundingAssembly FoundingAssembly, int CurrentMembers, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record NetworkPage(IReadOnlyList<NetworkDetails> Items, int Page, int PageSize, int Total);

internal sealed record NetworkMember(
    Guid Id, MemberType MemberType, Guid MemberId, string? NameAr, string? NameFr, DateOnly JoinedOn, DateOnly? LeftOn, string? LeaveReason);

internal sealed record NetworkMandate(
    Guid Id, Guid BodyId, MandateRole Role, string? Title, Guid MembershipId, string? HolderNameAr, string? HolderNameFr,
    DateOnly TermStart, DateOnly TermEnd, bool Current);

internal sealed record NetworkBody(Guid Id, BodyKind Kind, string? NameAr, string? NameFr, string? Purpose, IReadOnlyList<NetworkMandate> Mandates);

internal static class NetworkJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new StrictEnumConverterFactory(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Api<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static T Parse<T>(string value) where T : struct, Enum => Enum.Parse<T>(value, ignoreCase: true);

    public static string Write(IEnumerable<string>? values) => JsonSerializer.Serialize((values ?? []).ToList());

    public static IReadOnlyList<string> Strings(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
