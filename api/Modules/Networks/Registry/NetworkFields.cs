using CoopHub.Shared.Localization;
using CoopHub.Networks.Model;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Text;
using CoopHub.Shared.Pipeline;
using FluentValidation;

namespace CoopHub.Networks.Registry;

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
        RuleFor(x => x.Kind).NotNull().WithText("networks.network_kind_required");
        this.ApplyNames(x => x.NameAr, x => x.NameFr, x => x.NameEn, "networks.network_name_required");
        RuleFor(x => x.Acronym).SafeText().MaximumLength(30);
        RuleFor(x => x.Scope).NotNull().WithText("networks.scope_required");
        RuleFor(x => x.RegionCode)
            .Must((x, r) => x.Scope is NetworkScope.National or null || r is not null).WithText("networks.region_required_for_scope")
            .KnownRegion(reference);
        RuleFor(x => x.ProvinceCode).Cascade(CascadeMode.Stop)
            .Must((x, p) => x.Scope is not (NetworkScope.Local or NetworkScope.Provincial) || p is not null).WithText("networks.province_required_for_scope")
            .KnownProvince(reference)
            .Must((x, p) => p is null || x.RegionCode is not null).WithText("networks.network_region_with_province")
            .ProvinceInRegion(reference, x => x.RegionCode);
        RuleFor(x => x.Sectors).Must(s => s is null || s.Count <= 10).WithText("networks.sectors_at_most_10")
            .Must(s => s is null || s.Distinct().Count() == s.Count).WithText("networks.sector_twice");
        RuleForEach(x => x.Sectors).EachKnownSector(reference);
        RuleFor(x => x.FoundedOn)
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithText("networks.founded_in_future")
            .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithText("networks.founded_before_1900");
        RuleFor(x => x.FoundingAssembly!.Place).SafeText().MaximumLength(300).When(x => x.FoundingAssembly is not null);
    }
}

/// <summary>What a client wrote, as the row stored: trimmed, blanks as nulls, no region or province for a national network.</summary>
internal static class NetworkWrites
{
    public static NetworkRow ToRow(this NetworkFields f, Guid id, int version, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        var nameAr = NetworkText.Clean(f.NameAr);
        var nameFr = NetworkText.Clean(f.NameFr);
        var nameEn = NetworkText.Clean(f.NameEn);
        var acronym = NetworkText.Clean(f.Acronym);
        var national = f.Scope == NetworkScope.National;
        return new NetworkRow
        {
            Id = id,
            Kind = ApiJson.Api(f.Kind!.Value),
            NameAr = nameAr,
            NameFr = nameFr,
            NameEn = nameEn,
            Acronym = acronym,
            Scope = ApiJson.Api(f.Scope!.Value),
            RegionCode = national ? null : f.RegionCode,
            ProvinceCode = national ? null : f.ProvinceCode,
            Sectors = ApiJson.WriteList(f.Sectors),
            FoundedOn = f.FoundedOn,
            Status = ApiJson.Api(f.Status ?? NetworkStatus.Active),
            AssemblyOn = f.FoundingAssembly?.HeldOn,
            AssemblyPlace = NetworkText.Clean(f.FoundingAssembly?.Place),
            NameKey = SearchText.Normalize(nameFr ?? nameAr),
            SearchText = NetworkSearch.Key(nameAr, nameFr, nameEn, acronym),
            Version = version,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };
    }
}
