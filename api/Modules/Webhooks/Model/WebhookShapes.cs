using System.Security.Cryptography;
using System.Text;
using CoopHub.Shared.Results;

namespace CoopHub.Webhooks.Model;

/// <summary>The event types a subscription may ask for; each is written to the outbox by its module in the change's transaction.</summary>
internal static class WebhookEventTypes
{
    public static readonly string[] All =
    [
        "cooperative.registered", "cooperative.status-changed", "application.decided", "registration.promoted", "idea.published", "network.membership-changed",
    ];
}

internal sealed record WebhookDetails(Guid Id, string Url, IReadOnlyList<string> EventTypes, string? RegionCode, string? Description, bool Active, DateTimeOffset CreatedAt);

/// <summary>The subscription and its signing secret, shown this once.</summary>
internal sealed record CreatedWebhook(WebhookDetails Webhook, string Secret);

internal sealed record DeliveryDetails(Guid Id, string EventType, string Status, int Attempts, DateTimeOffset NextAttemptAt, int? LastStatusCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, string Payload);

internal sealed record DeliveryPage(IReadOnlyList<DeliveryDetails> Items, int Page, int PageSize, int Total);

internal sealed class WebhookOptions
{
    /// <summary>How often the dispatcher looks for work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts before a delivery is marked dead.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; doubles each attempt, with ±20 % jitter, at most a day.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Consecutive failures of a target that open its circuit.</summary>
    public int BreakerFailures { get; set; } = 5;

    /// <summary>How long an open circuit stays open before one trial request.</summary>
    public TimeSpan BreakerBreak { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Accept http:// targets on loopback (development and tests only; loopback also needs AllowPrivateTargets).</summary>
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>Let targets on loopback, private, link-local and reserved addresses through (on-premise receivers, tests); off by default (WebhookTargets).</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>How long a subscription (or a connection) waits for the target's name to resolve.</summary>
    public TimeSpan ResolveTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Run the dispatcher in this process (turn off on instances that should not send).</summary>
    public bool Dispatch { get; set; } = true;
}

/// <summary>
/// Standard Webhooks signatures: <c>webhook-signature: v1,base64(HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{body}"))</c>
/// where the key is the base64 part of the <c>whsec_…</c> secret.
/// </summary>
internal static class WebhookSignature
{
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret[6..] : secret);
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
    }
}

internal static class WebhookErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("webhook.not_found", $"No webhook subscription has id {id}.");
}
