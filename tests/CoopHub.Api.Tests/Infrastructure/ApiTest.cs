using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoopHub.Api.Tests.Infrastructure;

/// <summary>
/// Base of the scenarios that go through HTTP: a fresh database per test, the same scenarios on
/// SQLite and (where Docker exists) SQL Server.
/// </summary>
[TestFixture(Engine.Sqlite)]
[TestFixture(Engine.SqlServer)]
public abstract class ApiTest(Engine engine)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string _connectionString = "";

    protected Engine Engine { get; } = engine;

    /// <summary>The test's own database, for checks a user cannot make through the API.</summary>
    protected string ConnectionString => _connectionString;

    internal CoopHubApp App { get; private set; } = null!;

    /// <summary>Sends the bootstrap admin API key: scenarios about the registry itself run as an administrator.</summary>
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>Sends no credentials.</summary>
    protected HttpClient Anonymous { get; private set; } = null!;

    [SetUp]
    public async Task StartApp()
    {
        if (Engine == Engine.SqlServer)
        {
            var (connectionString, reason) = await TestDatabases.NewSqlServerAsync();
            if (connectionString is null) Assert.Ignore(reason ?? "SQL Server is not available.");
            _connectionString = connectionString!;
        }
        else
        {
            _connectionString = await TestDatabases.NewSqliteAsync();
        }
        App = new CoopHubApp(Engine, _connectionString);
        Client = App.CreateAdminClient();
        Anonymous = App.CreateClient();
    }

    [TearDown]
    public async Task StopApp()
    {
        Client?.Dispose();
        Anonymous?.Dispose();
        if (App is not null) await App.DisposeAsync();
        if (Engine == Engine.Sqlite && _connectionString.Length > 0) TestDatabases.DeleteSqlite(_connectionString);
    }

    protected static async Task<JsonNode> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new AssertionException("Empty body");
    }

    /// <summary>Asserts an RFC 9457 problem with this status, and returns it.</summary>
    protected static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status), text);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        });
        var problem = JsonNode.Parse(text)!;
        Assert.Multiple(() =>
        {
            Assert.That((int?)problem["status"], Is.EqualTo(status));
            Assert.That((string?)problem["title"], Is.Not.Empty);
            Assert.That((string?)problem["traceId"], Is.Not.Empty);
            Assert.That(text, Does.Not.Contain("   at "), "no stack trace reaches a client");
            Assert.That(text, Does.Not.Contain("Exception"), "no exception text reaches a client");
        });
        return problem;
    }

    protected static string[] FieldsIn(JsonNode problem)
        => problem["errors"]?.AsObject().Select(p => p.Key).ToArray() ?? [];

    protected Task<HttpResponseMessage> PostJsonAsync(string url, JsonNode body)
        => Client.PostAsync(url, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    protected Task<HttpResponseMessage> PutJsonAsync(string url, JsonNode body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return Client.SendAsync(request);
    }

    protected async Task<T> GetAsync<T>(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }
}
