using CoopHub.Shared.Localization;

namespace CoopHub.Webhooks.Model;

/// <summary>
/// What the delivery log says went wrong (ADR 0020): the dispatcher stores a catalogue code in <c>last_error</c>
/// (the HTTP status it needs is <c>last_status_code</c>), and the log renders it in the reader's language when read.
/// </summary>
internal static class DeliveryErrors
{
    /// <summary>The target is not allowed (WebhookTargets): the same words whatever the reason.</summary>
    public const string TargetRefused = "webhooks.delivery.target_refused";

    /// <summary>Any failure to get an HTTP answer (DNS, connection, TLS, timeout): never the socket's own words.</summary>
    public const string TargetUnreachable = "webhooks.delivery.target_unreachable";

    public const string Redirect = "webhooks.delivery.redirect";

    public const string Answered = "webhooks.delivery.answered";

    public const string CircuitOpen = "webhooks.delivery.circuit_open";

    private static readonly string[] Codes = [TargetRefused, TargetUnreachable, Redirect, Answered, CircuitOpen];

    /// <summary>The stored error in the reader's language.</summary>
    public static string? Render(string? stored, int? status) => stored is null
        ? null
        : CodeOf(stored) is { } code ? ServerText.Get(code, ("status", status)) : stored;

    /// <summary>
    /// A stored code; rows the dispatcher wrote before the catalogues hold its English sentence, recognised by how it
    /// starts (no migration rewrites the log).
    /// </summary>
    private static string? CodeOf(string stored)
    {
        if (Codes.Contains(stored, StringComparer.Ordinal)) return stored;
        if (stored.StartsWith("Target refused", StringComparison.Ordinal)) return TargetRefused;
        if (stored.StartsWith("Target unreachable", StringComparison.Ordinal)) return TargetUnreachable;
        if (stored.StartsWith("Circuit open", StringComparison.Ordinal)) return CircuitOpen;
        if (stored.StartsWith("The target answered", StringComparison.Ordinal)) return stored.Contains("redirects", StringComparison.Ordinal) ? Redirect : Answered;
        return null;
    }
}
