using CoopHub.Shared.Hosting;

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
/// Counts in the database (<see cref="RateCounters"/>, ADR 0031), so every instance sees the same failures: a stranger
/// who spreads tries over several instances waits as long as on one. One row per (account, client address), forgotten
/// a day after its last attempt; the check and the count are one locked write, so parallel tries cannot slip past.
/// </summary>
internal sealed class DatabaseSignInThrottle(RateCounters counters, TimeProvider clock) : ISignInThrottle
{
    public async ValueTask<TimeSpan?> TryAttemptAsync(string account, string client, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await counters.UpdateAsync<TimeSpan?>(Key(account, client), current =>
        {
            if (current is not null && now - current.LastAt > SignInBackoff.ForgetAfter) current = null;
            if (current?.Until is { } until && until > now) return (current, until - now);
            var failures = (current?.Hits ?? 0) + 1;
            return (new CounterState(failures, now, now + SignInBackoff.WaitAfter(failures), now + SignInBackoff.ForgetAfter), null);
        }, cancellationToken);
    }

    public async ValueTask SucceededAsync(string account, string client, CancellationToken cancellationToken)
        => await counters.UpdateAsync<bool>(Key(account, client), current => (null, true), cancellationToken);

    private static string Key(string account, string client) => $"sign-in-failures:{client}:{account}";
}
