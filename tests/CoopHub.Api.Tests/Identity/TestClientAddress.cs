using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Identity;

/// <summary>
/// The test server has no TCP peer; this sets the connection's remote address from a test-only header
/// before the application's own pipeline runs, as if the request came from that address.
/// </summary>
internal sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Peer-Address";

    public static void AddTo(IWebHostBuilder builder) => builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, TestClientAddress>());

    public static HttpRequestMessage From(HttpRequestMessage request, string address)
    {
        request.Headers.Add(Header, address);
        return request;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                context.Request.Headers.Remove(Header);
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>A clock the test moves.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
