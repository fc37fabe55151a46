using System.Text.Json;
using CoopHub.Cooperatives.OpenData;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Cooperatives.GetOpenCooperativesJson;

internal static class GetOpenCooperativesJsonEndpoint
{
    public static RouteGroupBuilder MapGetOpenCooperativesJson(this RouteGroupBuilder group)
    {
        group.MapGet("/cooperatives.json", async (ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var dataset = await sender.Send(new GetOpenCooperativesQuery(), ct);
                response.Headers.Link = $"<{dataset.Licence.Url}>; rel=\"license\"";
                return TypedResults.Json(dataset, new JsonSerializerOptions(JsonSerializerDefaults.Web));
            })
            .WithName("GetOpenCooperativesJson")
            .WithSummary("The public registry as open data (JSON), with its licence (ODC-By 1.0) and attribution.")
            .Produces<OpenCooperativesDataset>(200);
        return group;
    }
}
