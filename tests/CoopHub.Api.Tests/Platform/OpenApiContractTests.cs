using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;

namespace CoopHub.Api.Tests.Platform;

/// <summary>The committed contract is what the API serves; change one, re-export with ./build/openapi.sh.</summary>
[TestFixture]
public sealed class OpenApiContractTests
{
    private static JsonNode _served = null!;

    [OneTimeSetUp]
    public async Task LoadServedDocument()
    {
        await using var app = new CoopHubApp(Engine.Sqlite, await TestDatabases.NewSqliteAsync());
        using var client = app.CreateClient();
        _served = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
    }

    [Test]
    public void Given_the_committed_document_Then_it_equals_the_served_one()
    {
        var path = RepoPaths.Combine("api", "CoopHub.Api", "openapi", "v1.json");
        Assert.That(File.Exists(path), Is.True, "Run ./build/openapi.sh to write " + path);
        var committed = JsonNode.Parse(File.ReadAllText(path))!;

        Assert.That(JsonNode.DeepEquals(committed, _served), Is.True,
            "api/CoopHub.Api/openapi/v1.json differs from what the API serves: run ./build/openapi.sh and commit the result (and regenerate the SPA client).");
    }

    [Test]
    public void Given_every_operation_Then_it_has_an_operation_id_and_a_tag()
    {
        foreach (var (path, item) in _served["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                Assert.That((string?)operation!["operationId"], Is.Not.Null.And.Not.Empty, $"{method} {path}");
                Assert.That(operation["tags"]?.AsArray(), Is.Not.Null.And.Not.Empty, $"{method} {path}");
            }
        }
    }

    [Test]
    public void Given_every_4xx_response_Then_it_is_documented_as_problem_details()
    {
        foreach (var (path, item) in _served["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                foreach (var (status, response) in operation!["responses"]!.AsObject().Where(r => r.Key.StartsWith('4')))
                {
                    var content = response!["content"]?.AsObject();
                    Assert.That(content?.ContainsKey("application/problem+json"), Is.True, $"{method} {path} {status}");
                }
            }
        }
    }

    [Test]
    public void Given_the_statuses_the_pipeline_answers_Then_each_operation_declares_them()
    {
        foreach (var (path, item) in _served["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var responses = operation!["responses"]!.AsObject();
                Assert.That(responses.ContainsKey("401"), Is.True, $"{method} {path}: a bad API key is refused with 401 on every route");
                if (operation["requestBody"] is not null)
                {
                    Assert.That(responses.ContainsKey("413") && responses.ContainsKey("415"), Is.True, $"{method} {path}: a body can be too large or of the wrong type");
                }
                Assert.That(responses.Any(r => r.Key.StartsWith('2')), Is.True, $"{method} {path}: no success response");
            }
        }
        var validation = _served["components"]!["schemas"]!["HttpValidationProblemDetails"]!;
        Assert.That((validation["required"]?.AsArray() ?? []).Select(r => (string?)r), Has.No.Member("errors"), "a 400 without fields to name has no errors");
    }

    [Test]
    public void Given_enums_Then_they_are_strings()
    {
        var schemas = _served["components"]!["schemas"]!.AsObject();
        var status = schemas["CooperativeStatus"]!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)status["type"], Is.EqualTo("string"));
            Assert.That(status["enum"]!.AsArray().Select(e => (string?)e), Is.EqualTo(new[] { "active", "dormant", "inLiquidation", "dissolved" }));
        });
    }
}
