using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Programs.Calls;

internal static class MatchingEndpoint
{
    public static void MapMatching(RouteGroupBuilder calls, RouteGroupBuilder api)
    {
        calls.MapGet("/{id:guid}/eligible-cooperatives", async Task<Results<Ok<EligibleCooperativePage>, ProblemHttpResult>> (
                Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListEligibleCooperativesQuery { CallId = id, Page = page, PageSize = pageSize }, ct)))
            .WithName("ListEligibleCooperatives")
            .RequireAuthorization()
            .WithSummary("Registry cooperatives meeting every rule of the call that have not applied: whom to invite.")
            .ProducesProblems(400, 401, 403, 404);
        api.MapGet("/cooperatives/{id:guid}/open-calls", async Task<Results<Ok<IReadOnlyList<OpenCallForCooperative>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListOpenCallsForCooperativeQuery(id), ct)))
            .WithTags("Calls")
            .WithName("ListOpenCallsForCooperative")
            .WithSummary("Open calls with, for each, whether the cooperative is eligible and why not.")
            .ProducesProblems(404);
    }
}
