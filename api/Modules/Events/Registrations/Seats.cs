using CoopHub.Events.Model;
using CoopHub.Shared.Data;

namespace CoopHub.Events.Registrations;

/// <summary>
/// No overbooking under concurrency (ADR 0011): every change to an event's registrations starts by
/// updating the event's row (bumping its arrival counter). That write lock — SQLite's single writer
/// taken by BEGIN IMMEDIATE, SQL Server's exclusive row lock held to the end of the transaction —
/// makes registrations, cancellations and promotions of one event run one after another, so the
/// seat count each reads is the truth. Different events never wait for each other on SQL Server.
/// </summary>
internal static class Seats
{
    /// <summary>Locks the event for this transaction and returns the next arrival number; null when the event does not exist.</summary>
    public static async Task<int?> LockAsync(DbSession db, Guid eventId, CancellationToken ct)
    {
        var changed = await db.ExecuteAsync("UPDATE evt_events SET registration_seq = registration_seq + 1 WHERE id = @Id", new { Id = eventId }, ct);
        if (changed == 0) return null;
        return await db.ExecuteScalarAsync<int>("SELECT registration_seq FROM evt_events WHERE id = @Id", new { Id = eventId }, ct);
    }

    public static Task<int> TakenAsync(DbSession db, Guid eventId, CancellationToken ct)
        => db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM evt_registrations WHERE event_id = @Id AND status IN ('registered', 'attended')", new { Id = eventId }, ct);

    /// <summary>While a seat is free, the earliest waitlisted registration takes it, and an outbox row announces it. Call under <see cref="LockAsync"/>.</summary>
    public static async Task<IReadOnlyList<RegistrationRow>> PromoteAsync(DbSession db, EventRow ev, DateTimeOffset now, CancellationToken ct)
    {
        var promoted = new List<RegistrationRow>();
        if (ev.Capacity is not { } capacity) return promoted;
        var free = capacity - await TakenAsync(db, ev.Id, ct);
        while (free-- > 0)
        {
            var next = await db.QuerySingleOrDefaultAsync<RegistrationRow>(
                $"SELECT {RegistrationRow.Columns} FROM evt_registrations r WHERE r.event_id = @Id AND r.status = 'waitlisted' ORDER BY r.seq {db.Dialect.Paging()}",
                new { ev.Id, Skip = 0L, Take = 1 }, ct);
            if (next is null) break;
            await db.ExecuteAsync("UPDATE evt_registrations SET status = 'registered', promoted_at = @Now WHERE id = @Id", new { Now = now, next.Id }, ct);
            await CoopHub.Shared.Outbox.Outbox.WriteAsync(db,
                new CoopHub.Contracts.Events.RegistrationPromotedEvent(next.Id, ev.Id, next.CooperativeId, next.AttendeeName, now), now, ct);
            next.Status = "registered";
            next.PromotedAt = now;
            promoted.Add(next);
        }
        return promoted;
    }
}
