using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CoopHub.Api.Tests.Infrastructure;

namespace CoopHub.Api.Tests.Programs;

/// <summary>
/// The codes Programs builds rather than names literally (a status word, the action a refusal names, what the system
/// writes into history) are in its catalogue: CatalogueTests only sees the literal ones.
/// </summary>
public sealed partial class ProgramCatalogueTests
{
    private static readonly string Module = RepoPaths.Combine("api", "Modules", "Programs");

    private static HashSet<string> Codes() => XDocument.Load(Path.Combine(Module, "Localization", "Messages.resx")).Root!.Elements("data")
        .Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Sources() => Directory.EnumerateFiles(Module, "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Select(File.ReadAllText);

    [Test]
    public void Every_application_status_has_its_word_for_the_messages_that_name_it()
    {
        var statuses = Enum.GetNames<CoopHub.Programs.Model.ApplicationStatus>().Select(JsonNamingPolicy.CamelCase.ConvertName);
        Assert.That(statuses.Select(s => $"programs.status.{s}").Except(Codes()), Is.Empty);
    }

    [Test]
    public void Every_action_a_refusal_names_and_every_code_the_system_writes_into_history_is_in_the_catalogue()
    {
        var codes = Codes();
        var named = Sources().SelectMany(source => ActionArgument().Matches(source).Select(m => "programs.action." + m.Groups["action"].Value)
            .Concat(StoredCode().Matches(source).Select(m => m.Groups["code"].Value))).Distinct().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(named, Has.Some.StartWith("programs.action.").And.Some.StartWith("programs.history.").And.Some.StartWith("programs.eligibility."),
                "the scan finds what it looks for");
            Assert.That(named.Except(codes), Is.Empty);
        });
    }

    /// <summary>The action given to ProgramAccess.Staff/Manage/Forbid, ApplicationAccess.ForApplicant or ProgramText.Action.</summary>
    [GeneratedRegex(@"(?:ProgramAccess\.(?:Staff|Manage|Forbid)|ApplicationAccess\.ForApplicant|ProgramText\.Action)\([^;]*?""(?<action>[a-z_]+)""\)")]
    private static partial Regex ActionArgument();

    /// <summary>A code stored for rendering later: StoredReason.Of, StoredFailure.Of (after the rule), HistoryActor.</summary>
    [GeneratedRegex(@"(?:StoredReason\.Of\(|StoredFailure\.Of\(""[A-Za-z]+"",\s*|new\(""programs\.actor\.[a-z_]+"",\s*)""(?<code>programs\.[a-z_.]+)""")]
    private static partial Regex StoredCode();
}
