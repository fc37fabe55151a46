using System.Net.Http.Headers;
using CoopHub.Api.Tests.Infrastructure;

namespace CoopHub.Api.Tests.Platform.ContractFuzz;

/// <summary>
/// The contract declares every 4xx as application/problem+json; a client whose Accept names something else
/// (a browser, an XML tool) got an empty 400/401/403 before (found by the contract fuzz, issue 14 item 8).
/// </summary>
public sealed class ProblemMediaTypeTests(Engine engine) : ApiTest(engine)
{
    [TestCase("text/html")]
    [TestCase("application/xml")]
    public async Task Given_an_Accept_header_without_json_When_the_query_cannot_be_bound_Then_the_400_is_still_a_problem(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cooperatives?pageSize=abc");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var problem = await ProblemAsync(await Anonymous.SendAsync(request), 400);

        Assert.That((string?)problem["code"], Is.EqualTo("request.malformed"));
    }

    [Test]
    public async Task Given_an_Accept_header_without_json_When_an_anonymous_caller_lists_users_Then_the_401_is_still_a_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/users");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var problem = await ProblemAsync(await Anonymous.SendAsync(request), 401);

        Assert.That((string?)problem["code"], Is.EqualTo("auth.required"));
    }
}
