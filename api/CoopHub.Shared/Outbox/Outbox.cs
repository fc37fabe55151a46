using System.Text.Json;
using CoopHub.Shared.Data;

namespace CoopHub.Shared.Outbox;

/// <summary>
/// Messages for the outside world (notifications, later webhooks), written in the same transaction
/// as the change they announce, so a rolled-back change announces nothing. A dispatcher reads
/// undispatched rows in order; until webhooks exist the rows are the record of what was announced.
/// </summary>
public static class Outbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(DbSession db, string type, object payload, DateTimeOffset at, CancellationToken cancellationToken)
        => db.ExecuteAsync("INSERT INTO app_outbox (id, type, payload, created_at, dispatched_at) VALUES (@Id, @Type, @Payload, @At, NULL)",
            new { Id = Guid.NewGuid(), Type = type, Payload = JsonSerializer.Serialize(payload, Json), At = at }, cancellationToken);
}
