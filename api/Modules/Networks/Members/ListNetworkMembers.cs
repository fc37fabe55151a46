using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Members;

internal sealed record ListNetworkMembersQuery(Guid NetworkId, bool CurrentOnly) : IQuery<Result<IReadOnlyList<NetworkMember>>>;

internal sealed class ListNetworkMembersHandler(DbSession db) : IQueryHandler<ListNetworkMembersQuery, Result<IReadOnlyList<NetworkMember>>>
{
    public async ValueTask<Result<IReadOnlyList<NetworkMember>>> Handle(ListNetworkMembersQuery query, CancellationToken cancellationToken)
    {
        if (await NetworkRow.FindAsync(db, query.NetworkId, cancellationToken) is null) return NetworkErrors.NetworkNotFound();
        var rows = await db.QueryAsync<MemberRow>($"""
            SELECT {MemberRow.Columns} FROM net_members m
            WHERE m.network_id = @NetworkId {(query.CurrentOnly ? "AND m.left_on IS NULL" : "")}
            ORDER BY m.joined_on, m.id
            """, new { query.NetworkId }, cancellationToken);
        return rows.Select(r => r.ToApi()).ToList();
    }
}

internal static class ListNetworkMembersEndpoint
{
    public static RouteGroupBuilder MapListNetworkMembers(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/members", async Task<Results<Ok<IReadOnlyList<NetworkMember>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct, bool current = false) =>
                EndpointResults.Ok(await sender.Send(new ListNetworkMembersQuery(id, current), ct)))
            .WithName("ListNetworkMembers")
            .WithSummary("Members of a network, oldest first; current=true hides those who left.")
            .ProducesProblems(400, 404);
        return group;
    }
}
