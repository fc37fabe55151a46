// A partner organisation as the API shows it, shared by the directory's reads and writes.
namespace CoopHub.Networks.Model;

internal enum OrganisationKind { Association, PublicBody, Donor, Hub, Company, Other }

internal sealed record OrganisationContact(string? Phone, string? Email, string? Website);

internal sealed record OrganisationDetails(
    Guid Id, OrganisationKind Kind, string? NameAr, string? NameFr, string? NameEn, string? Acronym,
    string? RegionCode, string? ProvinceCode, OrganisationContact Contact, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
