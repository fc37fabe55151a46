using System.Collections.Concurrent;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Hosting;

namespace CoopHub.Notifications.Dispatch;

/// <summary>
/// The per-channel ceiling (<c>Notifications:RateLimits:{Email|Sms}:PerMinute</c>, 0: unlimited; issue 18 item 5): a fixed
/// window of one minute from its first message, counted in <c>app_rate_counters</c> (ADR 0031) so that every instance
/// draws from the same budget. The dispatcher claims first, then takes permits for what it claimed: the messages past the
/// budget are released untouched (still queued, no attempt counted, their place in the queue kept) and the channel is not
/// claimed again by this instance until the window ends.
/// </summary>
internal sealed class ChannelRateLimits(RateCounters counters, TimeProvider clock, NotificationOptions options)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Per instance, only an optimisation: which channels this instance knows to be spent, and until when.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _spentUntil = new(StringComparer.Ordinal);

    /// <summary>The counter's key for a channel.</summary>
    public static string Key(string channel) => $"notifications:channel:{channel}";

    /// <summary>The channels whose window is spent now (not to be claimed until it ends).</summary>
    public IReadOnlyList<string> Spent()
    {
        var now = clock.GetUtcNow();
        return _spentUntil.Where(s => s.Value > now).Select(s => s.Key).ToList();
    }

    /// <summary>
    /// Splits claimed messages into those the channels' budgets admit now (in the order claimed) and those that must wait
    /// for the next window. One database write per limited channel present in the batch.
    /// </summary>
    public async Task<(IReadOnlyList<MessageRow> Admitted, IReadOnlyList<MessageRow> Waiting)> AdmitAsync(IReadOnlyList<MessageRow> claimed, CancellationToken ct)
    {
        var granted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in claimed.GroupBy(m => m.Channel))
        {
            var limit = options.RateLimits.PerMinute(group.Key);
            if (limit == 0)
            {
                granted[group.Key] = int.MaxValue;
                continue;
            }
            var (take, windowEnd) = await TakeAsync(group.Key, group.Count(), limit, ct);
            granted[group.Key] = take;
            if (take < group.Count()) _spentUntil[group.Key] = windowEnd;
        }
        var admitted = new List<MessageRow>();
        var waiting = new List<MessageRow>();
        foreach (var message in claimed)
        {
            if (granted[message.Channel] > 0)
            {
                granted[message.Channel]--;
                admitted.Add(message);
            }
            else
            {
                waiting.Add(message);
            }
        }
        return (admitted, waiting);
    }

    /// <summary>Takes up to <paramref name="wanted"/> permits of the channel's current window; answers how many, and when the window ends.</summary>
    private Task<(int Taken, DateTimeOffset WindowEnd)> TakeAsync(string channel, int wanted, int limit, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return counters.UpdateAsync<(int, DateTimeOffset)>(Key(channel), current =>
        {
            if (current is null || current.Until is not { } end || end <= now)
            {
                var first = Math.Min(wanted, limit);
                return (new CounterState(first, now, now + Window, now + Window), (first, now + Window));
            }
            var take = Math.Min(wanted, Math.Max(0, limit - current.Hits));
            return take == 0 ? (current, (0, end)) : (current with { Hits = current.Hits + take, LastAt = now }, (take, end));
        }, ct);
    }
}
