using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Projects;

internal sealed record ListNetworkProjectsQuery(Guid NetworkId) : IQuery<Result<IReadOnlyList<NetworkProject>>>;

internal sealed class ListNetworkProjectsHandler(DbSession db) : IQueryHandler<ListNetworkProjectsQuery, Result<IReadOnlyList<NetworkProject>>>
{
    public async ValueTask<Result<IReadOnlyList<NetworkProject>>> Handle(ListNetworkProjectsQuery query, CancellationToken cancellationToken)
    {
        if (await NetworkRow.FindAsync(db, query.NetworkId, cancellationToken) is null) return NetworkErrors.NetworkNotFound();
        return (await ProjectRow.ListAsync(db, query.NetworkId, cancellationToken)).Select(p => p.ToApi()).ToList();
    }
}

internal static class ListNetworkProjectsEndpoint
{
    public static RouteGroupBuilder MapListNetworkProjects(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/projects", async Task<Results<Ok<IReadOnlyList<NetworkProject>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new ListNetworkProjectsQuery(id), ct)))
            .WithName("ListNetworkProjects")
            .WithSummary("Projects the network tracks.")
            .ProducesProblems(404);
        return group;
    }
}
