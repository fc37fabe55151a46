using System.Data.Common;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using Dapper;

namespace CoopHub.Api.Tests.Shared;

/// <summary>
/// The text rule in use (ADR 0015): what it refuses and how it says so, what it keeps (Arabic joiners, direction marks,
/// emoji, line breaks where a field is multi-line), and exports that stored text from before the rule cannot break.
/// </summary>
public sealed class UnsafeTextTests(Engine engine) : ProgramTest(engine)
{
    private static string Local(DateTime utc) => utc.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss");

    /// <summary>Text written straight into a table, as data stored before the rule existed.</summary>
    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using DbConnection connection = Engine == Engine.SqlServer
            ? new Microsoft.Data.SqlClient.SqlConnection(ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    private static JsonObject Idea(string title, string problem) => new()
    {
        ["titleFr"] = title, ["problem"] = problem, ["solution"] = "Solution", ["sectors"] = new JsonArray("handicraft"),
    };

    [Test]
    public async Task Given_a_bidi_override_in_a_name_Then_400_names_the_field_with_the_character_and_a_stable_code()
    {
        var response = await PostJsonAsync("/api/v1/ideas", Idea("Facture\u202Efdp.exe", "Problème"));
        var problem = await ProblemAsync(response, 400);
        Assert.Multiple(() =>
        {
            Assert.That(FieldsIn(problem), Is.EqualTo(new[] { "titleFr" }));
            Assert.That((string?)problem["errors"]!["titleFr"]![0], Does.Contain("U+202E").And.Contain("position 8").And.Not.Contain("titleFr"),
                "the message sits under the field and names the character, not the JSON name");
            Assert.That((string?)problem["code"], Is.EqualTo("text.forbidden_character"), "every failure names this code, so the problem carries it (as webhook.target_refused does)");
            Assert.That((string?)problem["fieldCodes"]?["titleFr"]?[0], Is.EqualTo("text.forbidden_character"));
        });
    }

    [Test]
    public async Task Given_each_forbidden_character_in_a_name_Then_400_and_each_allowed_one_Then_201()
    {
        int[] forbidden =
        [
            0x0000, 0x0009, 0x000A, 0x000D, 0x001B, 0x007F, 0x0085, 0x009F, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF,
            0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
        ];
        int[] allowed = [0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x1F33F, 0x00A0, 0x2D5C];
        var wrong = new List<string>();
        foreach (var (character, expected) in forbidden.Select(c => (c, 400)).Concat(allowed.Select(c => (c, 201))))
        {
            var text = char.ConvertFromUtf32(character);
            var response = await PostJsonAsync("/api/v1/ideas", Idea("Idée " + text + " fin", "Problème"));
            if ((int)response.StatusCode != expected) wrong.Add($"U+{character:X4}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public async Task Given_a_line_break_Then_a_single_line_name_refuses_it_and_a_multi_line_text_keeps_it()
    {
        var name = await PostJsonAsync("/api/v1/ideas", Idea("Ligne\nsuivante", "Problème"));
        var text = await PostJsonAsync("/api/v1/ideas", Idea("Atelier", "Ligne 1\r\nLigne 2\n\tretrait"));
        Assert.Multiple(async () =>
        {
            Assert.That(FieldsIn(await ProblemAsync(name, 400)), Is.EqualTo(new[] { "titleFr" }));
            Assert.That(text.StatusCode, Is.EqualTo(HttpStatusCode.Created), await text.Content.ReadAsStringAsync());
            Assert.That((string?)(await BodyAsync(text))["problem"], Is.EqualTo("Ligne 1\r\nLigne 2\n\tretrait"));
        });
    }

    [Test]
    public async Task Given_arabic_with_joiners_direction_marks_and_emoji_Then_the_text_is_kept_as_sent()
    {
        // ZWNJ (U+200C) and ZWJ (U+200D) shape Arabic and Persian words; RLM/LRM (U+200F/U+200E) place punctuation.
        const string title = "تعاونية\u200C الأمل\u200D \u200Fأركان\u200E (2025) ⵜⴰⵎⵓⵏⵜ 🌿";
        var response = await PostJsonAsync("/api/v1/ideas", Idea(title, "Problème 👩‍🌾"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        Assert.That((string?)JsonNode.Parse(body)!["titleFr"], Is.EqualTo(title));
    }

    [Test]
    public async Task Given_a_lone_surrogate_escaped_in_json_Then_400_not_500()
    {
        var response = await Client.PostAsync("/api/v1/ideas", new StringContent(
            """{"titleFr":"Idée \ud800","problem":"P","solution":"S","sectors":["handicraft"]}""", Encoding.UTF8, "application/json"));
        var problem = await ProblemAsync(response, 400);
        Assert.That(FieldsIn(problem), Is.EqualTo(new[] { "titleFr" }));
    }

    [Test]
    public async Task Given_an_import_row_with_a_control_character_Then_the_row_is_refused_and_nothing_is_stored()
    {
        var csv = "registrationNumber,nameFr,sectors,regionCode,provinceCode,membersTotal\r\n"
            + "TXT-1,Coopérative saine,handicraft,MA-02,MA-OUJ,9\r\n"
            + "TXT-2,\"Coop\u0001érative\",handicraft,MA-02,MA-OUJ,9\r\n"
            + "TXT-3,\"Coop\u202Eérative\",handicraft,MA-02,MA-OUJ,9\r\n";
        var response = await Client.PostAsync("/api/v1/cooperatives/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var problem = await ProblemAsync(response, 422);
        var errors = problem["errors"]!.AsArray().Select(e => ((int)e!["row"]!, (string)e["field"]!)).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(errors, Is.EquivalentTo(new[] { (3, "nameFr"), (4, "nameFr") }));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM coop_cooperatives"), Is.Zero);
        });
    }

    [Test]
    public async Task Given_stored_names_with_characters_xml_forbids_Then_the_iati_export_answers_valid_xml_without_them()
    {
        var program = await CreatedIdAsync("/api/v1/programs", ProgramBody("BROKEN"));
        await ExecuteAsync("UPDATE prog_programs SET name_fr = @Name, name_ar = @Name, goals = @Goals, indicators = @Indicators WHERE id = @Id", new
        {
            Id = Guid.Parse(program),
            Name = "Programme\u0001 \uFFFFcassé",
            Goals = JsonSerializer.Serialize(new[] { "But\u0002 un" }),
            Indicators = JsonSerializer.Serialize(new[] { new { code = "jobs_created", nameFr = "Emplois\u001F créés", target = 10 } }),
        });

        var response = await Anonymous.GetAsync($"/api/v1/programs/{program}/iati.xml");
        var xml = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), xml);
        var document = XDocument.Parse(xml);
        var narratives = document.Descendants("narrative").Select(n => n.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(narratives, Does.Contain("Programme cassé"));
            Assert.That(narratives, Does.Contain("But un"));
            Assert.That(narratives, Does.Contain("Emplois créés"));
        });
    }

    [Test]
    public async Task Given_stored_text_with_control_characters_Then_every_json_csv_and_calendar_export_answers_200()
    {
        var program = await CreatedIdAsync("/api/v1/programs", ProgramBody("CTRL"));
        await ExecuteAsync("UPDATE prog_programs SET name_fr = @Name WHERE id = @Id", new { Id = Guid.Parse(program), Name = "Programme\u0001\uFFFF" });
        var (coop, _) = await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "CTRL-1"));
        await ExecuteAsync("UPDATE coop_cooperatives SET name_fr = @Name WHERE id = @Id", new { Id = Guid.Parse(coop), Name = "Coop\u0001\uFFFF" });
        var eventId = await CreatedIdAsync("/api/v1/events", new JsonObject
        {
            ["kind"] = "workshop", ["titleFr"] = "Atelier", ["regionCode"] = "MA-02", ["status"] = "published",
            ["startsAt"] = Local(DateTime.UtcNow.AddDays(5)), ["endsAt"] = Local(DateTime.UtcNow.AddDays(5).AddHours(3)),
        });
        await ExecuteAsync("UPDATE evt_events SET title_fr = @Title, description_fr = @Title WHERE id = @Id", new { Id = Guid.Parse(eventId), Title = "Atelier\u0001\u0007 de\r\nBELL" });

        var urls = new[]
        {
            $"/api/v1/programs/{program}/360giving.json", $"/api/v1/programs/{program}", $"/api/v1/programs/{program}/report.csv",
            "/api/v1/open-data/cooperatives.json", "/api/v1/open-data/cooperatives.csv", "/api/v1/cooperatives/export", $"/api/v1/cooperatives/{coop}",
            $"/api/v1/events/{eventId}.ics", "/api/v1/events.ics",
        };
        var statuses = new List<string>();
        foreach (var url in urls)
        {
            var response = await Client.GetAsync(url);
            statuses.Add($"{url} {(int)response.StatusCode}");
        }
        var calendar = await Client.GetStringAsync($"/api/v1/events/{eventId}.ics");
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(urls.Select(u => $"{u} 200")));
            Assert.That(calendar, Does.Contain("SUMMARY;LANGUAGE=fr:Atelier de\\nBELL"), "control characters are dropped, the line break escaped");
            Assert.That(calendar.Any(c => char.IsControl(c) && c is not '\r' and not '\n'), Is.False);
        });
    }
}
