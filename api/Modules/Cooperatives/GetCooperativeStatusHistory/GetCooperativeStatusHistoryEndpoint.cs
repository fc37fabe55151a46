using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Cooperatives.GetCooperativeStatusHistory;

internal static class GetCooperativeStatusHistoryEndpoint
{
    public static RouteGroupBuilder MapGetCooperativeStatusHistory(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/status-history", async Task<Results<Ok<IReadOnlyList<CooperativeStatusChange>>, ProblemHttpResult>> (
                Guid id, ISender sender, CancellationToken ct) =>
            (await sender.Send(new GetCooperativeStatusHistoryQuery(id), ct)).ToOk())
            .WithName("GetCooperativeStatusHistory")
            .WithSummary("The cooperative's status changes, newest first.")
            .ProducesProblems(404);
        return group;
    }
}
