using System.Text.Json;

namespace CoopHub.Shared.Reference;

public sealed record Province(string Code, string NameFr, string NameAr, string NameEn, string Kind);

public sealed record Region(string Code, string NameFr, string NameAr, string NameEn, IReadOnlyList<Province> Provinces);

public sealed record Sector(string Code, string NameFr, string NameAr, string NameEn);

public sealed record LegalForm(string Code, string NameFr, string NameAr, string NameEn);

/// <summary>
/// Regions, provinces, sectors and legal forms shipped in db/reference (embedded at build time).
/// Immutable and identical on every instance, so holding it in memory keeps instances stateless.
/// </summary>
public sealed class ReferenceData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, Region> _regions;
    private readonly Dictionary<string, (Province Province, Region Region)> _provinces;
    private readonly Dictionary<string, Sector> _sectors;
    private readonly Dictionary<string, LegalForm> _legalForms;

    public ReferenceData()
    {
        Regions = Load<RegionsFile>("regions.json").Regions;
        Sectors = Load<SectorsFile>("sectors.json").Sectors;
        LegalForms = Load<LegalFormsFile>("legal-forms.json").LegalForms;
        _regions = Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _provinces = Regions.SelectMany(r => r.Provinces.Select(p => (p, r))).ToDictionary(x => x.p.Code, StringComparer.Ordinal);
        _sectors = Sectors.ToDictionary(s => s.Code, StringComparer.Ordinal);
        _legalForms = LegalForms.ToDictionary(s => s.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<Sector> Sectors { get; }

    public IReadOnlyList<LegalForm> LegalForms { get; }

    public Region? FindRegion(string? code) => code is not null && _regions.TryGetValue(code, out var r) ? r : null;

    public Province? FindProvince(string? code) => code is not null && _provinces.TryGetValue(code, out var p) ? p.Province : null;

    public Sector? FindSector(string? code) => code is not null && _sectors.TryGetValue(code, out var s) ? s : null;

    public bool IsLegalForm(string? code) => code is not null && _legalForms.ContainsKey(code);

    public bool ProvinceBelongsTo(string? provinceCode, string? regionCode)
        => provinceCode is not null && _provinces.TryGetValue(provinceCode, out var p) && p.Region.Code == regionCode;

    private static T Load<T>(string file)
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream("reference/" + file)
            ?? throw new InvalidOperationException($"Reference file {file} is not embedded.");
        return JsonSerializer.Deserialize<T>(stream, Json)!;
    }

    private sealed record RegionsFile(IReadOnlyList<Region> Regions);

    private sealed record SectorsFile(IReadOnlyList<Sector> Sectors);

    private sealed record LegalFormsFile(IReadOnlyList<LegalForm> LegalForms);
}
