using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;
using System.Text.Json.Nodes;

namespace CoopHub.Api.Tests.Cooperatives;

public sealed class DemoDataTests
{
    [Test]
    public async Task Given_an_empty_database_and_demo_data_enabled_Then_every_region_has_cooperatives_and_a_restart_adds_none()
    {
        var connectionString = await TestDatabases.NewSqliteAsync();
        JsonNode first;
        await using (var app = new CoopHubApp(Engine.Sqlite, connectionString, demoData: true))
        {
            first = JsonNode.Parse(await app.CreateClient().GetStringAsync($"{CooperativesRoutes.Base}/statistics?groupBy=region"))!;
        }
        await using var restarted = new CoopHubApp(Engine.Sqlite, connectionString, demoData: true);
        using var client = restarted.CreateClient();
        var again = JsonNode.Parse(await client.GetStringAsync($"{CooperativesRoutes.Base}/statistics?groupBy=region"))!;
        var women = JsonNode.Parse(await client.GetStringAsync($"{CooperativesRoutes.Base}?womenLed=true&pageSize=1"))!;
        var arabic = JsonNode.Parse(await client.GetStringAsync($"{CooperativesRoutes.Base}?q={Uri.EscapeDataString("الأركان")}&pageSize=1"))!;

        Assert.Multiple(() =>
        {
            Assert.That((int?)first["totals"]!["cooperatives"], Is.GreaterThanOrEqualTo(300));
            Assert.That(first["rows"]!.AsArray().Select(r => (int)r!["cooperatives"]!), Has.All.GreaterThan(0), "all 12 regions");
            Assert.That((int?)again["totals"]!["cooperatives"], Is.EqualTo((int?)first["totals"]!["cooperatives"]));
            Assert.That((int?)women["total"], Is.GreaterThan(0));
            Assert.That((int?)arabic["total"], Is.GreaterThan(0));
        });
        TestDatabases.DeleteSqlite(connectionString);
    }

    /// <summary>
    /// A search with more matches than the list sorts at once takes another path on SQLite (the first-ranked rows from the
    /// key indexes, the rest from a walk of the name index): pages must still hold every match once, in the order of the rank.
    /// </summary>
    [Test]
    public async Task Given_a_search_with_hundreds_of_matches_Then_the_pages_rank_the_exact_registration_number_first_then_follow_the_name_order()
    {
        var connectionString = await TestDatabases.NewSqliteAsync();
        await using var app = new CoopHubApp(Engine.Sqlite, connectionString, demoData: true);
        using var admin = app.CreateAdminClient();
        var created = await admin.PostAsync(CooperativesRoutes.Base, new StringContent(
            CooperativeBodies.Valid(registrationNumber: "000", nameAr: "ياسمين", nameFr: "Zzz dernière par le nom").ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.That((int)created.StatusCode, Is.EqualTo(201));

        // Every demo registration number holds a run of zeros ("02-2011-000123"): "000" matches the whole registry.
        async Task<(List<string> Numbers, int Total)> PagesAsync(string sort)
        {
            var numbers = new List<string>();
            var total = 0;
            for (var page = 1; page <= 5; page++)
            {
                var body = JsonNode.Parse(await admin.GetStringAsync($"{CooperativesRoutes.Base}?q=000&pageSize=100&page={page}{sort}"))!;
                total = (int)body["total"]!;
                numbers.AddRange(body["items"]!.AsArray().Select(i => (string)i!["registrationNumber"]!));
            }
            return (numbers, total);
        }
        var (relevance, total) = await PagesAsync("");
        var (byName, _) = await PagesAsync("&sort=name");

        Assert.Multiple(() =>
        {
            Assert.That(total, Is.GreaterThan(300));
            Assert.That(relevance, Has.Count.EqualTo(total).And.Unique);
            Assert.That(relevance[0], Is.EqualTo("000"), "the exact registration number first");
            Assert.That(byName[^1], Is.EqualTo("000"), "although its name sorts last");
            Assert.That(relevance.Skip(1), Is.EqualTo(byName.SkipLast(1)), "then every other match in name order, across pages");
        });
    }
}
