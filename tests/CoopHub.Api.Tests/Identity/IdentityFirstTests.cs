using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Identity;

/// <summary>
/// Who you are comes first: every operation the authorization matrix closes to anonymous callers
/// answers them 401 whatever else is wrong with the request, so the answer tells nothing about how
/// the route works (a 428 for a missing If-Match, a 415, a 400 for a malformed body, a 413).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class IdentityFirstTests
{
    public enum Flaw { MalformedJson, WrongContentType, NoIfMatchOnPut, OversizeBody, InvalidIdempotencyKey }

    /// <summary>
    /// Closed to anonymous callers in the matrix only because its competition's results are not
    /// published yet: public once they are, so these routes stay anonymous and answer 401 from the rule.
    /// </summary>
    private static readonly string[] PublicOnceResultsArePublished = ["GetCompetitionRanking", "ExportCompetitionRanking"];

    /// <summary>The operations that need an identity whatever the record: the matrix's anonymous 401s but for the above.</summary>
    private static HashSet<string> Closed() => AuthorizationMatrixTests.AnonymousUnauthorized().Except(PublicOnceResultsArePublished).ToHashSet();

    private CoopHubApp _app = null!;
    private HttpClient _anonymous = null!;
    private List<(string Id, HttpMethod Method, string Path)> _operations = [];

    [OneTimeSetUp]
    public async Task Arrange()
    {
        _app = new CoopHubApp(Engine.Sqlite, await TestDatabases.NewSqliteAsync());
        _anonymous = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var closed = Closed();
        var document = JsonNode.Parse(await _anonymous.GetStringAsync("/swagger/v1/swagger.json"))!;
        _operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Id: (string)op.Value!["operationId"]!, Method: new HttpMethod(op.Key.ToUpperInvariant()), Path: path.Key)))
            .Where(op => closed.Contains(op.Id))
            .ToList();
        Assert.That(_operations, Has.Count.GreaterThan(50), "the matrix closes most of the API to anonymous callers");
    }

    [OneTimeTearDown]
    public async Task Dispose()
    {
        _anonymous.Dispose();
        await _app.DisposeAsync();
    }

    private static string Url(string path) => System.Text.RegularExpressions.Regex.Replace(path, "\\{[^}]+\\}", _ => Guid.NewGuid().ToString());

    private static HttpRequestMessage Request(HttpMethod method, string path, Flaw flaw)
    {
        var request = new HttpRequestMessage(method, Url(path));
        switch (flaw)
        {
            case Flaw.MalformedJson:
                request.Content = new StringContent("{\"name\": \"unterminated", Encoding.UTF8, "application/json");
                request.Headers.TryAddWithoutValidation("If-Match", "*");
                break;
            case Flaw.WrongContentType:
                request.Content = new StringContent("<cooperative/>", Encoding.UTF8, "application/xml");
                request.Headers.TryAddWithoutValidation("If-Match", "*");
                break;
            case Flaw.NoIfMatchOnPut:
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                break;
            case Flaw.OversizeBody:
                request.Content = new StringContent("\"" + new string('a', 2 * 1024 * 1024) + "\"", Encoding.UTF8, "application/json");
                request.Headers.TryAddWithoutValidation("If-Match", "*");
                break;
            case Flaw.InvalidIdempotencyKey:
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                request.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 500));
                break;
        }
        return request;
    }

    [TestCase(Flaw.MalformedJson)]
    [TestCase(Flaw.WrongContentType)]
    [TestCase(Flaw.NoIfMatchOnPut)]
    [TestCase(Flaw.OversizeBody)]
    [TestCase(Flaw.InvalidIdempotencyKey)]
    public async Task Given_an_anonymous_caller_and_a_flawed_request_to_a_closed_operation_Then_401_before_anything_else(Flaw flaw)
    {
        var operations = _operations.Where(op => flaw switch
        {
            Flaw.NoIfMatchOnPut => op.Method == HttpMethod.Put,
            Flaw.InvalidIdempotencyKey => op.Method == HttpMethod.Post,
            _ => true,
        }).ToList();
        Assert.That(operations, Is.Not.Empty);

        var mismatches = new List<string>();
        foreach (var (id, method, path) in operations)
        {
            using var request = Request(method, path, flaw);
            using var response = await _anonymous.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var code = response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? (string?)JsonNode.Parse(text)?["code"] : null;
            if ((int)response.StatusCode != 401 || code != "auth.required")
            {
                mismatches.Add($"{id} ({method} {path}): {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {text[..Math.Min(text.Length, 200)]}");
            }
        }
        Assert.That(mismatches, Is.Empty);
    }

    /// <summary>The contract declares 401/403 from this metadata, so it must name exactly the operations closed to anonymous callers.</summary>
    [Test]
    public void Given_the_endpoint_metadata_Then_exactly_the_closed_operations_require_authorization()
    {
        var closed = Closed();
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => (Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, Requires: e.Metadata.GetMetadata<IAuthorizeData>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is null))
            .Where(e => e.Name is not null)
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(endpoints.Where(e => e.Requires && !closed.Contains(e.Name!)).Select(e => e.Name), Is.Empty, "open to anonymous callers, yet marked RequireAuthorization");
            Assert.That(endpoints.Where(e => !e.Requires && closed.Contains(e.Name!)).Select(e => e.Name), Is.Empty, "closed to anonymous callers, yet not marked RequireAuthorization");
        });
    }

    [TestCase(Flaw.MalformedJson, "POST", 400)]
    [TestCase(Flaw.WrongContentType, "POST", 415)]
    [TestCase(Flaw.NoIfMatchOnPut, "PUT", 428)]
    [TestCase(Flaw.OversizeBody, "POST", 413)]
    [TestCase(Flaw.InvalidIdempotencyKey, "POST", 400)]
    public async Task Given_a_caller_with_a_key_and_the_same_flaw_Then_the_flaw_gets_its_own_problem(Flaw flaw, string method, int status)
    {
        using var admin = _app.CreateAdminClient();
        using var request = Request(new HttpMethod(method), method == "PUT" ? "/api/v1/cooperatives/{id}" : "/api/v1/cooperatives", flaw);

        using var response = await admin.SendAsync(request);

        Assert.Multiple(async () =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }
}
