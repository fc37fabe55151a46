using System.Collections.Concurrent;

namespace CoopHub.Identity.SignIn;

/// <summary>
/// Failed sign-ins counted per (account, client address), ADR 0014: the first
/// <see cref="SignInBackoff.FreeAttempts"/> are free, then that address waits a doubling time before
/// each further try at that account. A stranger who hammers an account only locks out their own
/// address; the owner elsewhere still signs in. The account is the address typed, known or not, so
/// the answers say nothing about which addresses have accounts.
/// </summary>
internal interface ISignInThrottle
{
    /// <summary>
    /// Null when this client may try this account now (the attempt counts as a failure until
    /// <see cref="SucceededAsync"/>, so parallel tries cannot slip past the count); else how long to wait.
    /// </summary>
    ValueTask<TimeSpan?> TryAttemptAsync(string account, string client, CancellationToken cancellationToken);

    /// <summary>The right password: this client starts afresh on this account.</summary>
    ValueTask SucceededAsync(string account, string client, CancellationToken cancellationToken);
}

/// <summary>The waiting rule, apart from where the counts are kept.</summary>
internal static class SignInBackoff
{
    public const int FreeAttempts = 5;
    public static readonly TimeSpan FirstWait = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    /// <summary>A client that has not failed for this long starts afresh.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(24);

    /// <summary>The wait after the given number of failures: none, then 1, 2, 4 … minutes up to an hour.</summary>
    public static TimeSpan? WaitAfter(int failures)
    {
        if (failures < FreeAttempts) return null;
        var doublings = Math.Min(failures - FreeAttempts, 16);
        var wait = TimeSpan.FromTicks(FirstWait.Ticks << doublings);
        return wait > LongestWait ? LongestWait : wait;
    }

    public static string AccountKey(string? email) => (email ?? "").Trim().ToLowerInvariant();
}

/// <summary>
/// Counts in memory, per instance (issue 20 moves them to the database behind the same interface).
/// Entries are forgotten a day after the last attempt; the map is swept when it grows (the per-IP
/// rate limit bounds how fast it can).
/// </summary>
internal sealed class InMemorySignInThrottle(TimeProvider clock) : ISignInThrottle
{
    private const int SweepAbove = 50_000;

    private sealed record Entry(int Failures, DateTimeOffset LastAttemptAt, DateTimeOffset? WaitUntil);

    private readonly ConcurrentDictionary<(string Account, string Client), Entry> _entries = new();
    private readonly Lock _sweep = new();

    public ValueTask<TimeSpan?> TryAttemptAsync(string account, string client, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        TimeSpan? refused = null;
        _entries.AddOrUpdate((account, client),
            _ => Attempt(new Entry(0, now, null), now),
            (_, entry) =>
            {
                if (now - entry.LastAttemptAt > SignInBackoff.ForgetAfter) entry = new Entry(0, now, null);
                if (entry.WaitUntil is { } until && until > now)
                {
                    refused = until - now;
                    return entry;
                }
                refused = null;
                return Attempt(entry, now);
            });
        if (_entries.Count > SweepAbove) Sweep(now);
        return ValueTask.FromResult(refused);
    }

    public ValueTask SucceededAsync(string account, string client, CancellationToken cancellationToken)
    {
        _entries.TryRemove((account, client), out _);
        return ValueTask.CompletedTask;
    }

    private static Entry Attempt(Entry entry, DateTimeOffset now)
    {
        var failures = entry.Failures + 1;
        return new Entry(failures, now, now + SignInBackoff.WaitAfter(failures));
    }

    private void Sweep(DateTimeOffset now)
    {
        lock (_sweep)
        {
            foreach (var (key, entry) in _entries)
            {
                if (now - entry.LastAttemptAt > SignInBackoff.ForgetAfter)
                {
                    _entries.TryRemove(key, out _);
                }
            }
        }
    }
}
