using System.Threading.RateLimiting;

namespace CoopHub.Identity.SignIn;

/// <summary>
/// At most N sign-in attempts per account per minute (the per-IP limit is the rate limiter's).
/// Held in memory: with several instances behind a load balancer each applies it separately,
/// which the lock-out stored in app_users backs up.
/// </summary>
internal sealed class SignInThrottle(int permitsPerMinute) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when allowed, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string? email)
    {
        using var lease = _limiter.AttemptAcquire((email ?? "").Trim().ToLowerInvariant());
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
