using CoopHub.Contracts.Cooperatives;
using CoopHub.Cooperatives.Authorization;
using CoopHub.Cooperatives.GetCooperative;
using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Cooperatives.ChangeCooperativeStatus;

internal sealed class ChangeCooperativeStatusHandler(DbSession db, DomainEvents events, AuditTrail audit, TimeProvider clock, CurrentUser user)
    : ICommandHandler<ChangeCooperativeStatusCommand, Result<CooperativeDetails>>
{
    private const string UpdateSql = """
        UPDATE coop_cooperatives SET status = @Status, version = version + 1, updated_at = @UpdatedAt
        WHERE id = @Id AND version = @Version
        """;

    private const string LastChangeSql = """
        SELECT MAX(sequence) AS Sequence,
               (SELECT MAX(h.effective_on) FROM coop_status_changes h WHERE h.cooperative_id = @Id AND h.sequence > 1) AS EffectiveOn
        FROM coop_status_changes WHERE cooperative_id = @Id
        """;

    public async ValueTask<Result<CooperativeDetails>> Handle(ChangeCooperativeStatusCommand command, CancellationToken cancellationToken)
    {
        var current = await CooperativeStore.FindAsync(db, command.Id, cancellationToken);
        if (current is null) return GetCooperativeHandler.NotFound();
        if (CooperativeAccess.MayChangeStatus(user, current) is { } denied) return denied;
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed();
        }

        var from = current.ParsedStatus();
        var to = command.Status!.Value;
        if (from == to)
        {
            return Error.Conflict("cooperative.status_unchanged", ("status", to.ToText()));
        }
        if (!CooperativeStatuses.CanMove(from, to))
        {
            var allowed = CooperativeStatuses.NextFrom(from);
            return allowed.Count == 0
                ? new Error(ErrorKind.Conflict, "cooperative.status_transition", ServerText.Get("cooperatives.status_change.final", ("status", from.ToText())))
                : Error.Conflict("cooperative.status_transition",
                    ("from", from.ToText()), ("to", to.ToText()), ("allowed", ServerText.List(allowed.Select(s => s.ToText()))));
        }
        var effectiveOn = command.EffectiveOn!.Value;
        if (current.FoundedOn is { } founded && effectiveOn < founded)
        {
            return Error.Invalid("effectiveOn", "cooperatives.status_change.before_founding", ("founded", founded));
        }
        var last = await db.QuerySingleOrDefaultAsync<LastChange>(LastChangeSql, new { current.Id }, cancellationToken);
        // The registration entry does not bound later changes; a real change does.
        if (last?.EffectiveOn is { } lastOn && effectiveOn < lastOn)
        {
            return Error.Invalid("effectiveOn", "cooperatives.status_change.before_previous", ("previous", lastOn));
        }

        var now = clock.GetUtcNow();
        var updated = await db.ExecuteAsync(UpdateSql, new { current.Id, current.Version, Status = to.ToApi(), UpdatedAt = now }, cancellationToken);
        if (updated == 0)
        {
            return Error.PreconditionFailed();
        }
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        await db.ExecuteAsync(CooperativeStore.InsertStatusChange,
            new StatusChangeRow(Guid.NewGuid(), current.Id, (int)(last?.Sequence ?? 0) + 1, from.ToApi(), to.ToApi(), effectiveOn, reason, now), cancellationToken);
        events.Raise(new CooperativeStatusChanged(current.Id, from.ToApi(), to.ToApi(), effectiveOn, reason));
        await CoopHub.Shared.Outbox.Outbox.WriteAsync(db, new CoopHub.Contracts.Cooperatives.CooperativeStatusChangedEvent(
            current.Id, current.RegistrationNumber, current.RegionCode, from.ToApi(), to.ToApi(), effectiveOn, reason), clock.GetUtcNow(), cancellationToken);
        audit.Record("cooperative", current.Id, new { status = from.ToApi(), version = current.Version },
            new { status = to.ToApi(), version = current.Version + 1, effectiveOn, reason });

        current.Status = to.ToApi();
        current.Version++;
        current.UpdatedAt = now;
        return current.ToDetails();
    }

    private sealed class LastChange
    {
        public long? Sequence { get; set; }

        public DateOnly? EffectiveOn { get; set; }
    }
}
