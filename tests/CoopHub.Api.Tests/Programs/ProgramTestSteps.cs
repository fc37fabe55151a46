using System.Data.Common;
using System.Net;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Programs;
using Dapper;

namespace CoopHub.Api.Tests.Programs;

/// <summary>Steps the Programs scenarios share: a program, a call, cooperatives, applications, reviewer keys.</summary>
public abstract class ProgramTest(Engine engine) : CooperativeTest(engine)
{
    private int _registration;

    protected static JsonObject ProgramBody(string code = "DELIO", params string[] regions) => new()
    {
        ["code"] = code,
        ["nameAr"] = "برنامج التنمية المحلية المندمجة",
        ["nameFr"] = "Programme de développement local intégré",
        ["goals"] = new JsonArray("Développement local"),
        ["regions"] = new JsonArray(regions.Length == 0 ? ["MA-02"] : regions.Select(r => (JsonNode)r!).ToArray()),
        ["sectors"] = new JsonArray("agriculture", "handicraft"),
        ["supportAxes"] = new JsonArray(
            new JsonObject { ["code"] = "equipment", ["nameFr"] = "Équipement" },
            new JsonObject { ["code"] = "capacity", ["nameFr"] = "Renforcement des capacités" }),
        ["indicators"] = new JsonArray(
            new JsonObject { ["code"] = "jobs_created", ["nameFr"] = "Emplois créés", ["target"] = 20 },
            new JsonObject { ["code"] = "revenue", ["nameFr"] = "Chiffre d'affaires", ["unit"] = "MAD", ["target"] = 100000 }),
    };

    /// <summary>A call that opened yesterday and closes in 30 days (Casablanca time), criteria weighted 60/40.</summary>
    protected static JsonObject CallBody(string programId, int places = 2, JsonObject? rules = null, string? opensAt = null, string? closesAt = null)
    {
        var now = DateTime.UtcNow.AddHours(1);
        return new JsonObject
        {
            ["programId"] = programId,
            ["titleAr"] = "طلب إبداء الاهتمام",
            ["titleFr"] = "Appel à manifestation d'intérêt",
            ["opensAt"] = opensAt ?? now.AddDays(-1).ToString("yyyy-MM-dd'T'HH:mm:ss"),
            ["closesAt"] = closesAt ?? now.AddDays(30).ToString("yyyy-MM-dd'T'HH:mm:ss"),
            ["status"] = "published",
            ["rules"] = rules ?? new JsonObject { ["regions"] = new JsonArray("MA-02"), ["sectors"] = new JsonArray("agriculture", "handicraft") },
            ["documents"] = new JsonArray(
                new JsonObject { ["key"] = "statutes", ["nameFr"] = "Statuts", ["mandatory"] = true },
                new JsonObject { ["key"] = "accounts", ["nameFr"] = "États financiers", ["mandatory"] = false }),
            ["criteria"] = new JsonArray(
                new JsonObject { ["key"] = "impact", ["nameFr"] = "Impact", ["weight"] = 60 },
                new JsonObject { ["key"] = "viability", ["nameFr"] = "Viabilité", ["weight"] = 40 }),
            ["places"] = places,
        };
    }

    protected async Task<string> CreatedIdAsync(string url, JsonNode body, HttpClient? client = null)
    {
        var response = client is null ? await PostJsonAsync(url, body) : await SendJsonAsync(client, HttpMethod.Post, url, body);
        var created = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
        return (string)created["id"]!;
    }

    protected async Task<(string Program, string Call)> ProgramAndCallAsync(int places = 2, JsonObject? rules = null)
    {
        var program = await CreatedIdAsync(ProgramsRoutes.Programs, ProgramBody());
        var call = await CreatedIdAsync(ProgramsRoutes.Calls, CallBody(program, places, rules));
        return (program, call);
    }

