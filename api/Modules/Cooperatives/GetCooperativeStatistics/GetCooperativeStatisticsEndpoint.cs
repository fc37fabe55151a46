using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Cooperatives.GetCooperativeStatistics;

internal static class GetCooperativeStatisticsEndpoint
{
    public static RouteGroupBuilder MapGetCooperativeStatistics(this RouteGroupBuilder group)
    {
        group.MapGet("/statistics", async Task<Ok<CooperativeStatistics>> ([AsParameters] GetCooperativeStatisticsQuery query, ISender sender, CancellationToken ct)
                => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("GetCooperativeStatistics")
            .WithSummary("Cooperatives and members (women, youth) by region, province, sector or status, with the list's filters.")
            .ProducesProblems(400);
        return group;
    }
}
