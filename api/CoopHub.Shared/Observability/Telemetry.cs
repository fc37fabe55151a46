using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;

namespace CoopHub.Shared.Observability;

/// <summary>
/// CoopHub's own traces and metrics (issue 20 item 4, ADR 0033): one <see cref="ActivitySource"/> and one <see cref="Meter"/>,
/// both named <c>CoopHub</c>. Nothing listens unless the host turned OpenTelemetry on; then a span or a measurement costs a
/// check of "is anyone listening" and nothing more.
/// </summary>
public static class Telemetry
{
    public const string Name = "CoopHub";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>How long a mediator handler took, with everything the pipeline does around it (seconds).</summary>
    public static readonly Histogram<double> HandlerDuration = Meter.CreateHistogram<double>(
        "coophub.mediator.duration", unit: "s", description: "Duration of a mediator request, pipeline included.");

    /// <summary>Handlers that answered a failure (<c>failed</c>) or threw (<c>error</c>).</summary>
    public static readonly Counter<long> HandlerFailures = Meter.CreateCounter<long>(
        "coophub.mediator.failures", unit: "{request}", description: "Mediator requests that answered a failure or threw.");

    /// <summary>Attempts to reach the outside world, per channel (webhook, email, sms, inapp) and outcome (delivered, failed, dead).</summary>
    public static readonly Counter<long> Deliveries = Meter.CreateCounter<long>(
        "coophub.deliveries", unit: "{delivery}", description: "Delivery attempts per channel and outcome.");

    /// <summary>Records one delivery attempt: <paramref name="outcome"/> is <c>delivered</c>, <c>failed</c> (retried later) or <c>dead</c>.</summary>
    public static void RecordDelivery(string channel, string outcome)
        => Deliveries.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>
    /// The id a person quotes when reporting a problem: the W3C trace id of the request (32 hex digits), the one the log
    /// lines of that request carry (<c>TraceId</c>) and the tracing back-end searches by; the request's own identifier
    /// when no trace is running.
    /// </summary>
    public static string TraceId(HttpContext context)
        => Activity.Current is { } activity && activity.TraceId != default ? activity.TraceId.ToHexString() : context.TraceIdentifier;
}
