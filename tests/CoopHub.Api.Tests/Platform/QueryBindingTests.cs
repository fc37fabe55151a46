using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;

namespace CoopHub.Api.Tests.Platform;

/// <summary>
/// A query value that does not parse (<c>?page=abc</c>) is named in the problem, on every operation of the contract,
/// whether its endpoint was generated at build time or built at run time (ADR 0035: the generated code answered a bare
/// 400 for a nullable parameter).
/// </summary>
public sealed class QueryBindingTests(Engine engine) : ApiTest(engine)
{
    [Test]
    public async Task Given_every_typed_query_parameter_of_the_contract_When_its_value_does_not_parse_Then_the_problem_names_it_in_french()
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.Combine("api", "CoopHub.Api", "openapi", "v1.json")))!;
        var cases = new List<(string Path, string Parameter, string Code)>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (path.Contains('{', StringComparison.Ordinal) || item!["get"] is not { } get) continue;
            foreach (var parameter in get["parameters"]?.AsArray() ?? [])
            {
                if ((string?)parameter!["in"] != "query") continue;
                var code = ((string?)parameter["schema"]?["type"], (string?)parameter["schema"]?["format"]) switch
                {
                    ("integer", _) => "request.not_a_whole_number",
                    ("boolean", _) => "request.not_true_or_false",
                    ("string", "date") => "request.not_a_date",
                    ("string", "uuid") => "request.not_an_id",
                    ("string", "date-time") => "request.not_valid",
                    _ => null,
                };
                if (code is not null) cases.Add((path, (string)parameter["name"]!, code));
            }
        }
        Assert.That(cases.Select(c => c.Path).Distinct().Count(), Is.GreaterThan(10), "the contract's lists with a typed query parameter");

        var wrong = new List<string>();
        foreach (var (path, parameter, code) in cases)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{path}?{parameter}=abc");
            request.Headers.AcceptLanguage.ParseAdd("fr");
            var response = await Client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var problem = (int)response.StatusCode == 400 && response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? JsonNode.Parse(text) : null;
            var message = (string?)problem?["errors"]?[parameter]?[0];
            var named = (string?)problem?["fieldCodes"]?[parameter]?[0];
            var expected = code == "request.not_a_whole_number" ? "« abc » n’est pas un nombre entier." : message;
            if (string.IsNullOrEmpty(message) || message != expected || named != code) wrong.Add($"{path}?{parameter}=abc: {(int)response.StatusCode} {text}");
        }
        Assert.That(wrong, Is.Empty);
    }
}
