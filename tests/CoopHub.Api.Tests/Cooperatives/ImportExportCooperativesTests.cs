using System.Net;
using System.Text;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;

namespace CoopHub.Api.Tests.Cooperatives;

public sealed class ImportExportCooperativesTests(Engine engine) : CooperativeTest(engine)
{
    private const string Header = "registrationNumber,nameAr,nameFr,sectors,regionCode,provinceCode,membersTotal,membersWomen,membersYouth,womenLed,foundedOn,needs,status";

    private Task<HttpResponseMessage> ImportAsync(string csv, bool dryRun = false, string mediaType = "text/csv", Encoding? encoding = null)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(csv);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return Client.PostAsync($"{CooperativesRoutes.Base}/import?dryRun={(dryRun ? "true" : "false")}", content);
    }

    private async Task<int> TotalAsync() => (int)(await BodyAsync(await Client.GetAsync(CooperativesRoutes.Base)))["total"]!;

    [Test]
    public async Task Given_a_clean_file_Then_200_and_every_row_is_registered()
    {
        var csv = $"""
            {Header}
            I-1,تعاونية الأمل,Coopérative Al Amal,argan,MA-07,MA-ESI,30,28,6,true,2012-04-01,marketing|digital,active
            I-2,تعاونية البحر,"Coopérative de pêche, Al Hoceïma",traditional_fishing|solidarity_trade,MA-01,MA-HOC,18,2,9,false,,,dormant
            """;

        var response = await ImportAsync(csv);

        var body = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That((int?)body["imported"], Is.EqualTo(2));
            Assert.That((int?)body["rejected"], Is.EqualTo(0));
            Assert.That(body["errors"]!.AsArray(), Is.Empty);
        });
        var second = await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}?q=I-2"));
        var item = second["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)item["nameFr"], Is.EqualTo("Coopérative de pêche, Al Hoceïma"));
            Assert.That((string?)item["status"], Is.EqualTo("dormant"));
            Assert.That(item["sectors"]!.AsArray().Select(s => (string?)s), Is.EqualTo(new[] { "traditional_fishing", "solidarity_trade" }));
        });
    }

    [Test]
    public async Task Given_one_invalid_row_among_valid_ones_Then_422_lists_row_and_field_and_nothing_is_written()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "EXISTING"));
        var csv = $"""
            {Header}
            I-1,تعاونية الأمل,,argan,MA-07,MA-ESI,30,28,6,true,2012-04-01,,
            I-2,تعاونية,,argan,MA-07,MA-OUJ,30,40,6,true,2012-04-01,,
            I-3,تعاونية,,argan,MA-07,MA-ESI,trente,0,0,true,01/04/2012,,
            I-1,تعاونية,,argan,MA-07,MA-ESI,3,0,0,true,,,
            EXISTING,تعاونية,,argan,MA-07,MA-ESI,3,0,0,true,,teleport,
            """;

        var response = await ImportAsync(csv);

        var problem = await ProblemAsync(response, 422);
        var errors = problem["errors"]!.AsArray().Select(e => ((int)e!["row"]!, (string)e["field"]!)).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That((int?)problem["imported"], Is.EqualTo(0));
            Assert.That((int?)problem["rejected"], Is.EqualTo(4));
            Assert.That(errors, Does.Contain((3, "provinceCode")));
            Assert.That(errors, Does.Contain((3, "membersWomen")));
            Assert.That(errors, Does.Contain((4, "membersTotal")));
            Assert.That(errors, Does.Contain((4, "foundedOn")));
            Assert.That(errors, Does.Contain((5, "registrationNumber")));
            Assert.That(errors, Does.Contain((6, "registrationNumber")));
            Assert.That(errors, Does.Contain((6, "needs")));
            Assert.That(errors.Select(e => e.Item1), Has.None.EqualTo(2));
            Assert.That(await TotalAsync(), Is.EqualTo(1), "all or nothing: the valid row was not written either");
        });
    }

    [Test]
    public async Task Given_registered_and_imported_cooperatives_Then_each_is_in_the_search_index_once()
    {
        if (Engine != Engine.Sqlite) Assert.Ignore("The trigram index exists on SQLite only.");
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "FTS-1", nameFr: "Zaafrane"));
        var import = await ImportAsync($"{Header}\nFTS-2,تعاونية زعفران,,argan,MA-07,MA-ESI,3,1,1,false,,,\nFTS-3,تعاونية,Zaafrane bis,argan,MA-07,MA-ESI,3,1,1,false,,,\n");
        Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM coop_cooperatives_fts WHERE coop_cooperatives_fts MATCH '\"zaafrane\"'), (SELECT COUNT(*) FROM coop_cooperatives)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(reader.GetInt64(0), Is.EqualTo(2));
            Assert.That(reader.GetInt64(1), Is.EqualTo(3));
            Assert.That((int?)(await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}?q=zaafrane")))["total"], Is.EqualTo(2));
            Assert.That((int?)(await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}?q={Uri.EscapeDataString("زعفران")}")))["total"], Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_dry_run_of_a_clean_file_Then_200_with_the_count_and_nothing_written()
    {
        var csv = $"{Header}\nD-1,تعاونية,,argan,MA-07,MA-ESI,3,1,1,false,,,\n";

        var response = await ImportAsync(csv, dryRun: true);

        var body = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(async () =>
        {
            Assert.That((int?)body["imported"], Is.EqualTo(1));
            Assert.That((bool?)body["dryRun"], Is.True);
            Assert.That(await TotalAsync(), Is.EqualTo(0));
        });
    }

    [Test]
    public async Task Given_a_dry_run_of_a_bad_file_Then_422_with_the_errors()
    {
        var problem = await ProblemAsync(await ImportAsync($"{Header}\nD-1,,,argan,MA-07,MA-ESI,3,1,1,false,,,\n", dryRun: true), 422);

        Assert.That(problem["errors"]!.AsArray().Select(e => (string?)e!["field"]), Does.Contain("nameAr"));
    }

    [Test]
    public async Task Given_semicolons_and_a_byte_order_mark_Then_the_file_is_read()
    {
        var csv = "\uFEFFregistrationNumber;nameAr;sectors;regionCode;provinceCode;membersTotal\r\nB-1;تعاونية الوفاء;handicraft;MA-02;MA-BER;12\r\n";

        var response = await ImportAsync(csv, encoding: new UTF8Encoding(false));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var item = (await BodyAsync(await Client.GetAsync(CooperativesRoutes.Base)))["items"]![0]!;
        Assert.That((string?)item["registrationNumber"], Is.EqualTo("B-1"));
    }

    [TestCase("", "header")]
    [TestCase("registrationNumber,nameAr,colour\n", "colour")]
    [TestCase("registrationNumber,nameAr\nX,تعاونية\n", "regionCode")]
    [TestCase(Header + "\n", "file")]
    public async Task Given_a_file_without_usable_rows_Then_422_says_why(string csv, string field)
    {
        var problem = await ProblemAsync(await ImportAsync(csv), 422);

        Assert.That(problem["errors"]!.AsArray().Select(e => (string?)e!["field"]), Does.Contain(field));
    }

    [Test]
    public async Task Given_json_instead_of_csv_Then_415()
    {
        await ProblemAsync(await ImportAsync("{}", mediaType: "application/json"), 415);
    }

    [Test]
    public async Task Given_a_file_that_is_not_utf8_Then_400_says_how_to_save_it()
    {
        var latin1 = Encoding.Latin1.GetBytes($"{Header}\nL-1,x,Coopérative,argan,MA-07,MA-ESI,3,1,1,false,,,\n");
        var content = new ByteArrayContent(latin1);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");

        var problem = await ProblemAsync(await Client.PostAsync($"{CooperativesRoutes.Base}/import", content), 400);

        Assert.That((string?)problem["detail"], Does.Contain("UTF-8"));
    }

    [Test]
    public async Task Given_an_export_Then_it_has_a_bom_the_import_columns_and_round_trips_into_an_empty_registry()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "R-1"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "R-2", nameAr: "تعاونية \"الساحل\", الحسيمة", nameFr: null, region: "MA-01", province: "MA-HOC", sector: "traditional_fishing"));

        var export = await Client.GetAsync($"{CooperativesRoutes.Base}/export");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(export.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(text.TrimStart('\uFEFF').Split('\n')[0].Trim(), Is.EqualTo(string.Join(',', CoopHub.Cooperatives.Model.CooperativeCsv.Columns)));
        });

        var filtered = await (await Client.GetAsync($"{CooperativesRoutes.Base}/export?region=MA-01")).Content.ReadAsStringAsync();
        Assert.That(filtered.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(2), "header and the one MA-01 row");

        // Round trip: import the export into a fresh registry and export again.
        await using var other = new CoopHubApp(Engine.Sqlite, await TestDatabases.NewSqliteAsync());
        using var otherClient = other.CreateAdminClient();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        var imported = await otherClient.PostAsync($"{CooperativesRoutes.Base}/import", content);
        Assert.That(imported.StatusCode, Is.EqualTo(HttpStatusCode.OK), await imported.Content.ReadAsStringAsync());
        var again = await (await otherClient.GetAsync($"{CooperativesRoutes.Base}/export")).Content.ReadAsByteArrayAsync();
        Assert.That(Encoding.UTF8.GetString(again), Is.EqualTo(text));
    }

    [Test]
    public async Task Given_a_csv_over_fifty_megabytes_Then_413()
    {
        var content = new ByteArrayContent(new byte[(50 * 1024 * 1024) + 10]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");

        await ProblemAsync(await Client.PostAsync($"{CooperativesRoutes.Base}/import", content), 413);
    }
}
