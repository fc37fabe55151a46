using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;
using CoopHub.Shared.Data;
using CoopHub.Webhooks;
using CoopHub.Webhooks.Delivery;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// Webhooks go to public https addresses only (ADR 0013, WebhookTargets): refused at subscription,
/// refused again at connect time, no redirects, and a delivery log that is no port scanner.
/// The DNS is <see cref="TestDns"/>'s table.
/// </summary>
public sealed class WebhookTargetTests(Engine engine) : CooperativeTest(engine)
{
    private static readonly string[] NotPublic =
    [
        "https://169.254.169.254/latest/meta-data/", "https://10.0.0.1/hook", "https://172.16.5.4/hook", "https://192.168.1.10/hook", "https://127.0.0.1/hook",
        "https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://224.0.0.1/hook", "https://255.255.255.255/hook", "https://192.0.2.10/hook",
        "https://198.51.100.10/hook", "https://203.0.113.10/hook", "https://198.18.0.1/hook",
        "https://[::1]/hook", "https://[::]/hook", "https://[fe80::1]/hook", "https://[fc00::1]/hook", "https://[fd12:3456::1]/hook", "https://[ff02::1]/hook",
        "https://[::ffff:a00:1]/hook", "https://[::ffff:127.0.0.1]/hook", "https://[::7f00:1]/hook", "https://[64:ff9b::a9fe:a9fe]/hook",
        "https://[2002:7f00:1::1]/hook", "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook", "https://[2001:db8::1]/hook",
        "https://2130706433/hook", "https://0x7f.0.0.1/hook", "https://0x7f000001/hook", "https://017700000001/hook", "https://127.1/hook",
        "https://134744072/hook", "https://999.1.1.1/hook",
        "https://localhost/hook", "https://api.localhost/hook", "https://localhost./hook", "https://partner.example.org./hook",
        "https://user:pw@partner.example.org/hook", "https://user@partner.example.org/hook", "https://@partner.example.org/hook",
        "https://private.test/hook", "https://metadata.test/hook", "https://mapped.test/hook", "https://mixed.test/hook", "https://rebind.test/hook",
        "https://nowhere.invalid/hook", "http://partner.example.org/hook", "ftp://partner.example.org/hook", "file:///etc/passwd",
    ];

    /// <summary>The delivery log's words for a refused target, in French (the admin client sends no language).</summary>
    private const string TargetRefused = "Cible refusée : adresse non publique ou non autorisée ; non appelée.";

    private static JsonObject Hook(string url) => new() { ["url"] = url, ["eventTypes"] = new JsonArray("cooperative.registered") };

