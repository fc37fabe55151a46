using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using CoopHub.Cooperatives;

namespace CoopHub.Api.Tests.Identity;

public sealed class RateLimitTests
{
    [Test]
    public async Task Given_more_anonymous_reads_than_the_limit_Then_429_with_retry_after_while_keys_are_not_limited()
    {
        var connectionString = await TestDatabases.NewSqliteAsync();
        await using var app = new CoopHubApp(Engine.Sqlite, connectionString, configure: b => b.UseSetting("RateLimits:AnonymousReadsPerMinute", "5"));
        using var anonymous = app.CreateClient();
        using var admin = app.CreateAdminClient();

        var statuses = new List<int>();
        for (var i = 0; i < 6; i++) statuses.Add((int)(await anonymous.GetAsync(CooperativesRoutes.Base)).StatusCode);
        var limited = await anonymous.GetAsync(CooperativesRoutes.Base);
        var keyed = await admin.GetAsync(CooperativesRoutes.Base);

        Assert.Multiple(async () =>
        {
            Assert.That(statuses, Is.EqualTo(new[] { 200, 200, 200, 200, 200, 429 }));
            Assert.That((int)limited.StatusCode, Is.EqualTo(429));
            Assert.That(limited.Headers.RetryAfter, Is.Not.Null);
            Assert.That(limited.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That((int)keyed.StatusCode, Is.EqualTo(200), await keyed.Content.ReadAsStringAsync());
        });
        TestDatabases.DeleteSqlite(connectionString);
    }
}
