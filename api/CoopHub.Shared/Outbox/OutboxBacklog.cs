using System.Data.Common;
using System.Diagnostics.Metrics;
using CoopHub.Shared.Data;
using Microsoft.Extensions.Logging;

namespace CoopHub.Shared.Outbox;

/// <summary>
/// A queue of messages for the outside world that a module owns (Webhooks' deliveries, Notifications' messages): it
/// counts its undelivered rows and names the oldest's creation time, reading its own table on the connection given.
/// </summary>
public interface IOutboxQueue
{
    /// <summary>The queue's name in metrics and in <c>/health/ready</c>: <c>webhooks</c>, <c>notifications</c>.</summary>
    string Name { get; }

    Task<(long Depth, DateTimeOffset? OldestCreatedAt)> ReadAsync(DbConnection connection, CancellationToken cancellationToken);
}

/// <summary>One queue's backlog: how many rows wait to be delivered, and for how long the oldest has waited.</summary>
public sealed record OutboxQueueState(string Queue, long Depth, double OldestAgeSeconds);

/// <summary>
/// Every queue's backlog, read with one connection and cached for <c>Observability:BacklogCacheSeconds</c> (5 s by
/// default): the gauges and the readiness probe may be read often, by many scrapers and balancers, and must not load the
/// database. The age is measured on the host's clock at the time of reading.
/// </summary>
public sealed class OutboxBacklog(IEnumerable<IOutboxQueue> queues, IDbConnectionFactory connections, TimeProvider clock, TimeSpan cacheFor) : IDisposable
{
    private readonly IOutboxQueue[] _queues = queues.ToArray();
    private readonly SemaphoreSlim _reading = new(1, 1);
    private (IReadOnlyList<OutboxQueueState> States, DateTimeOffset At)? _cached;

    public async Task<IReadOnlyList<OutboxQueueState>> ReadAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } fresh) return fresh;
        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } another) return another; // read by the caller we waited for
            var states = new List<OutboxQueueState>(_queues.Length);
            await using (var connection = await connections.OpenAsync(cancellationToken))
            {
                foreach (var queue in _queues)
                {
                    var (depth, oldest) = await queue.ReadAsync(connection, cancellationToken);
                    var now = clock.GetUtcNow();
                    states.Add(new OutboxQueueState(queue.Name, depth, oldest is { } at && depth > 0 ? Math.Max(0, (now - at).TotalSeconds) : 0));
                }
            }
            _cached = (states, clock.GetUtcNow());
            return states;
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose() => _reading.Dispose();

    private IReadOnlyList<OutboxQueueState>? Fresh()
        => _cached is { } cached && clock.GetUtcNow() - cached.At < cacheFor && clock.GetUtcNow() >= cached.At ? cached.States : null;
}

/// <summary>
/// The observable gauges <c>coophub.outbox.depth</c> and <c>coophub.outbox.oldest_age</c>, per queue, read from
/// <see cref="OutboxBacklog"/> when a metrics reader collects (on its own thread, so the blocking read holds no request).
/// Created only when metrics are on (ADR 0033).
/// </summary>
public sealed class OutboxMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly OutboxBacklog _backlog;
    private readonly ILogger<OutboxMetrics> _logger;

    public OutboxMetrics(IMeterFactory meters, OutboxBacklog backlog, ILogger<OutboxMetrics> logger)
    {
        _backlog = backlog;
        _logger = logger;
        _meter = meters.Create(Observability.Telemetry.Name);
        _meter.CreateObservableGauge("coophub.outbox.depth", () => Measure(s => s.Depth), unit: "{message}", description: "Messages waiting to be delivered, per queue.");
        _meter.CreateObservableGauge("coophub.outbox.oldest_age", () => Measure(s => s.OldestAgeSeconds), unit: "s", description: "Age of the oldest undelivered message, per queue (0 when none waits).");
    }

    private IEnumerable<Measurement<double>> Measure(Func<OutboxQueueState, double> value)
    {
        IReadOnlyList<OutboxQueueState> states;
        try
        {
            states = _backlog.ReadAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "The outbox backlog could not be read for the metrics.");
            return [];
        }
        return states.Select(s => new Measurement<double>(value(s), new KeyValuePair<string, object?>("queue", s.Queue))).ToList();
    }

    public void Dispose() => _meter.Dispose();
}
