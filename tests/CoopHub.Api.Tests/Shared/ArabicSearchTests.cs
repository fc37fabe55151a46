using System.Net;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;
using CoopHub.Events;
using CoopHub.Networks;
using CoopHub.Programs;
using CoopHub.ProjectBank;

namespace CoopHub.Api.Tests.Shared;

/// <summary>
/// Issue 17: every module that searches finds Arabic words however they are written (ADR 0021). The same names are
/// stored in each module, then each search of the table must list exactly the expected records.
/// </summary>
public sealed class ArabicSearchTests(Engine engine) : ApiTest(engine)
{
    /// <summary>The names stored, by letter; A–E and G–H in Arabic, F in French.</summary>
    private static readonly (string Key, string Name)[] Names =
    [
        ("A", "تعاونية آسفي للخزف"),                 // proclitic + article: للخزف; hamza: آسفي
        ("B", "جمعية للسياحة البيئية"),              // للسياحة, taa marbuta, ئ
        ("C", "مجموعة الصيد التقليدي"),              // the article, suffix ي
        ("D", "وحدة التجفيف الشمسي لتثمين التين"),   // a one-letter proclitic: لتثمين
        ("E", "شبكة بالرباط للتعاونيات"),            // بال + noun, plural ات
        ("F", "Réseau Écotourisme Tafraout"),        // Latin accents and case
        ("G", "مُنْتِجو الزيتون والأَرْكان"),           // harakat, وال
        ("H", "الصيـــدلية المركزية"),                 // tatweel; صيدلية is not صيد
    ];

    /// <summary>Search → the records it must list (and no other).</summary>
    private static readonly (string Query, string[] Expected)[] Table =
    [
        ("الخزف", ["A"]),              // the article in the query, لل in the name
        ("خزف", ["A"]),                // neither
        ("اسفي", ["A"]),               // no hamza in the query
        ("أسفي", ["A"]),               // another hamza form
        ("السياحة البيئية", ["B"]),    // the search: article against لل, ة against ه, ئ against ي
        ("سياحة", ["B"]),
        ("سياحي", ["B"]),              // the adjective's suffix
        ("الصيد التقليدي", ["C"]),     // the search
        ("صيد", ["C"]),                // tokens, not substrings: not "الصيدلية"
        ("التجفيف الشمسي", ["D"]),     // the search
        ("شمسية", ["D"]),              // ية against ي
        ("تثمين", ["D"]),              // the proclitic ل in the name only
        ("الرباط", ["E"]),             // بال in the name
        ("تعاونيات", ["A", "E"]),      // plural against singular (تعاونية) and against للتعاونيات
        ("ÉCOTOURISME", ["F"]),
        ("ecotourisme tafr", ["F"]),   // accents; a Latin word's beginning
        ("منتجو", ["G"]),              // harakat in the name
        ("الأركان", ["G"]),            // وال and the hamza in the name
        ("اركان", ["G"]),
        ("زيتون", ["G"]),
        ("صيدلية", ["H"]),             // tatweel in the name
        ("الصيد الشمسي", []),          // every word is required
    ];

    private Dictionary<string, string> _ids = [];

    [Test]
    public async Task Given_the_names_in_the_registry_Then_each_search_lists_exactly_the_expected_cooperatives()
    {
        var i = 0;
        await StoreAsync(CooperativesRoutes.Base, name => CooperativeBodies.Valid(registrationNumber: $"AS-{++i}", sector: "services",
            nameAr: IsLatin(name) ? "نجمة" : name, nameFr: IsLatin(name) ? name : null));
        // Every cooperative is a تعاونية: the word is a stop word of the registry and narrows nothing (ADR 0005).
        await AssertTableAsync(CooperativesRoutes.Base, ("تعاونيات", Names.Select(n => n.Key).ToArray()));
    }

