using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using Dapper;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopHub.Notifications.Dispatch;

/// <summary>
/// Turns new outbox rows into queued messages. Notifications keep their own cursor (<c>ntf_cursor.last_seq</c>), not
/// <c>dispatched_at</c>, which is Webhooks'. The recipients are looked up first; then one transaction moves the cursor
/// from where it was read to the batch's end (compare-and-set: an instance that lost the race writes nothing) and inserts
/// the messages, unique per (trigger, recipient, channel). A crash before the commit leaves the cursor where it was,
/// so the batch is read again and nothing is lost; after it, nothing is queued twice.
/// </summary>
internal static class OutboxCursor
{
    private const int Batch = 200;

    /// <summary>Returns the number of outbox rows the cursor moved past (0 when there were none or another instance took them).</summary>
    public static async Task<int> RunAsync(IDbConnectionFactory connections, IServiceScopeFactory scopes, TimeProvider clock, NotificationOptions options, CancellationToken ct,
        ILogger? logger = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var connection = await connections.OpenAsync(ct);
        var from = await connection.ExecuteScalarAsync<long>("SELECT last_seq FROM ntf_cursor WHERE id = 1");
        var batch = await CoopHub.Shared.Outbox.Outbox.ReadAfterAsync(connection, null, from, Batch);
        if (batch.Count == 0) return 0;
        var drafts = new List<QueuedDraft>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            foreach (var message in batch)
            {
                drafts.AddRange((await Triggers.TriggerRegistry.DraftsAsync(message, sender, options, ct)).Select(d => new QueuedDraft(message.Id, message.Type, d)));
            }
        }
        var found = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var drafted = drafts.Count;
        // What people turned off is not queued at all (law 09-08): one read of the batch's recipients' choices.
        drafts = await MessageQueue.KeepWantedAsync(connection, drafts);
        var filtered = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var now = clock.GetUtcNow();
        await using var tx = await NotificationTransaction.BeginAsync(connection, ct);
        var moved = await connection.ExecuteAsync("UPDATE ntf_cursor SET last_seq = @To, updated_at = @Now WHERE id = 1 AND last_seq = @From",
            new { To = batch[^1].Seq, Now = now, From = from }, tx);
        if (moved == 0)
        {
            await tx.RollbackAsync(ct);
            return 0;
        }
        await MessageQueue.InsertAsync(connection, tx, drafts, now);
        await tx.CommitAsync(ct);
        if (drafts.Count > 0)
        {
            logger?.LogInformation("Queued {Messages} messages for outbox rows {From}..{To}: recipients and texts in {Found} ms, {Drafted} drafts filtered by preferences in {Filtered} ms, written in {Written} ms",
                drafts.Count, batch[0].Seq, batch[^1].Seq, (long)found.TotalMilliseconds, drafted, (long)(filtered - found).TotalMilliseconds,
                (long)(System.Diagnostics.Stopwatch.GetElapsedTime(started) - filtered).TotalMilliseconds);
        }
        return batch.Count;
    }
}
