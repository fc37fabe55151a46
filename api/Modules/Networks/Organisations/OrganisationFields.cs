using CoopHub.Shared.Localization;
using CoopHub.Networks.Model;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Pipeline;
using FluentValidation;

namespace CoopHub.Networks.Organisations;

/// <summary>What a client writes about a partner organisation.</summary>
internal abstract record OrganisationFields
{
    public OrganisationKind? Kind { get; init; }

    public string? NameAr { get; init; }

    public string? NameFr { get; init; }

    public string? NameEn { get; init; }

    public string? Acronym { get; init; }

    /// <summary>Optional for national and international organisations.</summary>
    public string? RegionCode { get; init; }

    public string? ProvinceCode { get; init; }

    public OrganisationContact? Contact { get; init; }
}

internal abstract class OrganisationFieldsValidator<T> : AbstractValidator<T>
    where T : OrganisationFields
{
    protected OrganisationFieldsValidator(ReferenceData reference)
    {
        RuleFor(x => x.Kind).NotNull().WithText("networks.organisation_kind_required");
        RuleFor(x => x.NameFr).SafeText()
            .Must((x, _) => !string.IsNullOrWhiteSpace(x.NameAr) || !string.IsNullOrWhiteSpace(x.NameFr) || !string.IsNullOrWhiteSpace(x.NameEn))
            .WithText("networks.organisation_name_required")
            .MaximumLength(200);
        RuleFor(x => x.NameAr).SafeText().MaximumLength(200);
        RuleFor(x => x.NameEn).SafeText().MaximumLength(200);
        RuleFor(x => x.Acronym).SafeText().MaximumLength(30);
        RuleFor(x => x.RegionCode).KnownRegion(reference);
        RuleFor(x => x.ProvinceCode).Cascade(CascadeMode.Stop)
            .KnownProvince(reference)
            .Must((x, p) => p is null || x.RegionCode is not null).WithText("networks.organisation_region_with_province")
            .ProvinceInRegion(reference, x => x.RegionCode);
        When(x => x.Contact is not null, () =>
        {
            RuleFor(x => x.Contact!.Phone).Matches(@"^\+?[0-9 ().-]{6,29}$").WithText("networks.phone_invalid");
            RuleFor(x => x.Contact!.Email).SafeText().MaximumLength(200).EmailAddress();
            RuleFor(x => x.Contact!.Website).SafeText().MaximumLength(300)
                .Must(w => w is null || (Uri.TryCreate(w, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)))
                .WithText("networks.website_invalid");
        });
    }
}

/// <summary>What a client wrote, as the row stored: trimmed, blanks as nulls, the folded name and search text computed.</summary>
internal static class OrganisationWrites
{
    public static OrganisationRow ToRow(this OrganisationFields f, Guid id, int version, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        var nameAr = NetworkText.Clean(f.NameAr);
        var nameFr = NetworkText.Clean(f.NameFr);
        var nameEn = NetworkText.Clean(f.NameEn);
        var acronym = NetworkText.Clean(f.Acronym);
        return new OrganisationRow
        {
            Id = id,
            Kind = ApiJson.Api(f.Kind!.Value),
            NameAr = nameAr,
            NameFr = nameFr,
            NameEn = nameEn,
            Acronym = acronym,
            RegionCode = f.RegionCode,
            ProvinceCode = f.ProvinceCode,
            Phone = NetworkText.Clean(f.Contact?.Phone),
            Email = NetworkText.Clean(f.Contact?.Email),
            Website = NetworkText.Clean(f.Contact?.Website),
            NameKey = CoopHub.Shared.Text.SearchText.Normalize(nameFr ?? nameAr ?? nameEn),
            SearchText = NetworkSearch.Key(nameAr, nameFr, nameEn, acronym),
            Version = version,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };
    }
}
