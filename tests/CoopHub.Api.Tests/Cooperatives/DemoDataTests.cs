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
}
