using System.Data.Common;
using CoopHub.Shared.Outbox;
using Dapper;

namespace CoopHub.Webhooks.Delivery;

/// <summary>The webhook deliveries still to send (pending, whether never tried or waiting for a retry), for the metrics and <c>/health/ready</c>.</summary>
internal sealed class WebhookQueue : IOutboxQueue
{
    public string Name => "webhooks";

    public async Task<(long Depth, DateTimeOffset? OldestCreatedAt)> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleAsync<Backlog>(new CommandDefinition(
            "SELECT COUNT(*) AS Depth, MIN(created_at) AS Oldest FROM app_webhook_deliveries WHERE status = 'pending'", cancellationToken: cancellationToken));
        return (row.Depth, row.Oldest);
    }

    private sealed class Backlog
    {
        public long Depth { get; set; }
        public DateTimeOffset? Oldest { get; set; }
    }
}
