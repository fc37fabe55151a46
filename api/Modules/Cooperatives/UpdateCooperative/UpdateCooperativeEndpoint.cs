using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Cooperatives.UpdateCooperative;

internal static class UpdateCooperativeEndpoint
{
    public static RouteGroupBuilder MapUpdateCooperative(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", async Task<Results<Ok<CooperativeDetails>, ProblemHttpResult>> (
                Guid id, UpdateCooperativeCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                await request.WriteIfMatched(version => sender.Send(command with { Id = id, ExpectedVersion = version }, ct), updated => updated.Version))
            .WithName("UpdateCooperative")
            .RequireAuthorization()
            .WithSummary("Replaces a cooperative's profile. Send If-Match with the ETag you read.")
            .ProducesProblems(400, 404, 409, 412, 413, 428);
        return group;
    }
}
