using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Shared.Reference;

internal static class ListRegionsEndpoint
{
    public static RouteGroupBuilder MapListRegions(this RouteGroupBuilder group)
    {
        group.MapGet("/regions", (ReferenceData data) => TypedResults.Ok(data.Regions))
            .WithName("ListRegions").WithSummary("The 12 regions, each with its prefectures and provinces.");
        return group;
    }
}
