using CoopHub.Contracts.Events;
using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Events.Integration;

/// <summary>Answers <see cref="ListRegisteredCooperatives"/>: the cooperatives with a seat at the event.</summary>
internal sealed class ListRegisteredCooperativesHandler(DbSession db) : IQueryHandler<ListRegisteredCooperatives, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListRegisteredCooperatives query, CancellationToken cancellationToken)
        => (await db.QueryAsync<Guid>("SELECT DISTINCT cooperative_id FROM evt_registrations WHERE event_id = @Id AND status IN @Statuses AND cooperative_id IS NOT NULL",
            new { Id = query.EventId, Statuses = query.WithWaitlist ? new[] { "registered", "waitlisted" } : new[] { "registered" } }, cancellationToken)).ToList();
}
