using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CoopHub.Notifications.Dispatch;

/// <summary>
/// Claims the messages that are due (queued, or failed and past their next attempt), so several instances never send
/// the same one in the normal path: SQL Server with UPDLOCK, READPAST, ROWLOCK; SQLite with one claiming statement in a
/// write transaction. A claim is a lease (<c>claimed_until</c>): a crashed instance's claims expire.
/// </summary>
internal static class MessageClaims
{
    private const int Batch = 50;

    /// <summary>Claims up to a batch of due messages, leaving out the channels in <paramref name="skipChannels"/> (their rate limit is spent).</summary>
    public static async Task<IReadOnlyList<MessageRow>> ClaimAsync(IDbConnectionFactory connections, TimeProvider clock, NotificationOptions options, CancellationToken ct,
        IReadOnlyCollection<string>? skipChannels = null)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var tx = await NotificationTransaction.BeginAsync(connection, ct);
        var now = clock.GetUtcNow();
        var skip = skipChannels is { Count: > 0 } ? " AND channel NOT IN @Skip" : "";
        var args = new { Now = now, Until = now + options.ClaimLease, Batch, Queued = DeliveryStates.Queued, Failed = DeliveryStates.Failed, Skip = skipChannels?.ToArray() ?? [] };
        var ids = (connection is SqliteConnection
            ? await connection.QueryAsync<Guid>($"""
                UPDATE ntf_messages SET claimed_until = @Until
                WHERE id IN (SELECT id FROM ntf_messages
                             WHERE status IN (@Queued, @Failed) AND next_attempt_at <= @Now AND (claimed_until IS NULL OR claimed_until < @Now){skip}
                             ORDER BY next_attempt_at LIMIT @Batch)
                RETURNING id
                """, args, tx)
            : await connection.QueryAsync<Guid>($"""
                UPDATE TOP (@Batch) ntf_messages WITH (UPDLOCK, READPAST, ROWLOCK) SET claimed_until = @Until
                OUTPUT inserted.id
                WHERE status IN (@Queued, @Failed) AND next_attempt_at <= @Now AND (claimed_until IS NULL OR claimed_until < @Now){skip}
                """, args, tx)).ToList();
        var due = new List<MessageRow>();
        // One read for the batch (as text: Dapper's list expansion skips the Guid type handler; SQL Server converts the text).
        if (ids.Count > 0)
        {
            var rows = (await connection.QueryAsync<MessageRow>($"SELECT {MessageRow.Columns} FROM ntf_messages m WHERE m.id IN @Ids",
                new { Ids = ids.Select(id => id.ToString("D")).ToArray() }, tx)).ToDictionary(m => m.Id);
            due.AddRange(ids.Where(rows.ContainsKey).Select(id => rows[id])); // in the order claimed
        }
        await tx.CommitAsync(ct);
        return due.OrderBy(m => m.CreatedAt).ToList();
    }
}
