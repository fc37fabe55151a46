using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Shared.Http;

internal static class GetLivenessEndpoint
{
    public static RouteGroupBuilder MapGetLiveness(this RouteGroupBuilder group)
    {
        group.MapGet("/live", () => TypedResults.Ok(new HealthReport("live", null)))
            .WithName("GetLiveness").WithSummary("The process is up.");
        return group;
    }
}
