using CoopHub.Shared.Localization;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using FluentValidation;

namespace CoopHub.Cooperatives.Model;

internal abstract class CooperativeFieldsValidator<T> : AbstractValidator<T>
    where T : CooperativeFields
{
    public const int MaxSectors = 5;

    /// <summary>The languages a registry contact can be written to in (the platform's three).</summary>
    public static readonly string[] ContactLanguages = ["ar", "fr", "en"];

    public const int MaxProducts = 50;
    public const int MaxMembers = 1_000_000;
    public const int MaxBoard = 100;
    public const int MaxCertifications = 20;

    protected CooperativeFieldsValidator(ReferenceData reference, TimeProvider clock)
    {
        RuleFor(x => x.RegistrationNumber)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithText("cooperatives.registration_number.required")
            .MaximumLength(50)
            .SafeText();

        RuleFor(x => x.NameAr)
            .Must((x, _) => !string.IsNullOrWhiteSpace(x.NameAr) || !string.IsNullOrWhiteSpace(x.NameFr))
            .WithText("cooperatives.name.arabic_or_french")
            .MaximumLength(200)
            .SafeText();
        RuleFor(x => x.NameFr).MaximumLength(200).SafeText();

        RuleFor(x => x.LegalForm)
            .Must(v => v is null || reference.IsLegalForm(v))
            .WithText("cooperatives.legal_form.unknown", (_, value) => [("value", value)]);

        RuleFor(x => x.Sectors)
            .NotNull().WithText("cooperatives.sectors.count", (_, _) => [("max", MaxSectors)])
            .Must(s => s is null || s.Count is >= 1 and <= MaxSectors).WithText("cooperatives.sectors.count", (_, _) => [("max", MaxSectors)])
            .Must(s => s is null || s.Distinct(StringComparer.Ordinal).Count() == s.Count).WithText("cooperatives.sectors.repeated");
        RuleForEach(x => x.Sectors).EachKnownSector(reference);

        RuleFor(x => x.Activities).MaximumLength(2000).SafeMultilineText();
        RuleFor(x => x.Products)
            .Must(p => p is null || p.Count <= MaxProducts).WithText("cooperatives.products.too_many", (_, _) => [("max", MaxProducts)]);
        RuleForEach(x => x.Products)
            .Must(p => !string.IsNullOrWhiteSpace(p)).WithText("cooperatives.products.empty_name")
            .MaximumLength(100)
            .SafeText();

        RuleFor(x => x.RegionCode)
            .NotEmpty().WithText("cooperatives.region.required")
            .KnownRegion(reference);
        RuleFor(x => x.ProvinceCode)
            .NotEmpty().WithText("cooperatives.province.required")
            .KnownProvince(reference)
            .ProvinceInRegion(reference, x => x.RegionCode);

        RuleFor(x => x.Commune).MaximumLength(100).SafeText();
        RuleFor(x => x.Address).MaximumLength(300).SafeMultilineText();

        RuleFor(x => x.FoundedOn)
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithText("cooperatives.founded_on.future")
            .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithText("cooperatives.founded_on.before_1900");

        RuleFor(x => x.Members).NotNull().WithText("cooperatives.members.required");
        When(x => x.Members is not null, () =>
        {
            RuleFor(x => x.Members!.Total).InclusiveBetween(0, MaxMembers).WithText("cooperatives.members.total_range", (_, _) => [("max", MaxMembers)]);
            RuleFor(x => x.Members!.Women).GreaterThanOrEqualTo(0).WithText("cooperatives.members.women_negative")
                .Must((x, women) => women <= x.Members!.Total).WithText("cooperatives.members.women_over_total");
            RuleFor(x => x.Members!.Youth).GreaterThanOrEqualTo(0).WithText("cooperatives.members.youth_negative")
                .Must((x, youth) => youth <= x.Members!.Total).WithText("cooperatives.members.youth_over_total");
        });

        When(x => x.Board is not null, () =>
        {
            RuleFor(x => x.Board!.Size).InclusiveBetween(0, MaxBoard).WithText("cooperatives.board.size_range", (_, _) => [("max", MaxBoard)]);
            RuleFor(x => x.Board!.ManagerRole).MaximumLength(100).SafeText();
        });

        RuleFor(x => x.Certifications).Must(c => c is null || c.Count <= MaxCertifications).WithText("cooperatives.certifications.too_many", (_, _) => [("max", MaxCertifications)]);
        RuleForEach(x => x.Certifications).NotNull().WithText("cooperatives.certifications.empty");
        RuleForEach(x => x.Certifications).Where(c => c is not null).ChildRules(c =>
        {
            c.RuleFor(x => x.Name).NotEmpty().WithText("cooperatives.certifications.name_required").MaximumLength(200).SafeText();
            c.RuleFor(x => x.Issuer).MaximumLength(200).SafeText();
            c.RuleFor(x => x.ExpiresOn)
                .Must((x, expires) => expires is null || x.ObtainedOn is null || expires >= x.ObtainedOn)
                .WithText("cooperatives.certifications.expires_before_obtained");
        });

        RuleFor(x => x.Needs)
            .Must(n => n is null || n.Distinct().Count() == n.Count).WithText("cooperatives.needs.repeated");

        When(x => x.Contact is not null, () =>
        {
            RuleFor(x => x.Contact!.Phone)
                .Matches(@"^\+?[0-9 ().-]{6,29}$").WithText("cooperatives.contact.phone_invalid");
            RuleFor(x => x.Contact!.Email)
                .MaximumLength(200)
                .EmailAddress()
                .SafeText();
            RuleFor(x => x.Contact!.Website)
                .MaximumLength(300)
                .SafeText()
                .Must(w => w is null || (Uri.TryCreate(w, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
                .WithText("cooperatives.contact.website_invalid");
            RuleFor(x => x.Contact!.Language)
                .Must(l => string.IsNullOrWhiteSpace(l) || ContactLanguages.Contains(l.Trim().ToLowerInvariant()))
                .WithText("cooperatives.contact.language_invalid");
        });
    }
}
