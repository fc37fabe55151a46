using CoopHub.Contracts.Events;
using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Events.Integration;

/// <summary>Answers <see cref="FindEvents"/> for other modules (the demo data finds its ideathon): the hundred latest events of a kind and region.</summary>
internal sealed class FindEventsHandler(DbSession db) : IQueryHandler<FindEvents, IReadOnlyList<EventSummary>>
{
    public async ValueTask<IReadOnlyList<EventSummary>> Handle(FindEvents query, CancellationToken cancellationToken)
        => (await db.QueryAsync<EventRow>($"""
            SELECT {EventRow.Columns} FROM evt_events e
            WHERE (@Kind IS NULL OR e.kind = @Kind) AND (@Region IS NULL OR e.region_code = @Region)
            ORDER BY e.starts_at DESC, e.id
            """, new { query.Kind, Region = query.RegionCode }, cancellationToken))
            .Take(100).Select(e => new EventSummary(e.Id, e.Kind, e.TitleAr, e.TitleFr, e.StartsAt, e.EndsAt, e.RegionCode, e.Status, e.ProgramId, e.NetworkId)).ToList();
}
