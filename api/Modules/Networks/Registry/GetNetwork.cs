using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Registry;

internal sealed record GetNetworkQuery(Guid Id) : IQuery<Result<NetworkDetails>>;

internal sealed class GetNetworkHandler(DbSession db) : IQueryHandler<GetNetworkQuery, Result<NetworkDetails>>
{
    public async ValueTask<Result<NetworkDetails>> Handle(GetNetworkQuery query, CancellationToken cancellationToken)
        => await NetworkRow.FindAsync(db, query.Id, cancellationToken) is { } row ? row.ToDetails() : NetworkErrors.NetworkNotFound();
}

internal static class GetNetworkEndpoint
{
    public static RouteGroupBuilder MapGetNetwork(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<Results<Ok<NetworkDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetNetworkQuery(id), ct)).OkWithETag(response, found => found.Version))
            .WithName("GetNetwork")
            .WithSummary("One network with its count of current members.")
            .ProducesProblems(404);
        return group;
    }
}
