using CoopHub.Shared.Data;
using CoopHub.Webhooks.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CoopHub.Webhooks.Delivery;

/// <summary>
/// Claims the deliveries that are due, so several instances never send the same one in the normal path: SQL Server
/// with UPDLOCK, READPAST, ROWLOCK; SQLite with one claiming statement in a write transaction. A claim is a lease
/// (<c>claimed_until</c>): a crashed instance's claims expire and another instance sends them.
/// </summary>
internal static class DeliveryClaims
{
    private const int Batch = 20;

    public static async Task<IReadOnlyList<DueDelivery>> ClaimAsync(IDbConnectionFactory connections, TimeProvider clock, WebhookOptions options, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var tx = await ClaimTransaction.BeginAsync(connection, ct);
        var now = clock.GetUtcNow();
        // Long enough for every claimed attempt to finish; a crashed instance's claims expire.
        var until = now + options.RequestTimeout * 25;
        var ids = (connection is SqliteConnection
            ? await connection.QueryAsync<Guid>("""
                UPDATE app_webhook_deliveries SET claimed_until = @Until
                WHERE id IN (SELECT id FROM app_webhook_deliveries
                             WHERE status = 'pending' AND next_attempt_at <= @Now AND (claimed_until IS NULL OR claimed_until < @Now)
                             ORDER BY next_attempt_at LIMIT @Batch)
                RETURNING id
                """, new { Now = now, Until = until, Batch }, tx)
            : await connection.QueryAsync<Guid>("""
                UPDATE TOP (@Batch) app_webhook_deliveries WITH (UPDLOCK, READPAST, ROWLOCK) SET claimed_until = @Until
                OUTPUT inserted.id
                WHERE status = 'pending' AND next_attempt_at <= @Now AND (claimed_until IS NULL OR claimed_until < @Now)
                """, new { Now = now, Until = until, Batch }, tx)).ToList();
        var due = new List<DueDelivery>();
        foreach (var id in ids)
        {
            due.Add(await connection.QuerySingleAsync<DueDelivery>("""
                SELECT d.id AS Id, d.webhook_id AS WebhookId, d.event_type AS EventType, d.payload AS Payload, d.attempts AS Attempts, w.url AS Url, w.secret AS Secret
                FROM app_webhook_deliveries d JOIN app_webhooks w ON w.id = d.webhook_id WHERE d.id = @Id
                """, new { Id = id }, tx));
        }
        await tx.CommitAsync(ct);
        return due;
    }

    /// <summary>Gives claimed deliveries back (a stopping instance): another instance may send them at its next pass.</summary>
    public static async Task ReleaseAsync(IDbConnectionFactory connections, IEnumerable<Guid> ids)
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        foreach (var id in ids)
        {
            await connection.ExecuteAsync("UPDATE app_webhook_deliveries SET claimed_until = NULL WHERE id = @Id AND status = 'pending'", new { Id = id });
        }
    }
}

/// <summary>A claimed delivery with what sending it needs: the signed body, the target and its secret.</summary>
internal sealed class DueDelivery
{
    public Guid Id { get; set; }
    public Guid WebhookId { get; set; }
    public string EventType { get; set; } = "";
    public string Payload { get; set; } = "";
    public int Attempts { get; set; }
    public string Url { get; set; } = "";
    public string Secret { get; set; } = "";
}
