using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;
using Microsoft.AspNetCore.Hosting;

namespace CoopHub.Api.Tests.Identity;

public sealed class AccessAndAuditTests(Engine engine) : CooperativeTest(engine)
{
    private async Task<(HttpClient Client, string Id, string Secret)> KeyAsync(string role, string? region = null, string? cooperative = null, string? expiresAt = null)
    {
        var body = new JsonObject
        {
            ["name"] = $"{role} key", ["roles"] = new JsonArray(role),
            ["regions"] = region is null ? new JsonArray() : new JsonArray(region),
            ["cooperatives"] = cooperative is null ? new JsonArray() : new JsonArray(cooperative),
        };
        if (expiresAt is not null) body["expiresAt"] = expiresAt;
        var response = await PostJsonAsync("/api/v1/api-keys", body);
        var created = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)created["secret"]!);
        return (client, (string)created["key"]!["id"]!, (string)created["secret"]!);
    }

    [Test]
    public async Task Given_a_revoked_or_unknown_or_malformed_key_Then_401_problem_even_on_public_reads()
    {
        var (client, id, secret) = await KeyAsync("staff", "MA-02");
        Assert.That((await client.GetAsync(CooperativesRoutes.Base)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That((await Client.DeleteAsync($"/api/v1/api-keys/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var revoked = await ProblemAsync(await client.GetAsync(CooperativesRoutes.Base), 401);
        Assert.That((string?)revoked["detail"], Is.EqualTo("Cette clé d’API a été révoquée."));
        using var unknown = App.CreateClient();
        unknown.DefaultRequestHeaders.Add("X-Api-Key", secret[..^4] + "zzzz");
        await ProblemAsync(await unknown.GetAsync(CooperativesRoutes.Base), 401);
        using var malformed = App.CreateClient();
        malformed.DefaultRequestHeaders.Add("X-Api-Key", "not-a-key");
        await ProblemAsync(await malformed.GetAsync(CooperativesRoutes.Base), 401);
    }

    [Test]
    public async Task Given_a_key_that_was_used_Then_the_list_shows_when()
    {
        var (client, id, _) = await KeyAsync("staff", "MA-02");
        var before = (await BodyAsync(await Client.GetAsync("/api/v1/api-keys"))).AsArray().Single(k => (string?)k!["id"] == id)!;
        Assert.That(before["lastUsedAt"], Is.Null);

        Assert.That((await client.GetAsync(CooperativesRoutes.Base)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var after = (await BodyAsync(await Client.GetAsync("/api/v1/api-keys"))).AsArray().Single(k => (string?)k!["id"] == id)!;
        Assert.That(DateTimeOffset.Parse((string)after["lastUsedAt"]!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task Given_keys_listed_Then_no_secret_or_hash_is_returned()
    {
        var (_, _, secret) = await KeyAsync("staff", "MA-02");

        // chk_<prefix>_<secret>: the secret is base64url and may itself hold '_', so split at the first two only.
        var secretPart = secret.Split('_', 3)[2];
        var list = await (await Client.GetAsync("/api/v1/api-keys")).Content.ReadAsStringAsync();
        var audit = await (await Client.GetAsync("/api/v1/audit?entityType=apiKey")).Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(list, Does.Not.Contain(secret));
            Assert.That(list, Does.Not.Contain(secretPart));
            Assert.That(list.ToLowerInvariant(), Does.Not.Contain("hash"));
            Assert.That(audit, Does.Not.Contain(secretPart));
            Assert.That(audit.ToLowerInvariant(), Does.Not.Contain("secrethash"));
        });
    }

    [Test]
    public async Task Given_users_created_and_listed_Then_no_password_or_hash_appears_in_responses_or_audit()
    {
        const string password = "Chefchaouen-Blue-Door-3";
        var created = await PostJsonAsync("/api/v1/users", new JsonObject
        {
            ["email"] = "manager@example.ma", ["displayName"] = "Gérante", ["password"] = password, ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("national"),
        });
        var texts = new[]
        {
            await created.Content.ReadAsStringAsync(),
            await (await Client.GetAsync("/api/v1/users")).Content.ReadAsStringAsync(),
            await (await Client.GetAsync("/api/v1/audit")).Content.ReadAsStringAsync(),
        };

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        foreach (var text in texts)
        {
            Assert.That(text, Does.Not.Contain(password));
            Assert.That(text, Does.Not.Contain("AQAAAA"), "PasswordHasher v3 hashes start with AQAAAA");
            Assert.That(text.ToLowerInvariant(), Does.Not.Contain("passwordhash"));
        }
    }

    /// <summary>A clock the test moves, so expiry does not depend on how fast the machine is.</summary>
    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Test]
    public async Task Given_an_expired_key_Then_401()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        await using var app = new CoopHubApp(Engine, ConnectionString,
            configure: b => b.ConfigureServices(s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(s, clock)));
        using var admin = app.CreateAdminClient();
        var created = JsonNode.Parse(await (await admin.PostAsync("/api/v1/api-keys", new StringContent(new JsonObject
        {
            ["name"] = "expiring key", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-02"), ["expiresAt"] = clock.Now.AddHours(1).ToString("O"),
        }.ToJsonString(), Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync())!;
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)created["secret"]!);
        Assert.That((await client.GetAsync(CooperativesRoutes.Base)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        clock.Now = clock.Now.AddHours(2);

        var problem = await ProblemAsync(await client.GetAsync(CooperativesRoutes.Base), 401);
        Assert.That((string?)problem["detail"], Is.EqualTo("Cette clé d’API a expiré."));
    }

    [Test]
    public async Task Given_an_update_and_a_status_change_Then_the_audit_has_who_when_and_before_after()
    {
        var (staff, _, _) = await KeyAsync("staff", "MA-02");
        var created = await staff.PostAsync(CooperativesRoutes.Base, new StringContent(CooperativeBodies.Valid(registrationNumber: "AUD-1").ToJsonString(), Encoding.UTF8, "application/json"));
        var id = (string)(await BodyAsync(created))["id"]!;
        var update = new HttpRequestMessage(HttpMethod.Put, $"{CooperativesRoutes.Base}/{id}")
        {
            Content = new StringContent(CooperativeBodies.Valid(registrationNumber: "AUD-1", nameAr: "الاسم الجديد").ToJsonString(), Encoding.UTF8, "application/json"),
            Headers = { { "If-Match", "\"1\"" } },
        };
        Assert.That((await staff.SendAsync(update)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ChangeStatusAsync(id, "dormant", "2025-02-01")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var entries = (await BodyAsync(await Client.GetAsync($"/api/v1/audit?entityType=cooperative&entityId={id}")))["items"]!.AsArray();

        Assert.That(entries.Select(e => (string?)e!["operation"]), Is.EqualTo(new[] { "ChangeCooperativeStatusCommand", "UpdateCooperativeCommand", "RegisterCooperativeCommand" }));
        var updated = entries[1]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)updated["actorType"], Is.EqualTo("apiKey"));
            Assert.That((string?)updated["actorName"], Is.EqualTo("staff key"));
            Assert.That((string?)JsonNode.Parse((string)updated["before"]!)!["nameAr"], Is.EqualTo("تعاونية الكرامة للنسيج"));
            Assert.That((string?)JsonNode.Parse((string)updated["after"]!)!["nameAr"], Is.EqualTo("الاسم الجديد"));
            Assert.That((string?)JsonNode.Parse((string)entries[0]!["after"]!)!["status"], Is.EqualTo("dormant"));
            Assert.That((string?)entries[0]!["actorName"], Is.EqualTo("Bootstrap admin key"));
            Assert.That(entries[2]!["before"], Is.Null);
        });
    }

    [Test]
    public async Task Given_a_refused_or_failed_command_Then_no_audit_row_is_written()
    {
        var (id, _) = await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "AUD-2"));
        var before = (int)(await BodyAsync(await Client.GetAsync("/api/v1/audit")))["total"]!;

        await ProblemAsync(await ChangeStatusAsync(id, "active", "2025-01-01"), 409);
        await ProblemAsync(await Anonymous.PostAsync(CooperativesRoutes.Base, new StringContent(CooperativeBodies.Valid(registrationNumber: "AUD-3").ToJsonString(), Encoding.UTF8, "application/json")), 401);

        Assert.That((int)(await BodyAsync(await Client.GetAsync("/api/v1/audit")))["total"]!, Is.EqualTo(before));
    }

    [Test]
    public async Task Given_a_coop_manager_Then_they_edit_their_profile_but_not_its_number_region_or_status()
    {
        var (id, _) = await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "MGR-1"));
        var (manager, _, _) = await KeyAsync("coop-manager", cooperative: id);
        Task<HttpResponseMessage> Put(JsonObject body) => manager.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"{CooperativesRoutes.Base}/{id}")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            Headers = { { "If-Match", "*" } },
        });

        var profile = await Put(CooperativeBodies.Valid(registrationNumber: "MGR-1", nameFr: "Nouveau nom"));
        await ProblemAsync(await Put(CooperativeBodies.Valid(registrationNumber: "MGR-9")), 403);
        await ProblemAsync(await Put(CooperativeBodies.Valid(registrationNumber: "MGR-1", region: "MA-01", province: "MA-HOC")), 403);
        await ProblemAsync(await manager.PostAsync($"{CooperativesRoutes.Base}/{id}/status",
            new StringContent("{\"status\":\"dormant\",\"effectiveOn\":\"2025-01-01\"}", Encoding.UTF8, "application/json")), 403);

        Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.OK), await profile.Content.ReadAsStringAsync());
        Assert.That((string?)(await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}/{id}")))["nameFr"], Is.EqualTo("Nouveau nom"));
    }

    [Test]
    public async Task Given_private_contacts_Then_only_staff_of_the_region_admins_and_the_manager_see_them()
    {
        var (id, _) = await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "CT-1", region: "MA-02", province: "MA-OUJ"));
        var (manager, _, _) = await KeyAsync("coop-manager", cooperative: id);
        var (staff, _, _) = await KeyAsync("staff", "MA-02");
        var (otherStaff, _, _) = await KeyAsync("staff", "MA-06");

        async Task<JsonNode?> ContactAs(HttpClient client) => (await BodyAsync(await client.GetAsync($"{CooperativesRoutes.Base}/{id}")))["contact"];

        Assert.Multiple(async () =>
        {
            Assert.That(await ContactAs(Anonymous), Is.Null);
            Assert.That(await ContactAs(otherStaff), Is.Null);
            Assert.That((string?)(await ContactAs(manager))!["phone"], Is.EqualTo("+212 536 00 00 00"));
            Assert.That((string?)(await ContactAs(staff))!["email"], Is.EqualTo("contact@example.ma"));
            Assert.That(await ContactAs(Client), Is.Not.Null);
        });
    }

    [Test]
    public async Task Given_staff_of_one_region_Then_an_import_touching_another_is_refused_whole_and_exports_hold_only_theirs()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "EXP-2", region: "MA-02", province: "MA-OUJ"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "EXP-6", region: "MA-06", province: "MA-CAS"));
        var (staff, _, _) = await KeyAsync("staff", "MA-02");
        var csv = "registrationNumber,nameAr,sectors,regionCode,provinceCode,membersTotal\nIMP-1,تعاونية,argan,MA-02,MA-NAD,9\nIMP-2,تعاونية,argan,MA-06,MA-CAS,9\n";
        var content = new StringContent(csv, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");

        var problem = await ProblemAsync(await staff.PostAsync($"{CooperativesRoutes.Base}/import", content), 403);
        var export = await (await staff.GetAsync($"{CooperativesRoutes.Base}/export")).Content.ReadAsStringAsync();

        Assert.Multiple(async () =>
        {
            Assert.That((string?)problem["detail"], Is.EqualTo("La ligne 3 est dans la région Casablanca-Settat, hors de vos régions (L'Oriental) ; rien n’a été importé."));
            Assert.That((int?)(await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}?q=IMP")))["total"], Is.EqualTo(0));
            Assert.That(export, Does.Contain("EXP-2").And.Not.Contain("EXP-6"));
        });
        await ProblemAsync(await staff.GetAsync($"{CooperativesRoutes.Base}/export?region=MA-06"), 403);
    }

    [Test]
    public async Task Given_responses_Then_they_carry_the_security_headers_and_no_server_banner()
    {
        var response = await Anonymous.GetAsync(CooperativesRoutes.Base);

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("strict-origin-when-cross-origin"));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("frame-ancestors 'none'"));
            Assert.That(response.Headers.Contains("Server"), Is.False);
        });
    }
}