    private async Task<string> RefusalAsync(HttpClient admin, string url)
    {
        var response = await admin.PostAsync(WebhooksRoutes.Base, new StringContent(Hook(url).ToJsonString(), Encoding.UTF8, "application/json"));
        var problem = await ProblemAsync(response, 400);
        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("webhook.target_refused"), url);
            Assert.That(FieldsIn(problem), Is.EqualTo(new[] { "url" }), url);
        });
        return (string?)problem["errors"]?["url"]?[0] ?? "";
    }

    [Test]
    public async Task Given_a_target_that_is_not_https_to_a_public_address_Then_every_spelling_is_refused_on_url_and_nothing_is_stored()
    {
        var refusals = new Dictionary<string, string>();
        foreach (var url in NotPublic) refusals[url] = await RefusalAsync(Client, url);
        var listed = await GetAsync<JsonArray>(WebhooksRoutes.Base);

        Assert.Multiple(() =>
        {
            Assert.That(listed, Is.Empty);
            Assert.That(refusals["https://nowhere.invalid/hook"], Is.EqualTo("Le nom d’hôte nowhere.invalid ne se résout pas ; vérifiez l’adresse."));
            Assert.That(refusals["https://rebind.test/hook"], Is.EqualTo("Le nom d’hôte rebind.test désigne une adresse qui n’est pas publique ; les webhooks ne vont qu’à des adresses publiques."));
            Assert.That(refusals["https://localhost/hook"], Is.EqualTo("localhost est ce serveur-ci ; les webhooks ne vont qu’à des adresses publiques."));
            Assert.That(refusals["https://0x7f.0.0.1/hook"], Does.Contain("quatre nombres décimaux"));
            Assert.That(refusals["https://user:pw@partner.example.org/hook"], Does.StartWith("Retirez le nom d’utilisateur et le mot de passe de l’adresse"));
            Assert.That(refusals.Values, Has.None.Empty);
        });
    }

    [Test]
    public async Task Given_public_targets_Then_they_are_subscribed()
    {
        foreach (var url in new[] { "https://partner.example.org/hook", "https://8.8.8.8/hook", "https://[2606:4700:4700::1111]/hook", "https://[::ffff:808:808]/hook" })
        {
            var response = await PostJsonAsync(WebhooksRoutes.Base, Hook(url));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), url + " " + await response.Content.ReadAsStringAsync());
        }
    }

    [Test]
    public async Task Given_a_name_that_does_not_answer_Then_the_subscription_is_refused_after_the_resolve_timeout()
    {
        await using var app = new CoopHubApp(Engine, ConnectionString, configure: b => b.UseSetting("Webhooks:ResolveTimeout", "00:00:00.300"));
        using var admin = app.CreateAdminClient();

        Assert.That(await RefusalAsync(admin, "https://slow.test/hook"), Is.EqualTo("Le nom d’hôte slow.test n’a pas été résolu en 0,3 secondes ; vérifiez l’adresse."));
    }

    [Test]
    public async Task Given_private_targets_allowed_Then_private_addresses_pass_but_spelling_tricks_and_credentials_do_not()
    {
        await using var app = new CoopHubApp(Engine, ConnectionString, configure: b => b.UseSetting("Webhooks:AllowPrivateTargets", "true"));
        using var admin = app.CreateAdminClient();
        foreach (var url in new[] { "https://10.0.0.1/hook", "https://private.test/hook", "https://localhost/hook", "http://127.0.0.1:9/hook" })
        {
            var response = await admin.PostAsync(WebhooksRoutes.Base, new StringContent(Hook(url).ToJsonString(), Encoding.UTF8, "application/json"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), url + " " + await response.Content.ReadAsStringAsync());
        }
        foreach (var url in new[] { "https://2130706433/hook", "https://0x7f.0.0.1/hook", "https://user:pw@private.test/hook", "https://localhost./hook", "http://private.test/hook" })
            await RefusalAsync(admin, url);
    }

    private CoopHubApp Dispatching(bool allowPrivate, Action<IWebHostBuilder>? more = null) => new(Engine, ConnectionString, configure: b =>
    {
        b.UseSetting("Webhooks:Dispatch", "true");
        b.UseSetting("Webhooks:AllowPrivateTargets", allowPrivate ? "true" : "false");
        b.UseSetting("Webhooks:PollInterval", "00:00:00.100");
        b.UseSetting("Webhooks:MaxAttempts", "1");
        b.UseSetting("Webhooks:BreakerFailures", "50");
        more?.Invoke(b);
    });

    /// <summary>A subscription row written straight to the table: a target that passed the check once and resolves elsewhere now, or a row from before the check.</summary>
    private static async Task<string> StoredHookAsync(CoopHubApp app, string url)
    {
        var id = Guid.NewGuid();
        await using var connection = await app.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("""
            INSERT INTO app_webhooks (id, url, event_types, region_code, description, secret, active, created_at, created_by)
            VALUES (@Id, @Url, @Types, NULL, NULL, @Secret, @Yes, @Now, 'test')
            """, new { Id = id, Url = url, Types = "[\"cooperative.registered\"]", Secret = "whsec_" + Convert.ToBase64String(new byte[32]), Yes = true, Now = DateTimeOffset.UtcNow });
        return id.ToString();
    }

    private static async Task RegisterCooperativeAsync(HttpClient admin, string registrationNumber)
    {
        var response = await admin.PostAsync(CooperativesRoutes.Base, new StringContent(CooperativeBodies.Valid(registrationNumber: registrationNumber).ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    private static async Task<JsonNode> SettledDeliveryAsync(HttpClient admin, string hook)
    {
        var deliveries = await WebhookTests.DeliveriesWhenAsync(admin, hook, d => d.Count > 0 && (string?)d[0]!["status"] != "pending");
        Assert.That(deliveries, Has.Count.EqualTo(1));
        return deliveries[0]!;
    }

    [Test]
    public async Task Given_a_stored_target_that_resolves_to_loopback_now_Then_the_dispatcher_never_calls_it_and_the_log_says_target_refused()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var port = new Uri(receiver.Url).Port;
        await using var app = Dispatching(allowPrivate: false);
        using var admin = app.CreateAdminClient();
        var rebound = await StoredHookAsync(app, $"http://rebind.test:{port}/hook");
        var literal = await StoredHookAsync(app, $"http://127.0.0.1:{port}/hook");
        var mapped = await StoredHookAsync(app, $"http://[::ffff:127.0.0.1]:{port}/hook");

        await RegisterCooperativeAsync(admin, "SSRF-1");
        var deliveries = new[] { await SettledDeliveryAsync(admin, rebound), await SettledDeliveryAsync(admin, literal), await SettledDeliveryAsync(admin, mapped) };

        Assert.Multiple(() =>
        {
            Assert.That(receiver.Requests, Is.Empty, "the receiver is never called");
            Assert.That(deliveries.Select(d => (string?)d["status"]), Is.All.EqualTo("dead"));
            Assert.That(deliveries.Select(d => (string?)d["lastError"]), Is.All.EqualTo(TargetRefused));
            Assert.That(deliveries.Select(d => (int?)d["lastStatusCode"]), Is.All.Null);
        });
    }

    [Test]
    public async Task Given_private_targets_allowed_Then_the_dispatcher_connects_to_the_address_it_resolved_and_delivers()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var app = Dispatching(allowPrivate: true);
        using var admin = app.CreateAdminClient();
        var hook = await StoredHookAsync(app, $"http://rebind.test:{new Uri(receiver.Url).Port}/hook");

        await RegisterCooperativeAsync(admin, "SSRF-2");
        var delivery = await SettledDeliveryAsync(admin, hook);

        Assert.Multiple(() =>
        {
            Assert.That(((string?)delivery["status"], (int?)delivery["lastStatusCode"]), Is.EqualTo(("delivered", (int?)200)));
            Assert.That(receiver.Requests, Has.Count.EqualTo(1), "rebind.test exists only in the dispatcher's own resolver");
        });
    }

    [Test]
    public async Task Given_a_target_that_redirects_Then_the_redirect_is_not_followed_and_the_delivery_fails_with_its_status()
    {
        await using var inside = await WebhookReceiver.StartAsync();
        await using var redirecting = await WebhookReceiver.StartRedirectingAsync(inside.Url);
        await using var app = Dispatching(allowPrivate: true);
        using var admin = app.CreateAdminClient();
        var (hook, _) = await WebhookTests.SubscribeAsync(admin, redirecting.Url, "cooperative.registered");

        await RegisterCooperativeAsync(admin, "SSRF-3");
        var delivery = await SettledDeliveryAsync(admin, hook);

        Assert.Multiple(() =>
        {
            Assert.That(inside.Requests, Is.Empty, "the redirect's target gets nothing");
            Assert.That(redirecting.Requests, Has.Count.EqualTo(1));
            Assert.That(((string?)delivery["status"], (int?)delivery["lastStatusCode"]), Is.EqualTo(("dead", (int?)302)));
        });
    }

    [Test]
    public async Task Given_a_closed_port_a_silent_target_and_an_unknown_name_Then_the_log_reads_the_same_and_never_the_socket_error_and_no_log_holds_url_credentials()
    {
        int closedPort;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        await using var silent = await WebhookReceiver.StartSilentAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var logs = new CapturedLogs();
        await using var app = Dispatching(allowPrivate: true, b =>
        {
            b.UseSetting("Webhooks:RequestTimeout", "00:00:00.500");
            b.UseSetting("Logging:LogLevel:Default", "Trace");
            b.ConfigureLogging(l => l.AddProvider(logs));
        });
        using var admin = app.CreateAdminClient();
        var closed = await StoredHookAsync(app, $"http://127.0.0.1:{closedPort}/hook");
        var quiet = await StoredHookAsync(app, silent.Url);
        var unknown = await StoredHookAsync(app, "http://nowhere.invalid:8080/hook");
        var credentials = await StoredHookAsync(app, receiver.Url.Replace("http://", "http://partner:s3cret-pw@", StringComparison.Ordinal));
        var logged = await StoredHookAsync(app, $"http://partner:s3cret-pw@127.0.0.1:{closedPort}/hook?token=t0ken-in-query"); // dead at once: its URL is logged

        await RegisterCooperativeAsync(admin, "SSRF-4");
        var unreachable = new[] { await SettledDeliveryAsync(admin, closed), await SettledDeliveryAsync(admin, quiet), await SettledDeliveryAsync(admin, unknown) };
        var withCredentials = new[] { await SettledDeliveryAsync(admin, credentials), await SettledDeliveryAsync(admin, logged) };
        var written = string.Join("\n", logs.Lines);

        Assert.Multiple(() =>
        {
            Assert.That(unreachable.Select(d => (string?)d["lastError"]), Is.All.EqualTo("Cible injoignable : aucune réponse HTTP."), "refused, timed out and unknown read the same");
            Assert.That(unreachable.Select(d => d.ToJsonString()), Has.None.Contain(closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(withCredentials.Select(d => (string?)d["lastError"]), Is.All.EqualTo(TargetRefused));
            Assert.That(receiver.Requests, Is.Empty, "a URL with credentials is not called");
            Assert.That(logs.Lines, Is.Not.Empty, "the logs were captured");
            Assert.That(written, Does.Not.Contain("s3cret-pw"));
            Assert.That(written, Does.Not.Contain("t0ken-in-query"));
        });
    }

    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => sink.Lines.Enqueue($"{logLevel} {formatter(state, exception)} {exception}");
        }
    }
}
