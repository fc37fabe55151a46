using CoopHub.Contracts.Programs;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Text;
using Mediator;

namespace CoopHub.Programs.Integration;

/// <summary>Answers <see cref="ListOpenCallsMatching"/>: the open calls whose rules a cooperative's profile meets.</summary>
internal sealed class ListOpenCallsMatchingHandler(DbSession db, TimeProvider clock)
    : IQueryHandler<ListOpenCallsMatching, IReadOnlyList<CallSummary>>
{
    public async ValueTask<IReadOnlyList<CallSummary>> Handle(ListOpenCallsMatching query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await db.QueryAsync<CallRow>($"SELECT {CallRow.Columns} {CallRow.From} WHERE c.status = 'published' ORDER BY c.closes_at, c.id", null, cancellationToken))
            .Where(c => c.IsOpenAt(now))
            .Where(c => c.RuleSet.Sectors is not { Count: > 0 } sectors || query.Sectors.Count == 0 || sectors.Intersect(query.Sectors).Any())
            .Where(c => c.RuleSet.Regions is not { Count: > 0 } regions || query.Regions.Count == 0 || regions.Intersect(query.Regions).Any())
            .Select(c => c.ToSummary(now)).ToList();
    }
}
