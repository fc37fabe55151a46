using System.Net;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CoopHub.Api.Tests.Identity;

/// <summary>
/// The Bootstrap settings act only while the database has no administrator (README, "Signing in"):
/// then they create the first administrator and register the admin API key; afterwards they are ignored.
/// </summary>
public sealed class BootstrapTests
{
    private const string LaterKey = "chk_laterkey_0123456789abcdefghijklmnop";

    private string _database = "";

    [SetUp]
    public async Task NewDatabase() => _database = await TestDatabases.NewSqliteAsync();

    [TearDown]
    public void DeleteDatabase() => TestDatabases.DeleteSqlite(_database);

    private static async Task<HttpStatusCode> MeWithKeyAsync(CoopHubApp app, string key)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return (await client.GetAsync("/api/v1/auth/me")).StatusCode;
    }

    [Test]
    public async Task Given_an_administrator_already_present_Then_a_second_start_registers_no_key_from_configuration()
    {
        await using (var first = new CoopHubApp(Engine.Sqlite, _database))
        {
            Assert.That(await MeWithKeyAsync(first, CoopHubApp.AdminApiKey), Is.EqualTo(HttpStatusCode.OK));
        }

        await using var second = new CoopHubApp(Engine.Sqlite, _database, configure: b => b.UseSetting("Bootstrap:AdminApiKey", LaterKey));

        Assert.Multiple(async () =>
        {
            Assert.That(await MeWithKeyAsync(second, LaterKey), Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await MeWithKeyAsync(second, CoopHubApp.AdminApiKey), Is.EqualTo(HttpStatusCode.OK), "the first key stays");
        });
    }

    [Test]
    public async Task Given_an_empty_database_and_only_a_key_Then_the_key_is_the_first_administrator()
    {
        await using var app = new CoopHubApp(Engine.Sqlite, _database, configure: b => b.UseSetting("Bootstrap:AdminEmail", ""));

        Assert.That(await MeWithKeyAsync(app, CoopHubApp.AdminApiKey), Is.EqualTo(HttpStatusCode.OK));
    }
}
