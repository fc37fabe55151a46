using System.Text.RegularExpressions;
using System.Xml.Linq;
using CoopHub.Api.Tests.Infrastructure;

namespace CoopHub.Api.Tests.Localization;

/// <summary>
/// The server's catalogues (ADR 0020): every text in Arabic, French and English with the same placeholders, and every
/// code the source names is in a catalogue. Read from the files, like a translator would.
/// </summary>
public sealed partial class CatalogueTests
{
    private static IEnumerable<string> CatalogueFolders()
    {
        yield return RepoPaths.Combine("api", "CoopHub.Shared", "Localization");
        foreach (var module in Directory.GetDirectories(RepoPaths.Combine("api", "Modules")).Order(StringComparer.Ordinal))
        {
            yield return Path.Combine(module, "Localization");
        }
    }

    private static Dictionary<string, string> Read(string path)
        => File.Exists(path)
            ? XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "")
            : [];

    private static string[] Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void Every_module_has_a_catalogue_in_the_three_languages_with_the_same_codes_and_placeholders()
    {
        var problems = new List<string>();
        foreach (var folder in CatalogueFolders())
        {
            var module = Path.GetFileName(Path.GetDirectoryName(folder))!;
            var english = Read(Path.Combine(folder, "Messages.resx"));
            if (english.Count == 0) problems.Add($"{folder}: no Messages.resx");
            foreach (var (code, text) in english.Where(e => string.IsNullOrWhiteSpace(e.Value))) problems.Add($"{module} en: {code} is empty");
            foreach (var language in new[] { "ar", "fr" })
            {
                var translated = Read(Path.Combine(folder, $"Messages.{language}.resx"));
                foreach (var code in english.Keys.Except(translated.Keys)) problems.Add($"{module} {language}: {code} is missing");
                foreach (var code in translated.Keys.Except(english.Keys)) problems.Add($"{module} {language}: {code} is not in the English catalogue");
                foreach (var (code, text) in translated.Where(t => english.ContainsKey(t.Key)))
                {
                    if (string.IsNullOrWhiteSpace(text)) problems.Add($"{module} {language}: {code} is empty");
                    else if (!Placeholders(text).SequenceEqual(Placeholders(english[code])))
                        problems.Add($"{module} {language}: {code} has {string.Join(" ", Placeholders(text))}, English has {string.Join(" ", Placeholders(english[code]))}");
                    else if (language == "ar" && !ArabicLetter().IsMatch(text)) problems.Add($"{module} ar: {code} has no Arabic word: {text}");
                    else if (language == "fr" && text == english[code] && text.Any(char.IsLetter)) problems.Add($"{module} fr: {code} is the English text");
                }
            }
        }
        Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems));
    }

    [Test]
    public void Every_code_the_source_names_is_in_a_catalogue()
    {
        var known = CatalogueFolders().SelectMany(f => Read(Path.Combine(f, "Messages.resx")).Keys).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var file in SourceFiles())
        {
            foreach (Match m in TextCode().Matches(File.ReadAllText(file)))
            {
                var code = m.Groups["code"].Value;
                if (!known.Contains(code)) missing.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: {code}");
            }
        }
        Assert.That(missing, Is.Empty, string.Join(Environment.NewLine, missing));
    }

    [Test]
    public void No_sentence_a_person_reads_is_written_in_the_code()
    {
        var found = new List<string>();
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(RepoPaths.Root, file);
            if (!name.EndsWith("ValidationText.cs", StringComparison.Ordinal))
            {
                foreach (Match m in FluentMessage().Matches(text)) found.Add($"{name}: {m.Value}");
            }
            foreach (Match m in ErrorWithSentence().Matches(text)) found.Add($"{name}: {m.Value}");
        }
        Assert.That(found, Is.Empty, "texts go through the catalogues (WithText, Error.*, AccessDenied.*):" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    private static IEnumerable<string> SourceFiles()
        => Directory.EnumerateFiles(RepoPaths.Combine("api"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>FluentValidation's own message setter: a rule's text is set with WithText instead.</summary>
    [GeneratedRegex(@"\.WithMessage\(")]
    private static partial Regex FluentMessage();

    /// <summary>An error built with an English sentence (a capital, then a lower-case word) instead of a catalogue code.</summary>
    [GeneratedRegex(@"new Error\(ErrorKind\.\w+,\s*""[^""]*"",\s*\$?""[A-Z][a-z]+ [a-z]")]
    private static partial Regex ErrorWithSentence();

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\u0621-\u064A]{2,}")]
    private static partial Regex ArabicLetter();

    /// <summary>A code given to the catalogue's entry points: WithText, ServerText.Get, Error.*, AccessDenied.*.</summary>
    [GeneratedRegex(@"(?:WithText\(|ServerText\.Get\(|Error\.(?:NotFound|Conflict|Unprocessable|Forbidden)\(|Error\.(?:Of|Invalid)\([^,()]+(?:\([^()]*\))?,\s*|AccessDenied\.(?:Forbidden\(|For\([^,]+,\s*))""(?<code>[a-z_]+(?:\.[a-z0-9_]+)+)""")]
    private static partial Regex TextCode();
}
