using CoopHub.Contracts.Events;
using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Events.Integration;

internal sealed class GetEventSummaryHandler(DbSession db) : IQueryHandler<GetEventSummary, EventSummary?>
{
    public async ValueTask<EventSummary?> Handle(GetEventSummary query, CancellationToken cancellationToken)
        => await EventStore.FindAsync(db, query.EventId, cancellationToken) is { } e
            ? new EventSummary(e.Id, e.Kind, e.TitleAr, e.TitleFr, e.StartsAt, e.EndsAt, e.RegionCode, e.Status, e.ProgramId, e.NetworkId)
            : null;
}
