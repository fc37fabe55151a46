using CoopHub.Contracts.Events;
using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Events.Integration;

/// <summary>Answers <see cref="ListEventsStartingBetween"/>: published events whose start falls in the window (Notifications' reminders).</summary>
internal sealed class ListEventsStartingBetweenHandler(DbSession db) : IQueryHandler<ListEventsStartingBetween, IReadOnlyList<EventSummary>>
{
    public async ValueTask<IReadOnlyList<EventSummary>> Handle(ListEventsStartingBetween query, CancellationToken cancellationToken)
        => (await db.QueryAsync<EventRow>($"""
            SELECT {EventRow.Columns} FROM evt_events e
            WHERE e.status = 'published' AND e.starts_at >= @From AND e.starts_at < @To
            ORDER BY e.starts_at, e.id
            """, new { query.From, query.To }, cancellationToken))
            .Select(e => new EventSummary(e.Id, e.Kind, e.TitleAr, e.TitleFr, e.StartsAt, e.EndsAt, e.RegionCode, e.Status, e.ProgramId, e.NetworkId)).ToList();
}