    /// <summary>An Oriental handicraft cooperative of 20 members, women-led, founded in 2019 (eligible by default).</summary>
    protected async Task<string> CooperativeAsync(string region = "MA-02", string province = "MA-OUJ", string sector = "handicraft", int total = 20,
        bool womenLed = true, string foundedOn = "2019-03-08")
        => (await RegisterAsync(CooperativeBodies.Valid(registrationNumber: $"PRG-{++_registration:000}", region: region, province: province, sector: sector,
            total: total, women: Math.Min(total, 15), youth: Math.Min(total, 5), womenLed: womenLed, foundedOn: foundedOn))).Id;

    protected static JsonObject ApplicationBody(string cooperative, bool withStatutes = true) => new()
    {
        ["cooperativeId"] = cooperative,
        ["projectSummary"] = "Unité de conditionnement",
        ["requestedAxes"] = new JsonArray("equipment"),
        ["requestedAmount"] = 150000,
        ["documents"] = withStatutes ? new JsonArray(new JsonObject { ["key"] = "statutes", ["url"] = "https://docs.example.org/statuts.pdf" }) : new JsonArray(),
    };

    /// <summary>Creates and submits an application; returns its id and the state eligibility left it in.</summary>
    protected async Task<(string Id, string Status)> SubmittedAsync(string call, string cooperative, HttpClient? client = null)
    {
        var id = await CreatedIdAsync($"{ProgramsRoutes.Calls}/{call}/applications", ApplicationBody(cooperative), client);
        var submit = await (client ?? Client).PostAsync($"{ProgramsRoutes.Applications}/{id}/submit", null);
        var body = await BodyAsync(submit);
        Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        return (id, (string)body["status"]!);
    }

    protected Task<HttpResponseMessage> MoveAsync(string application, string to, string? reason = "Décision du comité", HttpClient? client = null)
        => SendJsonAsync(client ?? Client, HttpMethod.Post, $"{ProgramsRoutes.Applications}/{application}/transitions", new JsonObject { ["to"] = to, ["reason"] = reason });

    protected async Task<JsonNode> MovedAsync(string application, string to, string? reason = "Décision du comité")
    {
        var response = await MoveAsync(application, to, reason);
        var body = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        return body;
    }

    protected async Task<string> StatusOfAsync(string application) => (string)(await GetAsync<JsonNode>($"{ProgramsRoutes.Applications}/{application}"))["status"]!;

    /// <summary>An API key with these roles and scopes; its id is the actor id the API records (e.g. as reviewer).</summary>
    protected async Task<(HttpClient Client, string Id)> KeyAsync(string[] roles, string[]? regions = null, string[]? cooperatives = null)
    {
        var created = await BodyAsync(await PostJsonAsync("/api/v1/api-keys", new JsonObject
        {
            ["name"] = "programs " + string.Join('+', roles) + Guid.NewGuid().ToString("N")[..6],
            ["roles"] = new JsonArray(roles.Select(r => (JsonNode)r!).ToArray()),
            ["regions"] = new JsonArray((regions ?? []).Select(r => (JsonNode)r!).ToArray()),
            ["cooperatives"] = new JsonArray((cooperatives ?? []).Select(r => (JsonNode)r!).ToArray()),
        }));
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)created["secret"]!);
        return (client, (string)created["key"]!["id"]!);
    }

    protected static Task<HttpResponseMessage> SendJsonAsync(HttpClient client, HttpMethod method, string url, JsonNode body)
        => client.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") });

    protected static JsonObject Scores(int impact, int viability) => new()
    {
        ["scores"] = new JsonArray(
            new JsonObject { ["criterion"] = "impact", ["score"] = impact },
            new JsonObject { ["criterion"] = "viability", ["score"] = viability }),
    };

    /// <summary>A figure read straight from the test's database, to check what the API computed.</summary>
    protected async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using DbConnection connection = Engine == Engine.SqlServer
            ? new Microsoft.Data.SqlClient.SqlConnection(ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    /// <summary>A count the dispatcher changes in the background, once <paramref name="done"/> holds or 30 s have passed.</summary>
    protected Task<long> CountWhenAsync(string sql, Func<long, bool> done, object? parameters = null) =>
        Eventually.CountAsync(() => ScalarAsync<long>(sql, parameters), done);
}
