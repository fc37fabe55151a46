using CoopHub.Contracts.Networks;
using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Networks.Integration;

/// <summary>Answers other modules asking for one network by id (Identity binds network officers with it).</summary>
internal sealed class GetNetworkSummaryHandler(DbSession db) : IQueryHandler<GetNetworkSummary, NetworkSummary?>
{
    public async ValueTask<NetworkSummary?> Handle(GetNetworkSummary query, CancellationToken cancellationToken)
        => (await NetworkRow.FindAsync(db, query.NetworkId, cancellationToken))?.ToSummary();
}
