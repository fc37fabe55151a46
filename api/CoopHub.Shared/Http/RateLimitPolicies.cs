namespace CoopHub.Shared.Http;

/// <summary>Names of the rate-limit policies the host registers (Identity owns the limiter), for endpoints of any module.</summary>
public static class RateLimitPolicies
{
    /// <summary>Anonymous look-ups by a secret code (event registrations): per client address, RateLimits:CodeLookupsPerMinute (30).</summary>
    public const string CodeLookup = "code-lookup";
}
