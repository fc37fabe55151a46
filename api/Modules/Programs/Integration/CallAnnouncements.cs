using CoopHub.Contracts.Programs;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Programs.Integration;

/// <summary>
/// A call is announced once (<c>prog_calls.announced_at</c>, migration 0021): when it is published and its opening time
/// has arrived, <see cref="CallPublishedEvent"/> goes to the outbox in the same transaction as the mark. The compare-and-set
/// on <c>announced_at IS NULL</c> keeps two instances (or a save and the scheduler) from announcing it twice.
/// </summary>
internal static class CallAnnouncements
{
    /// <summary>Announces the due calls (only <paramref name="callId"/> when given), in the caller's transaction; returns how many.</summary>
    public static async Task<int> AnnounceDueAsync(DbSession db, DateTimeOffset now, CancellationToken ct, Guid? callId = null)
    {
        var filter = callId is null ? "" : " AND c.id = @Id";
        var due = (await db.QueryAsync<CallRow>($"SELECT {CallRow.Columns} {CallRow.From} WHERE c.status = 'published' AND c.announced_at IS NULL{filter}",
            new { Id = callId ?? Guid.Empty }, ct)).Where(c => c.IsOpenAt(now)).ToList();
        var announced = 0;
        foreach (var call in due)
        {
            if (await db.ExecuteAsync("UPDATE prog_calls SET announced_at = @Now WHERE id = @Id AND announced_at IS NULL", new { Now = now, call.Id }, ct) == 0) continue;
            var rules = call.RuleSet;
            await CoopHub.Shared.Outbox.Outbox.WriteAsync(db, new CallPublishedEvent(call.Id, call.ProgramId, call.ProgramCode, call.TitleAr, call.TitleFr,
                call.OpensAt.ToUniversalTime(), call.ClosesAt.ToUniversalTime(), rules.Sectors ?? [], rules.Regions ?? []), now, ct);
            announced++;
        }
        return announced;
    }
}

/// <summary>Answers <see cref="AnnounceOpenedCalls"/>: the calls whose opening time arrived since they were published.</summary>
internal sealed class AnnounceOpenedCallsHandler(DbSession db, TimeProvider clock) : ICommandHandler<AnnounceOpenedCalls, int>
{
    public async ValueTask<int> Handle(AnnounceOpenedCalls command, CancellationToken cancellationToken)
        => await CallAnnouncements.AnnounceDueAsync(db, clock.GetUtcNow(), cancellationToken);
}
