using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Shared.Reference;

internal static class ListSectorsEndpoint
{
    public static RouteGroupBuilder MapListSectors(this RouteGroupBuilder group)
    {
        group.MapGet("/sectors", (ReferenceData data) => TypedResults.Ok(data.Sectors))
            .WithName("ListSectors").WithSummary("Sectors of cooperative activity.");
        return group;
    }
}
