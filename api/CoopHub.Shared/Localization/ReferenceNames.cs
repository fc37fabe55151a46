using CoopHub.Shared.Reference;

namespace CoopHub.Shared.Localization;

/// <summary>
/// Regions, provinces, sectors and legal forms as the reader knows them, for messages: the name in the reader's
/// language (then French, then Arabic), never the code, unless the code is unknown.
/// </summary>
public static class ReferenceNames
{
    private static readonly Lazy<ReferenceData> Reference = new(() => new ReferenceData());

    public static string Region(string? code) => Pick(Reference.Value.FindRegion(code) is { } r ? (r.NameAr, r.NameFr, r.NameEn) : null, code);

    public static string Province(string? code) => Pick(Reference.Value.FindProvince(code) is { } p ? (p.NameAr, p.NameFr, p.NameEn) : null, code);

    public static string Sector(string? code) => Pick(Reference.Value.FindSector(code) is { } s ? (s.NameAr, s.NameFr, s.NameEn) : null, code);

    public static string LegalForm(string? code)
        => Pick(Reference.Value.LegalForms.FirstOrDefault(l => l.Code == code) is { } l ? (l.NameAr, l.NameFr, l.NameEn) : null, code);

    /// <summary>Several regions, joined as the reader's language joins a list.</summary>
    public static string Regions(IEnumerable<string> codes) => ServerText.List(codes.Select(Region));

    /// <summary>A text given in Arabic, French and English, in the reader's language, else the first one given.</summary>
    public static string Pick(string? arabic, string? french, string? english = null)
    {
        var preferred = ServerText.Language switch
        {
            "ar" => new[] { arabic, french, english },
            "en" => [english, french, arabic],
            _ => [french, arabic, english],
        };
        return preferred.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? string.Empty;
    }

    private static string Pick((string Ar, string Fr, string En)? names, string? code)
        => names is { } n ? Pick(n.Ar, n.Fr, n.En) : code ?? string.Empty;
}
