using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Cooperatives.ChangeCooperativeStatus;

internal static class ChangeCooperativeStatusEndpoint
{
    public static RouteGroupBuilder MapChangeCooperativeStatus(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/status", async Task<Results<Ok<CooperativeDetails>, ProblemHttpResult>> (
                Guid id, ChangeCooperativeStatusCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command with { Id = id, ExpectedVersion = ETags.Read(request).Version }, ct)).OkWithETag(response, changed => changed.Version))
            .WithName("ChangeCooperativeStatus")
            .RequireAuthorization()
            .WithSummary("Moves a cooperative to another status (active, dormant, inLiquidation, dissolved) and records it in its history.")
            .ProducesProblems(400, 404, 409, 412);
        return group;
    }
}
