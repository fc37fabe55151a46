using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Cooperatives.GetCooperative;

internal static class GetCooperativeEndpoint
{
    public static RouteGroupBuilder MapGetCooperative(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<Results<Ok<CooperativeDetails>, ProblemHttpResult>> (
                Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            (await sender.Send(new GetCooperativeQuery(id), ct)).OkWithETag(response, found => found.Version))
            .WithName("GetCooperative")
            .WithSummary("One cooperative, with its version as ETag.")
            .ProducesProblems(404);
        return group;
    }
}
