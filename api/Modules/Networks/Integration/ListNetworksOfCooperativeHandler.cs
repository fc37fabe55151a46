using CoopHub.Contracts.Networks;
using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Networks.Integration;

/// <summary>Answers other modules asking which networks a cooperative currently belongs to.</summary>
internal sealed class ListNetworksOfCooperativeHandler(DbSession db) : IQueryHandler<ListNetworksOfCooperative, IReadOnlyList<NetworkSummary>>
{
    public async ValueTask<IReadOnlyList<NetworkSummary>> Handle(ListNetworksOfCooperative query, CancellationToken cancellationToken)
        => (await db.QueryAsync<NetworkRow>($"""
            SELECT {NetworkRow.Columns} FROM net_networks n
            WHERE EXISTS (SELECT 1 FROM net_members x WHERE x.network_id = n.id AND x.member_type = 'cooperative' AND x.member_id = @Id AND x.left_on IS NULL)
            ORDER BY n.name_key
            """, new { Id = query.CooperativeId }, cancellationToken)).Select(r => r.ToSummary()).ToList();
}
