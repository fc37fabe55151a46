using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using Dapper;

namespace CoopHub.Api.Tests.Instances;

/// <summary>Issue 20, shared keys: Data Protection's key ring lives in the database, so a restart signs nobody out.</summary>
public sealed class SharedKeysTests(Engine engine) : ApiTest(engine)
{
    [Test]
    public async Task Given_a_session_and_an_antiforgery_token_When_the_host_restarts_Then_both_still_work()
    {
        var jar = new CookieJar();
        string token;
        using (var before = App.CreateDefaultClient(new Uri("https://localhost"), jar.Handler()))
        {
            var signIn = await before.PostAsync("/api/v1/auth/sign-in", new StringContent(
                new JsonObject { ["email"] = CoopHubApp.AdminEmail, ["password"] = CoopHubApp.AdminPassword }.ToJsonString(), Encoding.UTF8, "application/json"));
            Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signIn.Content.ReadAsStringAsync());
            token = (string)JsonNode.Parse(await before.GetStringAsync("/api/v1/auth/antiforgery"))!["token"]!;
        }
        await App.DisposeAsync();

        await using var restarted = new CoopHubApp(Engine, ConnectionString);
        using var after = restarted.CreateDefaultClient(new Uri("https://localhost"), jar.Handler());
        var me = await after.GetAsync("/api/v1/auth/me");
        var signOut = await after.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/sign-out") { Headers = { { "X-CSRF-TOKEN", token } } });

        await using var connection = await Database.OpenAsync(Engine, ConnectionString);
        Assert.Multiple(async () =>
        {
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the cookie issued before the restart is read after it");
            Assert.That((string?)JsonNode.Parse(await me.Content.ReadAsStringAsync())!["actorType"], Is.EqualTo("user"));
            Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "the antiforgery token issued before the restart is accepted after it");
            Assert.That(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM app_data_protection_keys"), Is.GreaterThanOrEqualTo(1));
        });
    }
}
