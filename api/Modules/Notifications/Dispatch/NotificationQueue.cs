using System.Data.Common;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Outbox;
using Dapper;

namespace CoopHub.Notifications.Dispatch;

/// <summary>The messages still to send (queued, or failed and waiting for a retry), for the metrics and <c>/health/ready</c> (ADR 0033).</summary>
internal sealed class NotificationQueue : IOutboxQueue
{
    public string Name => "notifications";

    public async Task<(long Depth, DateTimeOffset? OldestCreatedAt)> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleAsync<Backlog>(new CommandDefinition(
            "SELECT COUNT(*) AS Depth, MIN(created_at) AS Oldest FROM ntf_messages WHERE status IN (@Queued, @Failed)",
            new { DeliveryStates.Queued, DeliveryStates.Failed }, cancellationToken: cancellationToken));
        return (row.Depth, row.Oldest);
    }

    private sealed class Backlog
    {
        public long Depth { get; set; }
        public DateTimeOffset? Oldest { get; set; }
    }
}
