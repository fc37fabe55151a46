using System.Text.Json;
using System.Text.Json.Nodes;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using Dapper;

namespace CoopHub.Webhooks.Delivery;

/// <summary>
/// Turns new outbox rows into deliveries, one per active subscription that asked for the event type and whose region
/// filter lets it through (the event names the same region, or none). Claimed and written in one transaction, so a
/// message fans out once even with several instances.
/// </summary>
internal static class OutboxFanOut
{
    private const int Batch = 100;

    // The body partners receive and verify: web defaults, as since the first delivery (ApiJson's relaxed escaping would change its bytes).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task RunAsync(IDbConnectionFactory connections, TimeProvider clock, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var tx = await ClaimTransaction.BeginAsync(connection, ct);
        var now = clock.GetUtcNow();
        var claimed = await CoopHub.Shared.Outbox.Outbox.ClaimAsync(connection, tx, now, Batch);
        if (claimed.Count > 0)
        {
            var hooks = (await connection.QueryAsync<Hook>("SELECT id AS Id, event_types AS EventTypes, region_code AS RegionCode FROM app_webhooks WHERE active = @Yes",
                new { Yes = true }, tx)).ToList();
            foreach (var message in claimed)
            {
                var region = RegionOf(message.Payload);
                foreach (var hook in hooks.Where(h => h.Types.Contains(message.Type) && (h.RegionCode is null || region is null || h.RegionCode == region)))
                {
                    var body = JsonSerializer.Serialize(new { type = message.Type, timestamp = message.CreatedAt, data = JsonNode.Parse(message.Payload) }, Json);
                    await connection.ExecuteAsync("""
                        INSERT INTO app_webhook_deliveries (id, webhook_id, outbox_id, event_type, payload, status, attempts, next_attempt_at, claimed_until, created_at)
                        VALUES (@Id, @WebhookId, @OutboxId, @Type, @Payload, 'pending', 0, @Now, NULL, @Now)
                        """, new { Id = Guid.NewGuid(), WebhookId = hook.Id, OutboxId = message.Id, message.Type, Payload = body, Now = now }, tx);
                }
            }
        }
        await tx.CommitAsync(ct);
    }

    private static string? RegionOf(string payload)
        => JsonNode.Parse(payload) is JsonObject o && o.TryGetPropertyValue("regionCode", out var r) && r is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private sealed class Hook
    {
        public Guid Id { get; set; }
        public string EventTypes { get; set; } = "[]";
        public string? RegionCode { get; set; }

        public IReadOnlyList<string> Types => ApiJson.Strings(EventTypes);
    }
}
