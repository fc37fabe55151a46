using System.Data.Common;
using System.Text.Json;
using CoopHub.Contracts.Outbox;
using CoopHub.Shared.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CoopHub.Shared.Outbox;

/// <summary>
/// Messages for the outside world (notifications, later webhooks), written in the same transaction
/// as the change they announce, so a rolled-back change announces nothing. A dispatcher reads
/// undispatched rows in order; until webhooks exist the rows are the record of what was announced.
/// </summary>
public static class Outbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Writes <paramref name="message"/> under its type, in the caller's transaction; the record from Contracts is the payload.</summary>
    public static Task WriteAsync<T>(DbSession db, T message, DateTimeOffset at, CancellationToken cancellationToken) where T : IOutboxEvent
        => Write(db, T.Type, message, at, cancellationToken);

    private static Task Write(DbSession db, string type, object payload, DateTimeOffset at, CancellationToken cancellationToken)
        => db.ExecuteAsync("INSERT INTO app_outbox (id, type, payload, created_at, dispatched_at) VALUES (@Id, @Type, @Payload, @At, NULL)",
            new { Id = Guid.NewGuid(), Type = type, Payload = JsonSerializer.Serialize(payload, Json), At = at }, cancellationToken);

    /// <summary>
    /// Marks up to <paramref name="take"/> undispatched messages as dispatched and returns them in order, inside the caller's
    /// transaction: on SQL Server with UPDLOCK, READPAST, ROWLOCK (instances skip each other's rows); on SQLite in one
    /// statement under the write lock the transaction holds.
    /// </summary>
    public static async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now, int take)
        => (connection is SqliteConnection
            ? await connection.QueryAsync<OutboxMessage>("""
                UPDATE app_outbox SET dispatched_at = @Now
                WHERE seq IN (SELECT seq FROM app_outbox WHERE dispatched_at IS NULL ORDER BY seq LIMIT @Take)
                RETURNING seq AS Seq, id AS Id, type AS Type, payload AS Payload, created_at AS CreatedAt
                """, new { Now = now, Take = take }, transaction)
            : await connection.QueryAsync<OutboxMessage>("""
                UPDATE TOP (@Take) app_outbox WITH (UPDLOCK, READPAST, ROWLOCK) SET dispatched_at = @Now
                OUTPUT inserted.seq AS Seq, inserted.id AS Id, inserted.type AS Type, inserted.payload AS Payload, inserted.created_at AS CreatedAt
                WHERE dispatched_at IS NULL
                """, new { Now = now, Take = take }, transaction)).OrderBy(m => m.Seq).ToList();
    /// <summary>
    /// Up to <paramref name="take"/> messages after <paramref name="afterSeq"/>, in order, without claiming them: for a
    /// reader that keeps its own cursor (Notifications) rather than <c>dispatched_at</c>, which is Webhooks'. A cursor must never pass a row that commits later
    /// with a lower seq: SQLite has one writer, so seq order is commit order; on SQL Server the read takes shared locks
    /// (READCOMMITTEDLOCK, even under snapshot isolation), so it waits for a writer's uncommitted row instead of skipping it.
    /// </summary>
    public static async Task<IReadOnlyList<OutboxMessage>> ReadAfterAsync(DbConnection connection, DbTransaction? transaction, long afterSeq, int take)
        => (connection is SqliteConnection
            ? await connection.QueryAsync<OutboxMessage>("""
                SELECT seq AS Seq, id AS Id, type AS Type, payload AS Payload, created_at AS CreatedAt FROM app_outbox
                WHERE seq > @After ORDER BY seq LIMIT @Take
                """, new { After = afterSeq, Take = take }, transaction)
            : await connection.QueryAsync<OutboxMessage>("""
                SELECT TOP (@Take) seq AS Seq, id AS Id, type AS Type, payload AS Payload, created_at AS CreatedAt FROM app_outbox WITH (READCOMMITTEDLOCK)
                WHERE seq > @After ORDER BY seq
                """, new { After = afterSeq, Take = take }, transaction)).ToList();

    /// <summary>The last sequence number written (0 when the outbox is empty): where a new reader starts.</summary>
    public static Task<long> LastSeqAsync(DbConnection connection, DbTransaction? transaction)
        => connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(seq), 0) FROM app_outbox", transaction: transaction);
}

public sealed class OutboxMessage
{
    public long Seq { get; set; }
    public Guid Id { get; set; }
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
}
