using CoopHub.Networks.Model;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Text;
using CoopHub.Shared.Pipeline;
using FluentValidation;

namespace CoopHub.Networks.Networks;

internal abstract record NetworkFields
{
    /// <summary>network, federation or sectoralUnion.</summary>
    public NetworkKind? Kind { get; init; }

    public string? NameAr { get; init; }

    public string? NameFr { get; init; }

    public string? NameEn { get; init; }

    public string? Acronym { get; init; }

    /// <summary>local, provincial, regional or national.</summary>
    public NetworkScope? Scope { get; init; }

    /// <summary>Required unless the scope is national.</summary>
    public string? RegionCode { get; init; }

    /// <summary>Required for local and provincial networks.</summary>
    public string? ProvinceCode { get; init; }

    public IReadOnlyList<string>? Sectors { get; init; }

    public DateOnly? FoundedOn { get; init; }

    /// <summary>Defaults to active.</summary>
    public NetworkStatus? Status { get; init; }

    public FoundingAssembly? FoundingAssembly { get; init; }
}

internal abstract class NetworkFieldsValidator<T> : AbstractValidator<T>
    where T : NetworkFields
{
    protected NetworkFieldsValidator(ReferenceData reference, TimeProvider clock)
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Give the kind: network, federation or sectoralUnion.");
        RuleFor(x => x.NameAr).SafeText()
            .Must((x, _) => !string.IsNullOrWhiteSpace(x.NameAr) || !string.IsNullOrWhiteSpace(x.NameFr))
            .WithMessage("Give the name in Arabic or in French (at least one).")
            .MaximumLength(200).WithMessage("A name has at most 200 characters.");
        RuleFor(x => x.NameFr).SafeText().MaximumLength(200).WithMessage("A name has at most 200 characters.");
        RuleFor(x => x.NameEn).SafeText().MaximumLength(200).WithMessage("A name has at most 200 characters.");
        RuleFor(x => x.Acronym).SafeText().MaximumLength(30).WithMessage("An acronym has at most 30 characters.");
        RuleFor(x => x.Scope).NotNull().WithMessage("Give the scope: local, provincial, regional or national.");
        RuleFor(x => x.RegionCode)
            .Must((x, r) => x.Scope is NetworkScope.National or null || r is not null).WithMessage("A local, provincial or regional network needs its region.")
            .Must(r => r is null || reference.FindRegion(r) is not null).WithMessage("Unknown region; use a code from MA-01 to MA-12.");
        RuleFor(x => x.ProvinceCode)
            .Must((x, p) => x.Scope is not (NetworkScope.Local or NetworkScope.Provincial) || p is not null).WithMessage("A local or provincial network needs its province.")
            .Must((x, p) => p is null || (x.RegionCode is not null && reference.ProvinceBelongsTo(p, x.RegionCode))).WithMessage("Give a province of the network's region.");
        RuleFor(x => x.Sectors).Must(s => s is null || s.Count <= 10).WithMessage("List at most 10 sectors.")
            .Must(s => s is null || s.Distinct().Count() == s.Count).WithMessage("A sector is listed twice.");
        RuleForEach(x => x.Sectors).Must(s => reference.FindSector(s) is not null).WithMessage((_, s) => $"'{s}' is not a sector code.");
        RuleFor(x => x.FoundedOn)
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The founding date cannot be in the future.")
            .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithMessage("The founding date is before 1900.");
        RuleFor(x => x.FoundingAssembly!.Place).SafeText().MaximumLength(300).WithMessage("The place has at most 300 characters.").When(x => x.FoundingAssembly is not null);
    }
}

internal static class NetworkWrites
{
    public static NetworkRow ToRow(this NetworkFields f, Guid id, int version, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
        var nameAr = Clean(f.NameAr);
        var nameFr = Clean(f.NameFr);
        var nameEn = Clean(f.NameEn);
        var acronym = Clean(f.Acronym);
        var national = f.Scope == NetworkScope.National;
        return new NetworkRow
        {
            Id = id,
            Kind = NetworkJson.Api(f.Kind!.Value),
            NameAr = nameAr,
            NameFr = nameFr,
            NameEn = nameEn,
            Acronym = acronym,
            Scope = NetworkJson.Api(f.Scope!.Value),
            RegionCode = national ? null : f.RegionCode,
            ProvinceCode = national ? null : f.ProvinceCode,
            Sectors = NetworkJson.Write(f.Sectors),
            FoundedOn = f.FoundedOn,
            Status = NetworkJson.Api(f.Status ?? NetworkStatus.Active),
            AssemblyOn = f.FoundingAssembly?.HeldOn,
            AssemblyPlace = Clean(f.FoundingAssembly?.Place),
            NameKey = SearchText.Normalize(nameFr ?? nameAr),
            SearchText = SearchText.Normalize(string.Join(' ', new[] { nameAr, nameFr, nameEn, acronym }.Where(s => s is not null))),
            Version = version,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };
    }
}
