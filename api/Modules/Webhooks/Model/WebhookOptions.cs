namespace CoopHub.Webhooks.Model;

/// <summary>The <c>Webhooks:</c> settings: polling, retries, the circuit breaker, and which targets are allowed.</summary>
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
