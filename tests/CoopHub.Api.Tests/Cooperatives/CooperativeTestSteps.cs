using System.Net;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;

namespace CoopHub.Api.Tests.Cooperatives;

/// <summary>Steps the cooperative scenarios share.</summary>
public abstract class CooperativeTest(Engine engine) : ApiTest(engine)
{
    protected async Task<(string Id, string ETag)> RegisterAsync(JsonObject body)
    {
        var response = await PostJsonAsync(CooperativesRoutes.Base, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var created = await BodyAsync(response);
        return ((string)created["id"]!, response.Headers.ETag!.Tag);
    }

    protected Task<HttpResponseMessage> ChangeStatusAsync(string id, string status, string effectiveOn, string? reason = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{CooperativesRoutes.Base}/{id}/status")
        {
            Content = new StringContent(new JsonObject { ["status"] = status, ["effectiveOn"] = effectiveOn, ["reason"] = reason }.ToJsonString(),
                System.Text.Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return Client.SendAsync(request);
    }
}
