using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Identity;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoopHub.Api.Tests.Platform;

/// <summary>
/// Production runs behind a TLS-terminating proxy: forwarded headers count only from the proxies
/// configured (none by default), cookies are Secure everywhere but Development, HSTS goes out on
/// HTTPS (as the proxy forwards it) outside Development.
/// </summary>
public sealed class ReverseProxyTests
{
    private const string Proxy = "10.0.0.5";
    private const string Hsts = "Strict-Transport-Security";

    private readonly List<string> _databases = [];
    private readonly List<CoopHubApp> _apps = [];

    [TearDown]
    public async Task Stop()
    {
        foreach (var app in _apps) await app.DisposeAsync();
        foreach (var database in _databases) TestDatabases.DeleteSqlite(database);
    }

    private async Task<CoopHubApp> StartAsync(string environment, params (string Key, string Value)[] settings)
    {
        var database = await TestDatabases.NewSqliteAsync();
        _databases.Add(database);
        var app = new CoopHubApp(Engine.Sqlite, database, configure: b =>
        {
            b.UseEnvironment(environment);
            b.UseSetting("RateLimits:SignInPerMinute", "100000");
            foreach (var (key, value) in settings) b.UseSetting(key, value);
            TestClientAddress.AddTo(b);
        });
        _apps.Add(app);
        return app;
    }

    private static HttpClient Client(CoopHubApp app, string scheme = "http")
        => app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://coophub.example.ma"), HandleCookies = false });

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string peer, params (string Name, string Value)[] headers)
    {
        var request = TestClientAddress.From(new HttpRequestMessage(HttpMethod.Get, "/health/live"), peer);
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> WrongSignInAsync(HttpClient client, string peer, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/sign-in")
        {
            Content = new StringContent(new JsonObject { ["email"] = CoopHubApp.AdminEmail, ["password"] = "not-the-password" }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(TestClientAddress.From(request, peer));
    }

    [Test]
    public async Task Given_https_forwarded_by_a_configured_proxy_in_production_Then_hsts_is_sent()
    {
        var app = await StartAsync("Production", ("ReverseProxy:KnownProxies:0", Proxy));
        using var client = Client(app);

        var viaProxy = await GetAsync(client, Proxy, ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.9"));
        var plain = await GetAsync(client, Proxy);

        Assert.Multiple(() =>
        {
            Assert.That(viaProxy.Headers.Contains(Hsts), Is.True, "https as the proxy forwards it");
            Assert.That(viaProxy.Headers.GetValues(Hsts).Single(), Does.Contain("max-age=31536000"));
            Assert.That(plain.Headers.Contains(Hsts), Is.False, "never on plain http");
        });
    }

    [Test]
    public async Task Given_a_configured_network_Then_a_proxy_inside_it_is_trusted()
    {
        var app = await StartAsync("Production", ("ReverseProxy:KnownNetworks:0", "10.0.0.0/24"));
        using var client = Client(app);

        var response = await GetAsync(client, "10.0.0.77", ("X-Forwarded-Proto", "https"));

        Assert.That(response.Headers.Contains(Hsts), Is.True);
    }

    [TestCase("10.0.0.6", Proxy)]
    [TestCase("127.0.0.1", null)]
    public async Task Given_forwarded_headers_from_an_address_not_configured_Then_they_are_ignored(string peer, string? configured)
    {
        var app = configured is null ? await StartAsync("Production") : await StartAsync("Production", ("ReverseProxy:KnownProxies:0", configured));
        using var client = Client(app);

        var response = await GetAsync(client, peer, ("X-Forwarded-Proto", "https"));

        Assert.That(response.Headers.Contains(Hsts), Is.False, "a forwarded scheme from an unknown address does not count");
    }

    [Test]
    public async Task Given_a_configured_proxy_Then_sign_in_throttling_follows_the_forwarded_client_and_a_spoofed_header_from_elsewhere_does_not()
    {
        var app = await StartAsync("Production", ("ReverseProxy:KnownProxies:0", Proxy));
        using var client = Client(app);

        for (var i = 0; i < 5; i++) await WrongSignInAsync(client, Proxy, "203.0.113.9");
        var sameClient = await WrongSignInAsync(client, Proxy, "203.0.113.9");
        var otherClient = await WrongSignInAsync(client, Proxy, "203.0.113.10");
        for (var i = 0; i < 5; i++) await WrongSignInAsync(client, "198.51.100.20", $"192.0.2.{i}");
        var spoofer = await WrongSignInAsync(client, "198.51.100.20", "192.0.2.99");

        Assert.Multiple(() =>
        {
            Assert.That(sameClient.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(otherClient.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "another client behind the same proxy is not slowed");
            Assert.That(spoofer.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "X-Forwarded-For from a stranger does not give a fresh address");
        });
    }

    private static async Task<(string Auth, string Antiforgery)> CookiesAsync(CoopHubApp app, string scheme)
    {
        using var client = Client(app, scheme);
        var signIn = await client.PostAsync("/api/v1/auth/sign-in", new StringContent(
            new JsonObject { ["email"] = CoopHubApp.AdminEmail, ["password"] = CoopHubApp.AdminPassword }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signIn.Content.ReadAsStringAsync());
        var antiforgery = await client.GetAsync("/api/v1/auth/antiforgery");
        return (signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("coophub.auth=", StringComparison.Ordinal)).ToLowerInvariant(),
            antiforgery.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("coophub.csrf=", StringComparison.Ordinal)).ToLowerInvariant());
    }

    [TestCase("Production")]
    [TestCase("Staging")]
    [TestCase("Testing")]
    public async Task Given_any_environment_but_development_Then_the_session_and_antiforgery_cookies_are_secure_even_over_http(string environment)
    {
        var (auth, antiforgery) = await CookiesAsync(await StartAsync(environment), "http");

        Assert.Multiple(() =>
        {
            Assert.That(auth, Does.Contain("; secure"));
            Assert.That(antiforgery, Does.Contain("; secure"));
        });
    }

    [Test]
    public async Task Given_development_over_http_Then_the_cookies_are_not_secure_so_a_local_browser_keeps_them()
    {
        var (auth, antiforgery) = await CookiesAsync(await StartAsync("Development"), "http");

        Assert.Multiple(() =>
        {
            Assert.That(auth, Does.Not.Contain("; secure"));
            Assert.That(antiforgery, Does.Not.Contain("; secure"));
        });
    }
}
