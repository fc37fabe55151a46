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
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("The registration number is required.")
            .MaximumLength(50).WithMessage("The registration number has at most 50 characters.")
            .SafeText();

        RuleFor(x => x.NameAr)
            .Must((x, _) => !string.IsNullOrWhiteSpace(x.NameAr) || !string.IsNullOrWhiteSpace(x.NameFr))
            .WithMessage("Give the name in Arabic or in French (at least one).")
            .MaximumLength(200).WithMessage("The Arabic name has at most 200 characters.")
            .SafeText();
        RuleFor(x => x.NameFr).MaximumLength(200).WithMessage("The French name has at most 200 characters.").SafeText();

        RuleFor(x => x.LegalForm)
            .Must(v => v is null || reference.IsLegalForm(v))
            .WithMessage(_ => $"Unknown legal form; use one of: {string.Join(", ", reference.LegalForms.Select(l => l.Code))}.");

        RuleFor(x => x.Sectors)
            .NotNull().WithMessage("Give between 1 and 5 sector codes.")
            .Must(s => s is null || s.Count is >= 1 and <= MaxSectors).WithMessage("Give between 1 and 5 sector codes.")
            .Must(s => s is null || s.Distinct(StringComparer.Ordinal).Count() == s.Count).WithMessage("A sector is listed twice.");
        RuleForEach(x => x.Sectors).EachKnownSector(reference);

        RuleFor(x => x.Activities).MaximumLength(2000).WithMessage("Activities have at most 2000 characters.").SafeMultilineText();
        RuleFor(x => x.Products)
            .Must(p => p is null || p.Count <= 50).WithMessage("List at most 50 products.");
        RuleForEach(x => x.Products)
            .Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage("A product name is empty.")
            .MaximumLength(100).WithMessage("A product name has at most 100 characters.")
            .SafeText();

        RuleFor(x => x.RegionCode)
            .NotEmpty().WithMessage("The region is required (MA-01 to MA-12).")
            .KnownRegion(reference);
        RuleFor(x => x.ProvinceCode)
            .NotEmpty().WithMessage("The province is required.")
            .KnownProvince(reference)
            .ProvinceInRegion(reference, x => x.RegionCode);

        RuleFor(x => x.Commune).MaximumLength(100).WithMessage("The commune has at most 100 characters.").SafeText();
        RuleFor(x => x.Address).MaximumLength(300).WithMessage("The address has at most 300 characters.").SafeMultilineText();

        RuleFor(x => x.FoundedOn)
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The founding date cannot be in the future.")
            .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithMessage("The founding date is before 1900.");

        RuleFor(x => x.Members).NotNull().WithMessage("Give the members: { total, women, youth }.");
        When(x => x.Members is not null, () =>
        {
            RuleFor(x => x.Members!.Total).InclusiveBetween(0, 1_000_000).WithMessage("The number of members is between 0 and 1,000,000.");
            RuleFor(x => x.Members!.Women).GreaterThanOrEqualTo(0).WithMessage("The number of women cannot be negative.")
                .Must((x, women) => women <= x.Members!.Total).WithMessage("Women members cannot outnumber all members.");
            RuleFor(x => x.Members!.Youth).GreaterThanOrEqualTo(0).WithMessage("The number of young members cannot be negative.")
                .Must((x, youth) => youth <= x.Members!.Total).WithMessage("Young members cannot outnumber all members.");
        });

        When(x => x.Board is not null, () =>
        {
            RuleFor(x => x.Board!.Size).InclusiveBetween(0, 100).WithMessage("The board has between 0 and 100 members.");
            RuleFor(x => x.Board!.ManagerRole).MaximumLength(100).WithMessage("The manager's role has at most 100 characters.").SafeText();
        });

        RuleFor(x => x.Certifications).Must(c => c is null || c.Count <= 20).WithMessage("List at most 20 certifications.");
        RuleForEach(x => x.Certifications).NotNull().WithMessage("A certification is empty.");
        RuleForEach(x => x.Certifications).Where(c => c is not null).ChildRules(c =>
        {
            c.RuleFor(x => x.Name).NotEmpty().WithMessage("A certification needs its name.").MaximumLength(200).WithMessage("A certification name has at most 200 characters.").SafeText();
            c.RuleFor(x => x.Issuer).MaximumLength(200).WithMessage("An issuer has at most 200 characters.").SafeText();
            c.RuleFor(x => x.ExpiresOn)
                .Must((x, expires) => expires is null || x.ObtainedOn is null || expires >= x.ObtainedOn)
                .WithMessage("A certification cannot expire before it was obtained.");
        });

        RuleFor(x => x.Needs)
            .Must(n => n is null || n.Distinct().Count() == n.Count).WithMessage("A need is listed twice.");

        When(x => x.Contact is not null, () =>
        {
            RuleFor(x => x.Contact!.Phone)
                .Matches(@"^\+?[0-9 ().-]{6,29}$").WithMessage("A phone number has 6 to 29 digits, spaces, dots, dashes or brackets, optionally after +.");
            RuleFor(x => x.Contact!.Email)
                .MaximumLength(200).WithMessage("An email address has at most 200 characters.")
                .EmailAddress().WithMessage("This is not an email address.")
                .SafeText();
            RuleFor(x => x.Contact!.Website)
                .MaximumLength(300).WithMessage("A website address has at most 300 characters.")
                .SafeText()
                .Must(w => w is null || (Uri.TryCreate(w, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
                .WithMessage("A website is an http:// or https:// address.");
        });
    }
}
