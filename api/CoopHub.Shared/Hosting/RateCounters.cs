using System.Data;
using System.Diagnostics;
using System.Threading.RateLimiting;
using CoopHub.Shared.Data;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Shared.Hosting;

/// <summary>One counter's row: hits, the last hit, until when it waits (or its window ends), and when it may be swept.</summary>
public sealed record CounterState(int Hits, DateTimeOffset LastAt, DateTimeOffset? Until, DateTimeOffset ExpiresAt);

/// <summary>
/// The counters behind the limits that protect accounts and codes, in <c>app_rate_counters</c> (ADR 0031), so every
/// instance counts the same hits: a caller who spreads tries over several instances gets no more than from one.
/// Each change is a read-modify-write under the database's write lock (SQLite: BEGIN IMMEDIATE; SQL Server: UPDLOCK,
/// HOLDLOCK on the key), so parallel tries on any instances are counted one by one.
/// </summary>
public sealed class RateCounters(IDbConnectionFactory connections)
{
    private int _sweep;

    /// <summary>
    /// Reads the counter under <paramref name="key"/>, lets <paramref name="decide"/> say its next state (null: forget
    /// it; the same instance: leave it) and the answer, writes, and returns the answer.
    /// </summary>
    public async Task<T> UpdateAsync<T>(string key, Func<CounterState?, (CounterState? Next, T Answer)> decide, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var sqlite = connection is SqliteConnection;
        await using var tx = connection is SqliteConnection s
            ? s.BeginTransaction(IsolationLevel.Serializable, deferred: false)
            : await connection.BeginTransactionAsync(ct);
        var current = await connection.QuerySingleOrDefaultAsync<CounterRow>(
            sqlite
                ? "SELECT hits AS Hits, last_at AS LastAt, until_at AS Until, expires_at AS ExpiresAt FROM app_rate_counters WHERE counter_key = @Key"
                : "SELECT hits AS Hits, last_at AS LastAt, until_at AS Until, expires_at AS ExpiresAt FROM app_rate_counters WITH (UPDLOCK, HOLDLOCK) WHERE counter_key = @Key",
            new { Key = key }, tx);
        var state = current?.ToState();
        var (next, answer) = decide(state);
        if (next is null)
        {
            if (state is not null) await connection.ExecuteAsync("DELETE FROM app_rate_counters WHERE counter_key = @Key", new { Key = key }, tx);
        }
        else if (state is null)
        {
            await connection.ExecuteAsync("""
                INSERT INTO app_rate_counters (counter_key, hits, last_at, until_at, expires_at) VALUES (@Key, @Hits, @LastAt, @Until, @ExpiresAt)
                """, new { Key = key, next.Hits, next.LastAt, next.Until, next.ExpiresAt }, tx);
        }
        else if (!ReferenceEquals(next, state))
        {
            await connection.ExecuteAsync("""
                UPDATE app_rate_counters SET hits = @Hits, last_at = @LastAt, until_at = @Until, expires_at = @ExpiresAt WHERE counter_key = @Key
                """, new { Key = key, next.Hits, next.LastAt, next.Until, next.ExpiresAt }, tx);
        }
        // Now and then, the rows that mean nothing any more go (in the same write, so no second lock is taken).
        if (next is not null && (Interlocked.Increment(ref _sweep) & 255) == 0)
        {
            await connection.ExecuteAsync("DELETE FROM app_rate_counters WHERE expires_at < @Now", new { Now = next.LastAt }, tx);
        }
        await tx.CommitAsync(ct);
        return answer;
    }

    /// <summary>
    /// A fixed window of <paramref name="window"/> from a key's first hit: up to <paramref name="limit"/> hits pass, then
    /// every hit is refused until the window ends (the wait is the answer).
    /// </summary>
    public Task<TimeSpan?> HitWindowAsync(string key, int limit, TimeSpan window, DateTimeOffset now, CancellationToken ct)
        => UpdateAsync<TimeSpan?>(key, current =>
        {
            if (current is null || current.Until is not { } end || end <= now)
            {
                return (new CounterState(1, now, now + window, now + window), limit >= 1 ? null : window);
            }
            if (current.Hits >= limit) return (current, end - now);
            return (current with { Hits = current.Hits + 1, LastAt = now }, null);
        }, ct);

    private sealed class CounterRow
    {
        public int Hits { get; set; }
        public DateTimeOffset LastAt { get; set; }
        public DateTimeOffset? Until { get; set; }
        public DateTimeOffset ExpiresAt { get; set; }

        public CounterState ToState() => new(Hits, LastAt, Until, ExpiresAt);
    }
}

/// <summary>
/// Rate-limit partitions counted in <see cref="RateCounters"/> rather than in this process, for ASP.NET Core's rate
/// limiter (<c>RequireRateLimiting</c>): the same policy names, windows and 429 answers as before, shared by every instance.
/// </summary>
public static class SharedRateLimits
{
    /// <summary>A fixed window per key, counted in the database.</summary>
    public static RateLimitPartition<string> Window(HttpContext context, string key, int permitLimit, TimeSpan window)
        => RateLimitPartition.Get(key, k => new SharedWindowLimiter(
            context.RequestServices.GetRequiredService<RateCounters>(), context.RequestServices.GetRequiredService<TimeProvider>(), k, permitLimit, window));

    private sealed class SharedWindowLimiter(RateCounters counters, TimeProvider clock, string key, int permitLimit, TimeSpan window) : RateLimiter
    {
        private long _lastUsed = Stopwatch.GetTimestamp();

        // Holds no state of its own: the partition may be dropped whenever it has been idle.
        public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Volatile.Read(ref _lastUsed));

        public override RateLimiterStatistics? GetStatistics() => null;

        // The answer is in the database, which is asked asynchronously: the middleware then calls AcquireAsync.
        protected override RateLimitLease AttemptAcquireCore(int permitCount) => permitCount == 0 ? Lease.Granted : Lease.Undecided;

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            Volatile.Write(ref _lastUsed, Stopwatch.GetTimestamp());
            if (permitCount == 0) return Lease.Granted;
            var wait = await counters.HitWindowAsync(key, permitLimit, window, clock.GetUtcNow(), cancellationToken);
            return wait is { } retryAfter ? new Lease(false, retryAfter) : Lease.Granted;
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease Undecided = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
            return metadata is not null;
        }
    }
}
