using CoopHub.Contracts.Cooperatives;
using CoopHub.Shared.Text;
using Riok.Mapperly.Abstractions;

namespace CoopHub.Cooperatives.Model;

/// <summary>Rows to API records and back, generated at compile time.</summary>
[Mapper]
internal static partial class CooperativeMapper
{
    [MapPropertyFromSource(nameof(CooperativeDetails.Members), Use = nameof(MembersOf))]
    [MapPropertyFromSource(nameof(CooperativeDetails.Board), Use = nameof(BoardOf))]
    [MapPropertyFromSource(nameof(CooperativeDetails.Contact), Use = nameof(ContactOf))]
    [MapProperty(nameof(CooperativeRow.Certifications), nameof(CooperativeDetails.Certifications), Use = nameof(CertificationsOf))]
    [MapProperty(nameof(CooperativeRow.Needs), nameof(CooperativeDetails.Needs), Use = nameof(NeedsOf))]
    [MapperIgnoreSource(nameof(CooperativeRow.MembersTotal))]
    [MapperIgnoreSource(nameof(CooperativeRow.MembersWomen))]
    [MapperIgnoreSource(nameof(CooperativeRow.MembersYouth))]
    [MapperIgnoreSource(nameof(CooperativeRow.BoardSize))]
    [MapperIgnoreSource(nameof(CooperativeRow.ManagerRole))]
    [MapperIgnoreSource(nameof(CooperativeRow.ContactPhone))]
    [MapperIgnoreSource(nameof(CooperativeRow.ContactEmail))]
    [MapperIgnoreSource(nameof(CooperativeRow.ContactWebsite))]
    [MapperIgnoreSource(nameof(CooperativeRow.ContactLanguage))]
    [MapperIgnoreSource(nameof(CooperativeRow.SearchText))]
    [MapperIgnoreSource(nameof(CooperativeRow.RegistrationKey))]
    [MapperIgnoreSource(nameof(CooperativeRow.NameArKey))]
    [MapperIgnoreSource(nameof(CooperativeRow.NameFrKey))]
    [MapperIgnoreSource(nameof(CooperativeRow.NameSort))]
    public static partial CooperativeDetails ToDetails(this CooperativeRow row);

    public static CooperativeListItem ToListItem(this CooperativeRow row) => new(
        row.Id, row.RegistrationNumber, row.NameAr, row.NameFr, row.RegionCode, row.ProvinceCode,
        ListOf(row.Sectors), StatusOf(row.Status), MembersOf(row), row.WomenLed, row.FoundedOn);

    public static CooperativeSummary ToSummary(this CooperativeRow row) => new(
        row.Id, row.RegistrationNumber, row.NameAr, row.NameFr, row.RegionCode, row.ProvinceCode,
        ListOf(row.Sectors), row.Status, row.MembersTotal, row.MembersWomen, row.MembersYouth, row.WomenLed, row.FoundedOn);

    /// <summary>The row a write stores, with its folded search columns.</summary>
    public static CooperativeRow ToRow(this CooperativeFields fields, Guid id, CooperativeStatus status, int version, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        var registration = fields.RegistrationNumber!.Trim();
        var nameAr = Clean(fields.NameAr);
        var nameFr = Clean(fields.NameFr);
        var products = (fields.Products ?? []).Select(p => p.Trim()).ToList();
        var sectors = fields.Sectors ?? [];
        return new CooperativeRow
        {
            Id = id,
            RegistrationNumber = registration,
            NameAr = nameAr,
            NameFr = nameFr,
            LegalForm = fields.LegalForm ?? "cooperative",
            Sectors = CooperativeJson.Write(sectors),
            Activities = Clean(fields.Activities),
            Products = CooperativeJson.Write(products),
            RegionCode = fields.RegionCode!,
            ProvinceCode = fields.ProvinceCode!,
            Commune = Clean(fields.Commune),
            Address = Clean(fields.Address),
            FoundedOn = fields.FoundedOn,
            MembersTotal = fields.Members!.Total,
            MembersWomen = fields.Members.Women,
            MembersYouth = fields.Members.Youth,
            WomenLed = fields.WomenLed ?? false,
            BoardSize = fields.Board?.Size,
            ManagerRole = Clean(fields.Board?.ManagerRole),
            Certifications = CooperativeJson.Write(fields.Certifications ?? []),
            Needs = CooperativeJson.Write(fields.Needs ?? []),
            ContactPhone = Clean(fields.Contact?.Phone),
            ContactEmail = Clean(fields.Contact?.Email),
            ContactWebsite = Clean(fields.Contact?.Website),
            ContactLanguage = Clean(fields.Contact?.Language)?.ToLowerInvariant(),
            Status = status.ToApi(),
            Version = version,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
            SearchText = CooperativeStore.SearchKey(registration, nameAr, nameFr, Clean(fields.Activities), products, sectors),
            RegistrationKey = CooperativeStore.RegistrationKey(registration),
            NameArKey = SearchText.Normalize(nameAr),
            NameFrKey = SearchText.Normalize(nameFr),
            NameSort = SearchText.Normalize(nameFr ?? nameAr),
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static CooperativeMembers MembersOf(CooperativeRow row) => new(row.MembersTotal, row.MembersWomen, row.MembersYouth);

    private static CooperativeBoard BoardOf(CooperativeRow row) => new(row.BoardSize, row.ManagerRole);

    private static CooperativeContact ContactOf(CooperativeRow row) => new(row.ContactPhone, row.ContactEmail, row.ContactWebsite, row.ContactLanguage);

    private static IReadOnlyList<CooperativeCertification> CertificationsOf(string json) => CooperativeJson.Read<List<CooperativeCertification>>(json);

    private static IReadOnlyList<CapacityNeed> NeedsOf(string json) => CooperativeJson.Read<List<CapacityNeed>>(json);

    private static IReadOnlyList<string> ListOf(string json) => CooperativeJson.Read<List<string>>(json);

    public static CooperativeStatus ParsedStatus(this CooperativeRow row) => StatusOf(row.Status);

    private static CooperativeStatus StatusOf(string status)
        => CooperativeStatuses.TryParse(status, out var parsed) ? parsed : throw new InvalidOperationException($"Unknown stored status '{status}'.");
}
