using CoopHub.Shared.Localization;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using FluentValidation;

namespace CoopHub.Cooperatives.Model;

internal abstract class CooperativeFieldsValidator<T> : AbstractValidator<T>
    where T : CooperativeFields
{
    public const int MaxSectors = 5;

    protected CooperativeFieldsValidator(ReferenceData reference, TimeProvider clock)
    {
        RuleFor(x => x.RegistrationNumber)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithText("cooperatives.registration_number_required")
            .MaximumLength(50).WithText("cooperatives.registration_number_most_50_characters")
            .SafeText();

        RuleFor(x => x.NameAr)
            .Must((x, _) => !string.IsNullOrWhiteSpace(x.NameAr) || !string.IsNullOrWhiteSpace(x.NameFr))
            .WithText("cooperatives.give_name_arabic_french_least_one")
            .MaximumLength(200).WithText("cooperatives.arabic_name_most_200_characters")
            .SafeText();
        RuleFor(x => x.NameFr).MaximumLength(200).WithText("cooperatives.french_name_most_200_characters").SafeText();

        RuleFor(x => x.LegalForm)
            .Must(v => v is null || reference.IsLegalForm(v))
            .WithMessage(_ => $"Unknown legal form; use one of: {string.Join(", ", reference.LegalForms.Select(l => l.Code))}.");

        RuleFor(x => x.Sectors)
            .NotNull().WithText("cooperatives.give_between_1_5_sector_codes")
            .Must(s => s is null || s.Count is >= 1 and <= MaxSectors).WithText("cooperatives.give_between_1_5_sector_codes")
            .Must(s => s is null || s.Distinct(StringComparer.Ordinal).Count() == s.Count).WithText("cooperatives.sector_listed_twice");
        RuleForEach(x => x.Sectors).EachKnownSector(reference);

        RuleFor(x => x.Activities).MaximumLength(2000).WithText("cooperatives.activities_most_2000_characters").SafeMultilineText();
        RuleFor(x => x.Products)
            .Must(p => p is null || p.Count <= 50).WithText("cooperatives.list_most_50_products");
        RuleForEach(x => x.Products)
            .Must(p => !string.IsNullOrWhiteSpace(p)).WithText("cooperatives.product_name_empty")
            .MaximumLength(100).WithText("cooperatives.product_name_most_100_characters")
            .SafeText();

        RuleFor(x => x.RegionCode)
            .NotEmpty().WithText("cooperatives.region_required_ma_01_ma_12")
            .KnownRegion(reference);
        RuleFor(x => x.ProvinceCode)
            .NotEmpty().WithText("cooperatives.province_required")
            .KnownProvince(reference)
            .ProvinceInRegion(reference, x => x.RegionCode);

        RuleFor(x => x.Commune).MaximumLength(100).WithText("cooperatives.commune_most_100_characters").SafeText();
        RuleFor(x => x.Address).MaximumLength(300).WithText("cooperatives.address_most_300_characters").SafeMultilineText();

        RuleFor(x => x.FoundedOn)
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithText("cooperatives.founding_date_cannot_future")
            .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithText("cooperatives.founding_date_before_1900");

        RuleFor(x => x.Members).NotNull().WithText("cooperatives.give_members_total_women_youth");
        When(x => x.Members is not null, () =>
        {
            RuleFor(x => x.Members!.Total).InclusiveBetween(0, 1_000_000).WithText("cooperatives.number_members_between_0_1_000");
            RuleFor(x => x.Members!.Women).GreaterThanOrEqualTo(0).WithText("cooperatives.number_women_cannot_negative")
                .Must((x, women) => women <= x.Members!.Total).WithText("cooperatives.women_members_cannot_outnumber_all_members");
            RuleFor(x => x.Members!.Youth).GreaterThanOrEqualTo(0).WithText("cooperatives.number_young_members_cannot_negative")
                .Must((x, youth) => youth <= x.Members!.Total).WithText("cooperatives.young_members_cannot_outnumber_all_members");
        });

        When(x => x.Board is not null, () =>
        {
            RuleFor(x => x.Board!.Size).InclusiveBetween(0, 100).WithText("cooperatives.board_between_0_100_members");
            RuleFor(x => x.Board!.ManagerRole).MaximumLength(100).WithText("cooperatives.managers_role_most_100_characters").SafeText();
        });

        RuleFor(x => x.Certifications).Must(c => c is null || c.Count <= 20).WithText("cooperatives.list_most_20_certifications");
        RuleForEach(x => x.Certifications).NotNull().WithText("cooperatives.certification_empty");
        RuleForEach(x => x.Certifications).Where(c => c is not null).ChildRules(c =>
        {
            c.RuleFor(x => x.Name).NotEmpty().WithText("cooperatives.certification_needs_name").MaximumLength(200).WithText("cooperatives.certification_name_most_200_characters").SafeText();
            c.RuleFor(x => x.Issuer).MaximumLength(200).WithText("cooperatives.issuer_most_200_characters").SafeText();
            c.RuleFor(x => x.ExpiresOn)
                .Must((x, expires) => expires is null || x.ObtainedOn is null || expires >= x.ObtainedOn)
                .WithText("cooperatives.certification_cannot_expire_before_was_obtained");
        });

        RuleFor(x => x.Needs)
            .Must(n => n is null || n.Distinct().Count() == n.Count).WithText("cooperatives.need_listed_twice");

        When(x => x.Contact is not null, () =>
        {
            RuleFor(x => x.Contact!.Phone)
                .Matches(@"^\+?[0-9 ().-]{6,29}$").WithText("cooperatives.phone_number_6_29_digits_spaces");
            RuleFor(x => x.Contact!.Email)
                .MaximumLength(200).WithText("cooperatives.email_address_most_200_characters")
                .EmailAddress().WithText("cooperatives.not_email_address")
                .SafeText();
            RuleFor(x => x.Contact!.Website)
                .MaximumLength(300).WithText("cooperatives.website_address_most_300_characters")
                .SafeText()
                .Must(w => w is null || (Uri.TryCreate(w, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
                .WithText("cooperatives.website_http_https_address");
        });
    }
}
