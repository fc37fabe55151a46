using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Integrations;
using CoopHub.Events;
using CoopHub.Shared.Data;
using CoopHub.Shared.Migrations;
using Dapper;
using Microsoft.AspNetCore.Http;

namespace CoopHub.Api.Tests.Instances;

/// <summary>
/// Issue 20: two API processes on one database (SQLite in WAL mode; SQL Server where Docker exists), requests
/// alternating between them. One pair of processes for the whole fixture, started once (CI time): each test uses its
/// own rows (its own event, registration numbers, addresses), so the order they run in does not matter.
/// </summary>
[TestFixture(Engine.Sqlite)]
[TestFixture(Engine.SqlServer)]
[NonParallelizable]
public sealed partial class TwoInstancesTests(Engine engine)
{
    private TwoInstances _pair = null!;
    private string _connectionString = "";
    private TimeSpan _startedIn;

    [OneTimeSetUp]
    public async Task StartTwoInstances()
    {
        if (engine == Engine.SqlServer)
        {
            var (connectionString, reason) = await TestDatabases.NewSqlServerAsync();
            if (connectionString is null) Assert.Ignore(reason ?? "SQL Server is not available.");
            _connectionString = connectionString!;
        }
        else
        {
            // A fresh file, not the migrated template: the two instances migrate it together.
            var folder = Path.Combine(Path.GetTempPath(), "coophub-instances-db-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            _connectionString = $"Data Source={Path.Combine(folder, "shared.db")}";
        }
        var clock = Stopwatch.StartNew();
        _pair = new TwoInstances { Engine = engine, ConnectionString = _connectionString };
        await _pair.StartAsync();
        _startedIn = clock.Elapsed;
        TestContext.Progress.WriteLine($"TwoInstances ({engine}): two processes ready in {_startedIn.TotalSeconds:F1} s");
    }

    [OneTimeTearDown]
    public async Task StopTwoInstances()
    {
        if (_pair is not null) await _pair.DisposeAsync();
        if (engine == Engine.Sqlite && _connectionString.Length > 0)
        {
            TestDatabases.DeleteSqlite(_connectionString);
            var folder = Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_connectionString).DataSource);
            try { if (folder is not null) Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private Task<System.Data.Common.DbConnection> ConnectAsync() => Database.OpenAsync(engine, _connectionString);

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    [Test, Order(0)]
    public async Task Given_two_instances_starting_together_on_a_fresh_database_Then_each_migration_is_applied_once()
    {
        var shipped = MigrationScripts.For(engine == Engine.SqlServer ? DatabaseProvider.SqlServer : DatabaseProvider.Sqlite).Count;
        var appliedBy = _pair.Instances.Select(i => MigratedCount().Matches(i.Output).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Sum()).ToList();
        await using var connection = await ConnectAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(_pair.Instances.Select(i => i.Exited), Is.All.False, "both instances are running");
            Assert.That(appliedBy.Sum(), Is.EqualTo(shipped), $"each script applied by one instance only (a: {appliedBy[0]}, b: {appliedBy[1]})");
            Assert.That(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM app_schema_versions"), Is.EqualTo(shipped));
            Assert.That(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM idn_users"), Is.EqualTo(1), "one bootstrap administrator");
        });
    }

    [Test]
    public async Task Given_a_session_and_an_antiforgery_token_from_one_instance_Then_the_other_accepts_both()
    {
        foreach (var (from, to) in new[] { (_pair.A, _pair.B), (_pair.B, _pair.A) })
        {
            var jar = new CookieJar();
            using var first = from.Browser(jar);
            using var second = to.Browser(jar);
            var signIn = await first.PostAsync("/api/v1/auth/sign-in", Json(new JsonObject { ["email"] = CoopHubApp.AdminEmail, ["password"] = CoopHubApp.AdminPassword }));
            Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signIn.Content.ReadAsStringAsync());
            var token = (string)JsonNode.Parse(await first.GetStringAsync("/api/v1/auth/antiforgery"))!["token"]!;

            var me = await second.GetAsync("/api/v1/auth/me");
            var signOut = await second.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/sign-out") { Headers = { { "X-CSRF-TOKEN", token } } });

            Assert.Multiple(() =>
            {
                Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"the cookie from {from.Name} is read by {to.Name}");
                Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), $"the antiforgery token from {from.Name} is accepted by {to.Name}");
            });
        }
    }

    [Test]
    public async Task Given_200_registrations_for_50_seats_spread_over_both_instances_Then_exactly_50_are_registered()
    {
        using var a = _pair.A.Admin();
        using var b = _pair.B.Admin();
        var created = await a.PostAsync(EventsRoutes.Base, Json(EventBody(capacity: 50)));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var eventId = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            var response = await (i % 2 == 0 ? a : b).PostAsync($"{EventsRoutes.Base}/{eventId}/registrations",
                Json(new JsonObject { ["attendeeName"] = $"Participante {i}", ["attendeeRole"] = "Présidente" }));
            return (response.StatusCode, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created),
            string.Join("\n", responses.Where(r => r.StatusCode != HttpStatusCode.Created).Select(r => r.Body.ToJsonString()).Take(3)));
        var registrations = responses.Select(r => r.Body["registration"]!).ToList();
        await using var connection = await ConnectAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(registrations.Count(r => (string?)r["status"] == "registered"), Is.EqualTo(50));
            Assert.That(registrations.Where(r => (string?)r["status"] == "waitlisted").Select(r => (int)r["waitlistPosition"]!).Order(), Is.EqualTo(Enumerable.Range(1, 150)));
            Assert.That(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM evt_registrations WHERE event_id = @Id AND status = 'registered'", new { Id = eventId }), Is.EqualTo(50));
        });
    }

    [Test]
    public async Task Given_an_idempotency_key_replayed_on_the_other_instance_Then_the_first_response_comes_back_and_one_row_is_written()
    {
        using var a = _pair.A.Admin();
        using var b = _pair.B.Admin();
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Create() => new(HttpMethod.Post, "/api/v1/cooperatives")
        {
            Content = Json(CooperativeBodies.Valid(registrationNumber: "INST-IDEM-1")),
            Headers = { { "Idempotency-Key", key } },
        };

        var first = await a.SendAsync(Create());
        var replay = await b.SendAsync(Create());
        await using var connection = await ConnectAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
            Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(await replay.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
            Assert.That(replay.Headers.Location, Is.EqualTo(first.Headers.Location));
            Assert.That(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM coop_cooperatives WHERE registration_number = 'INST-IDEM-1'"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_two_dispatchers_Then_every_webhook_and_every_notification_is_delivered_exactly_once()
    {
        const int Count = 10;
        await using var receiver = await WebhookReceiver.StartAsync();
        using var a = _pair.A.Admin();
        var (webhook, _) = await WebhookTests.SubscribeAsync(a, receiver.Url, "cooperative.registered");

        // Ten registrations and ten sign-ups (each sends a verification e-mail), alternating between the instances.
        await Task.WhenAll(Enumerable.Range(0, Count).Select(async i =>
        {
            using var admin = _pair.Alternate(i).Admin();
            var registered = await admin.PostAsync("/api/v1/cooperatives", Json(CooperativeBodies.Valid(registrationNumber: $"INST-HOOK-{i:D2}")));
            Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Created), await registered.Content.ReadAsStringAsync());
            using var anonymous = _pair.Alternate(i + 1).Anonymous();
            var signedUp = await anonymous.PostAsync("/api/v1/auth/sign-up", Json(new JsonObject
            {
                ["email"] = $"instances.{i}@coophub.test", ["displayName"] = "خديجة العمراني", ["password"] = "Souss-Massa-Argan-77", ["language"] = "fr",
            }));
            Assert.That((int)signedUp.StatusCode, Is.LessThan(300), await signedUp.Content.ReadAsStringAsync());
        }));

        var mails = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && (Hooks().Count < Count || Mails().Count < Count)) await Task.Delay(100);
        await Task.Delay(TimeSpan.FromSeconds(1)); // a late second send would arrive here
        mails = Mails();
        var hooks = Hooks();
        await using var connection = await ConnectAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(hooks.Select(h => h.Headers["webhook-id"].ToString()).Distinct().Count(), Is.EqualTo(Count), "every delivery sent");
            Assert.That(hooks, Has.Count.EqualTo(Count), "and none twice");
            Assert.That(hooks.Select(h => (string?)JsonNode.Parse(h.Body)!["data"]?["registrationNumber"] ?? h.Body).Distinct().Count(), Is.EqualTo(Count));
            Assert.That(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM app_webhook_deliveries WHERE webhook_id = @Id AND status = 'delivered' AND attempts = 1 AND payload LIKE '%INST-HOOK-%'", new { Id = webhook }), Is.EqualTo(Count));
            Assert.That(mails.Distinct().Count(), Is.EqualTo(Count), "every verification e-mail sent");
            Assert.That(mails, Has.Count.EqualTo(Count), "and none twice");
        });

        // This test's registrations only: another test of the fixture may have registered a cooperative whose outbox
        // row a busy machine dispatches after this test subscribed (one more delivery, sent once: not a duplicate).
        List<(IHeaderDictionary Headers, string Body, int Answered)> Hooks() => receiver.Requests.Where(h => h.Body.Contains("INST-HOOK-", StringComparison.Ordinal)).ToList();
        List<string> Mails() => _pair.Smtp.Received.SelectMany(m => m.To.Mailboxes.Select(x => x.Address)).Where(x => x.StartsWith("instances.", StringComparison.Ordinal)).ToList();
    }

    private static JsonObject EventBody(int capacity)
    {
        static string Local(DateTime utc) => utc.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["kind"] = "workshop",
            ["titleAr"] = "ورشة التسويق الإلكتروني",
            ["titleFr"] = "Atelier e-marketing, Oujda",
            ["startsAt"] = Local(DateTime.UtcNow.AddDays(10)),
            ["endsAt"] = Local(DateTime.UtcNow.AddDays(10).AddHours(5)),
            ["venue"] = new JsonObject { ["address"] = "Bayt Al Karama, Oujda" },
            ["regionCode"] = "MA-02",
            ["provinceCode"] = "MA-OUJ",
            ["capacity"] = capacity,
            ["audience"] = "public",
            ["status"] = "published",
            ["agenda"] = new JsonArray(new JsonObject { ["time"] = "09:00", ["titleFr"] = "Accueil" }),
        };
    }

    [GeneratedRegex(@"migrated: (\d+) new script")]
    private static partial Regex MigratedCount();
}
