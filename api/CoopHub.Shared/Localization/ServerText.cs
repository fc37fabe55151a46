using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoopHub.Shared.Localization;

/// <summary>
/// Every sentence the server writes for a person, in the reader's language (ADR 0020). A text is named by a stable
/// code (<c>cooperatives.members.women_over_total</c>); its first segment names the module whose catalogue holds it
/// (<c>&lt;Module&gt;/Localization/Messages.resx</c> with <c>.ar</c> and <c>.fr</c> siblings), and codes of no
/// module (<c>field.</c>, <c>problem.</c>, <c>reference.</c>…) live in Shared's catalogue. Lookups go through the
/// platform's <see cref="IStringLocalizer"/> in <see cref="CultureInfo.CurrentUICulture"/>, which the request
/// language middleware sets; placeholders are named (<c>{region}</c>) and filled with the reader's formats.
/// </summary>
public static class ServerText
{
    /// <summary>The languages the catalogues are written in; French is the default.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["ar", "fr", "en"];

    public const string DefaultLanguage = "fr";

    private static readonly IStringLocalizerFactory Factory =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    private static readonly ConcurrentDictionary<string, IStringLocalizer> Catalogues = new(StringComparer.Ordinal);

    private static readonly IStringLocalizer SharedCatalogue = Open(typeof(ServerText).Assembly);

    /// <summary>
    /// Registers a module's catalogue (<c>Localization/Messages.resx</c> in its assembly) for the codes that start with
    /// <paramref name="prefix"/> and a dot. A code of another prefix (a problem code such as <c>idea.not_found</c>) is
    /// looked for in every module's catalogue, then in Shared's.
    /// </summary>
    public static void AddCatalogue(string prefix, Assembly assembly) => Catalogues[prefix] = Open(assembly);

    /// <summary>The catalogue that holds <paramref name="code"/>: its module's, else Shared's.</summary>
    public static IStringLocalizer CatalogueOf(string code)
    {
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && Catalogues.TryGetValue(code[..dot], out var module) ? module : SharedCatalogue;
    }

    /// <summary>Whether a catalogue (the module's or Shared's) has the code.</summary>
    public static bool Has(string code) => !Find(code).ResourceNotFound;

    /// <summary>The text of <paramref name="code"/> in the reader's language, its placeholders filled.</summary>
    public static string Get(string code, params (string Name, object? Value)[] args)
    {
        var found = Find(code);
        // A missing code shows itself rather than an empty message; CatalogueTests fail on it before it ships.
        return args.Length == 0 ? found.Value : Fill(found.Value, args);
    }

    /// <summary>The culture numbers and dates are written in for the reader's language.</summary>
    public static CultureInfo FormatCulture => Language switch
    {
        "ar" => ArabicMorocco,
        "en" => EnglishFormats,
        _ => FrenchMorocco,
    };

    /// <summary>The reader's language: ar, fr or en.</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "ar" => "ar",
        "en" => "en",
        _ => DefaultLanguage,
    };

    /// <summary>A value as the reader writes it: whole numbers grouped, dates day/month/year.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        int or long or short => ((IFormattable)value).ToString("#,0", FormatCulture),
        decimal or double or float => ((IFormattable)value).ToString("#,0.##", FormatCulture),
        IFormattable f => f.ToString(null, FormatCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A list of names joined as the reader's language joins them ("a, b, c").</summary>
    public static string List(IEnumerable<string> items) => string.Join(Language == "ar" ? "، " : ", ", items);

    private static LocalizedString Find(string code)
    {
        var found = CatalogueOf(code)[code];
        if (!found.ResourceNotFound) return found;
        foreach (var catalogue in Catalogues.Values)
        {
            var other = catalogue[code];
            if (!other.ResourceNotFound) return other;
        }
        return SharedCatalogue[code];
    }

    private static string Fill(string template, (string Name, object? Value)[] args)
    {
        var text = new StringBuilder(template);
        foreach (var (name, value) in args) text.Replace("{" + name + "}", Format(value));
        return text.ToString();
    }

    private static IStringLocalizer Open(Assembly assembly)
        => Factory.Create("Localization.Messages", assembly.GetName().Name!);

    private static readonly CultureInfo ArabicMorocco = NumbersOf("ar-MA");
    private static readonly CultureInfo FrenchMorocco = NumbersOf("fr-MA");
    private static readonly CultureInfo EnglishFormats = NumbersOf("en-GB");

    /// <summary>A culture whose digits are the ones Moroccan readers use (0-9) and whose grouping is stable.</summary>
    private static CultureInfo NumbersOf(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        culture.NumberFormat.NumberGroupSeparator = name.StartsWith("en", StringComparison.Ordinal) ? "," : "\u202F";
        culture.NumberFormat.NumberDecimalSeparator = name.StartsWith("en", StringComparison.Ordinal) ? "." : ",";
        return CultureInfo.ReadOnly(culture);
    }
}
