using CoopHub.Contracts.Programs;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Time;
using Mediator;

namespace CoopHub.Programs.Integration;

/// <summary>Answers <see cref="ListCallsClosingBetween"/>: published calls whose closing time falls in the window.</summary>
internal sealed class ListCallsClosingBetweenHandler(DbSession db, TimeProvider clock) : IQueryHandler<ListCallsClosingBetween, IReadOnlyList<CallSummary>>
{
    public async ValueTask<IReadOnlyList<CallSummary>> Handle(ListCallsClosingBetween query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await db.QueryAsync<CallRow>($"SELECT {CallRow.Columns} {CallRow.From} WHERE c.status = 'published' AND c.closes_at >= @From AND c.closes_at < @To ORDER BY c.closes_at, c.id",
                new { query.From, query.To }, cancellationToken))
            .Select(c => c.ToSummary(now)).ToList();
    }
}
