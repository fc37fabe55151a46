using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Bodies;

internal sealed record ListNetworkBodiesQuery(Guid NetworkId) : IQuery<Result<IReadOnlyList<NetworkBody>>>;

internal sealed class ListNetworkBodiesHandler(DbSession db, TimeProvider clock) : IQueryHandler<ListNetworkBodiesQuery, Result<IReadOnlyList<NetworkBody>>>
{
    public async ValueTask<Result<IReadOnlyList<NetworkBody>>> Handle(ListNetworkBodiesQuery query, CancellationToken cancellationToken)
    {
        if (await NetworkRow.FindAsync(db, query.NetworkId, cancellationToken) is null) return NetworkErrors.NetworkNotFound();
        var bodies = await db.QueryAsync<BodyRow>(
            "SELECT b.id AS Id, b.kind AS Kind, b.name_ar AS NameAr, b.name_fr AS NameFr, b.purpose AS Purpose FROM net_bodies b WHERE b.network_id = @NetworkId ORDER BY b.created_at, b.id",
            new { query.NetworkId }, cancellationToken);
        var mandates = (await db.QueryAsync<MandateRow>($"{MandateRow.Select} WHERE d.network_id = @NetworkId ORDER BY d.term_start DESC, d.id", new { query.NetworkId }, cancellationToken)).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return bodies.Select(b => new NetworkBody(b.Id, ApiJson.Parse<BodyKind>(b.Kind), b.NameAr, b.NameFr, b.Purpose,
            mandates.Where(m => m.BodyId == b.Id).Select(m => m.ToApi(today)).ToList())).ToList();
    }
}

internal static class ListNetworkBodiesEndpoint
{
    public static RouteGroupBuilder MapListNetworkBodies(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/bodies", async Task<Results<Ok<IReadOnlyList<NetworkBody>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new ListNetworkBodiesQuery(id), ct)))
            .WithName("ListNetworkBodies")
            .WithSummary("The network's bodies, each with its mandates (newest first; 'current' marks those in force today).")
            .ProducesProblems(404);
        return group;
    }
}
