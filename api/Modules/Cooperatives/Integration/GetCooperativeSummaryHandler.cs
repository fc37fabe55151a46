using CoopHub.Contracts.Cooperatives;
using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Cooperatives.Integration;

/// <summary>Answers other modules' <see cref="GetCooperativeSummary"/>: the only way they read the registry.</summary>
internal sealed class GetCooperativeSummaryHandler(DbSession db) : IQueryHandler<GetCooperativeSummary, CooperativeSummary?>
{
    public async ValueTask<CooperativeSummary?> Handle(GetCooperativeSummary query, CancellationToken cancellationToken)
        => (await CooperativeStore.FindAsync(db, query.CooperativeId, cancellationToken))?.ToSummary();
}
