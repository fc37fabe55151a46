using System.Net;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;

namespace CoopHub.Api.Tests.Integrations;

public sealed class IdempotencyAndOpenDataTests(Engine engine) : CooperativeTest(engine)
{
    private Task<HttpResponseMessage> PostWithKeyAsync(string url, JsonNode body, string key, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return (client ?? Client).SendAsync(request);
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = Engine == Engine.SqlServer
            ? (System.Data.Common.DbConnection)new Microsoft.Data.SqlClient.SqlConnection(ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    [Test]
    public async Task Given_the_same_key_and_body_twice_Then_the_first_response_is_replayed_and_one_cooperative_is_written()
    {
        var body = CooperativeBodies.Valid(registrationNumber: "IDEM-1");
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKeyAsync("/api/v1/cooperatives", body, key);
        var second = await PostWithKeyAsync("/api/v1/cooperatives", body, key);
        var firstBody = await first.Content.ReadAsStringAsync();
        var secondBody = await second.Content.ReadAsStringAsync();
        var otherBody = CooperativeBodies.Valid(registrationNumber: "IDEM-2");
        var reused = await PostWithKeyAsync("/api/v1/cooperatives", otherBody, key);
        var newKey = await PostWithKeyAsync("/api/v1/cooperatives", otherBody, Guid.NewGuid().ToString());
        var withoutKeyAgain = await PostJsonAsync("/api/v1/cooperatives", body);
        var tooLong = await PostWithKeyAsync("/api/v1/cooperatives", otherBody, new string('k', 201));

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), firstBody);
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(secondBody, Is.EqualTo(firstBody), "the same body, the same id");
            Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location));
            Assert.That(second.Headers.ETag, Is.EqualTo(first.Headers.ETag));
            Assert.That(second.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
            Assert.That(first.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That((string?)(await ProblemAsync(reused, 422))["code"], Is.EqualTo("idempotency.key_reused"));
            Assert.That(newKey.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)(await ProblemAsync(withoutKeyAgain, 409))["code"], Is.Not.Empty, "without a key the second registration is a real duplicate");
            Assert.That((string?)(await ProblemAsync(tooLong, 400))["code"], Is.EqualTo("idempotency.key_invalid"));
            Assert.That(await CountAsync("coop_cooperatives"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Given_two_callers_with_the_same_key_Then_each_gets_their_own_result()
    {
        var key = "partner-batch-0001";
        var admin = await PostWithKeyAsync("/api/v1/cooperatives", CooperativeBodies.Valid(registrationNumber: "IDEM-A"), key);
        var keyResponse = await BodyAsync(await PostJsonAsync("/api/v1/api-keys", new JsonObject
        {
            ["name"] = "Partner NGO", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-02"),
        }));
        using var partner = App.CreateClient();
        partner.DefaultRequestHeaders.Add("X-Api-Key", (string)keyResponse["secret"]!);
        var other = await PostWithKeyAsync("/api/v1/cooperatives", CooperativeBodies.Valid(registrationNumber: "IDEM-B"), key, partner);

        Assert.Multiple(async () =>
        {
            Assert.That(admin.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Created), await other.Content.ReadAsStringAsync());
            Assert.That(await CountAsync("coop_cooperatives"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Given_the_registry_Then_open_data_exports_public_fields_with_a_licence_and_no_contacts()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "OPEN-1", nameFr: "Coopérative, \"Al Amal\""));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "OPEN-2", region: "MA-06", province: "MA-CAS"));

        var json = await Anonymous.GetAsync("/api/v1/open-data/cooperatives.json");
        var dataset = await BodyAsync(json);
        var csvResponse = await Anonymous.GetAsync("/api/v1/open-data/cooperatives.csv");
        var csv = await csvResponse.Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That((string?)dataset["licence"]!["url"], Is.EqualTo("https://opendatacommons.org/licenses/by/1-0/"));
            Assert.That(json.Headers.GetValues("Link").Single(), Does.Contain("rel=\"license\""));
            Assert.That((int?)dataset["count"], Is.EqualTo(2));
            Assert.That(dataset["items"]!.AsArray().Select(i => (string?)i!["registrationNumber"]), Is.EqualTo(new[] { "OPEN-1", "OPEN-2" }));
            Assert.That(dataset.ToJsonString(), Does.Not.Contain("contact@example.ma").And.Not.Contain("+212").And.Not.Contain("Bayt Al Karama, Oujda"));
            Assert.That(csvResponse.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(csv, Does.StartWith("\uFEFF"));
            Assert.That(lines[0], Is.EqualTo("registrationNumber,nameAr,nameFr,legalForm,sectors,regionCode,provinceCode,commune,foundedOn,membersTotal,membersWomen,membersYouth,womenLed,status,updatedAt"));
            Assert.That(lines[1], Does.StartWith("OPEN-1,تعاونية الكرامة للنسيج,\"Coopérative, \"\"Al Amal\"\"\",cooperative,handicraft,MA-02,MA-OUJ,Oujda,2019-03-08,20,15,5,true,active,"));
            Assert.That(lines, Has.Length.EqualTo(3));
        });
    }
}