    [Test]
    public async Task Given_the_names_as_organisations_Then_each_search_lists_exactly_the_expected_ones()
    {
        await StoreAsync(NetworksRoutes.Organisations, name => new JsonObject { ["kind"] = "association", [IsLatin(name) ? "nameFr" : "nameAr"] = name });
        await AssertTableAsync(NetworksRoutes.Organisations);
    }

    [Test]
    public async Task Given_the_names_as_networks_Then_each_search_lists_exactly_the_expected_ones()
    {
        await StoreAsync(NetworksRoutes.Networks, name => new JsonObject { ["kind"] = "network", ["scope"] = "national", [IsLatin(name) ? "nameFr" : "nameAr"] = name });
        await AssertTableAsync(NetworksRoutes.Networks);
    }

    [Test]
    public async Task Given_the_names_as_idea_titles_Then_each_search_lists_exactly_the_expected_ideas()
    {
        await StoreAsync(ProjectBankRoutes.Ideas, name => new JsonObject
        {
            [IsLatin(name) ? "titleFr" : "titleAr"] = name,
            ["problem"] = "Les artisanes travaillent isolées.",
            ["solution"] = "Un atelier équipé et une marque collective.",
            ["sectors"] = new JsonArray("handicraft"),
            ["regions"] = new JsonArray("MA-02"),
        });
        await AssertTableAsync(ProjectBankRoutes.Ideas);
    }

    [Test]
    public async Task Given_the_names_as_event_titles_Then_each_search_lists_exactly_the_expected_events()
    {
        var starts = DateTime.UtcNow.AddDays(10).AddHours(1);
        await StoreAsync(EventsRoutes.Base, name => new JsonObject
        {
            ["kind"] = "workshop",
            [IsLatin(name) ? "titleFr" : "titleAr"] = name,
            ["startsAt"] = starts.ToString("yyyy-MM-dd'T'HH:mm:ss"),
            ["endsAt"] = starts.AddHours(3).ToString("yyyy-MM-dd'T'HH:mm:ss"),
            ["venue"] = new JsonObject { ["address"] = "Bayt Al Karama, Oujda" },
            ["regionCode"] = "MA-02",
            ["status"] = "published",
        });
        await AssertTableAsync(EventsRoutes.Base);
    }

    [Test]
    public async Task Given_the_names_as_programs_Then_each_search_lists_exactly_the_expected_programs()
    {
        var i = 0;
        await StoreAsync(ProgramsRoutes.Programs, name => new JsonObject
        {
            ["code"] = $"AS-{++i}",
            [IsLatin(name) ? "nameFr" : "nameAr"] = name,
            ["regions"] = new JsonArray("MA-02"),
            ["sectors"] = new JsonArray("handicraft"),
        });
        await AssertTableAsync(ProgramsRoutes.Programs);
    }

    private static bool IsLatin(string name) => name.Any(char.IsAsciiLetter);

    private async Task StoreAsync(string url, Func<string, JsonObject> body)
    {
        _ids = [];
        foreach (var (key, name) in Names)
        {
            var response = await PostJsonAsync(url, body(name));
            var created = await BodyAsync(response);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), $"{key}: {created.ToJsonString()}");
            _ids[(string)created["id"]!] = key;
        }
    }

    private async Task AssertTableAsync(string url, params (string Query, string[] Expected)[] overrides)
    {
        var failures = new List<string>();
        foreach (var (query, tableExpected) in Table)
        {
            var expected = overrides.FirstOrDefault(o => o.Query == query).Expected ?? tableExpected;
            var response = await Client.GetAsync($"{url}?pageSize=100&q={Uri.EscapeDataString(query)}");
            var body = await BodyAsync(response);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
            var found = body["items"]!.AsArray().Select(item => _ids.GetValueOrDefault((string)item!["id"]!, "?")).Order().ToArray();
            if (!found.SequenceEqual(expected.Order()))
            {
                failures.Add($"\"{query}\": expected [{string.Join(", ", expected)}], found [{string.Join(", ", found)}]");
            }
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }
}
