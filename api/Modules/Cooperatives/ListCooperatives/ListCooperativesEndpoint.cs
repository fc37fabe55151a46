using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Cooperatives.ListCooperatives;

internal static class ListCooperativesEndpoint
{
    public static RouteGroupBuilder MapListCooperatives(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<CooperativePage>> ([AsParameters] ListCooperativesQuery query, ISender sender, CancellationToken ct)
                => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListCooperatives")
            .WithSummary("The directory: search, filters, sorting and paging.")
            .ProducesProblems(400);
        return group;
    }
}
