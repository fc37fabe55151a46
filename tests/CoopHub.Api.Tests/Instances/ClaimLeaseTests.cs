using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Identity;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Integrations;
using CoopHub.Notifications.Dispatch;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Webhooks.Delivery;
using CoopHub.Webhooks.Model;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Instances;

/// <summary>
/// Issue 20, stopping and crashing: a stopping instance releases the claims it has not worked on, so another sends them
/// at once; a crashed instance's claims are taken over when their lease runs out (a test clock, no waiting). The
/// dispatchers' passes are run by the test (background dispatch off), as two instances would run them.
/// </summary>
[TestFixture(Engine.Sqlite)]
[TestFixture(Engine.SqlServer)]
public sealed class ClaimLeaseTests(Engine engine)
{
    private string _connectionString = "";
    private CoopHubApp _app = null!;
    private TestClock _clock = null!;
    private SmtpReceiver _smtp = null!;
    private WebhookReceiver _hooks = null!;

    [SetUp]
    public async Task Start()
    {
        if (engine == Engine.SqlServer)
        {
            var (connectionString, reason) = await TestDatabases.NewSqlServerAsync();
            if (connectionString is null) Assert.Ignore(reason ?? "SQL Server is not available.");
            _connectionString = connectionString!;
        }
        else
        {
            _connectionString = await TestDatabases.NewSqliteAsync();
        }
        _clock = new TestClock(DateTimeOffset.UtcNow);
        _smtp = SmtpReceiver.Start();
        _hooks = await WebhookReceiver.StartAsync();
        _app = new CoopHubApp(engine, _connectionString, configure: b =>
        {
            b.UseSetting("Webhooks:Dispatch", "false");
            b.UseSetting("Webhooks:AllowPrivateTargets", "true");
            b.UseSetting("Notifications:Dispatch", "false");
            b.UseSetting("Notifications:PublicBaseUrl", "https://coophub.example.ma");
            _smtp.Configure(b);
            b.ConfigureServices(s => s.AddSingleton<TimeProvider>(_clock));
        });
    }

    [TearDown]
    public async Task Stop()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_smtp is not null) await _smtp.DisposeAsync();
        if (_hooks is not null) await _hooks.DisposeAsync();
        if (engine == Engine.Sqlite && _connectionString.Length > 0) TestDatabases.DeleteSqlite(_connectionString);
    }

    private T Service<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Three cooperatives registered with a subscriber listening: three deliveries, fanned out and due.</summary>
    private async Task ThreeDueDeliveriesAsync()
    {
        using var admin = _app.CreateAdminClient();
        await WebhookTests.SubscribeAsync(admin, _hooks.Url, "cooperative.registered");
        for (var i = 0; i < 3; i++)
        {
            var created = await admin.PostAsync("/api/v1/cooperatives", new StringContent(CooperativeBodies.Valid(registrationNumber: $"LEASE-{i}").ToJsonString(), Encoding.UTF8, "application/json"));
            Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
        }
        await OutboxFanOut.RunAsync(Service<IDbConnectionFactory>(), _clock, CancellationToken.None);
    }

    /// <summary>Two sign-ups: two verification e-mails, queued and due.</summary>
    private async Task<IReadOnlyList<MessageRow>> TwoClaimedMessagesAsync()
    {
        using var anonymous = _app.CreateClient();
        foreach (var email in new[] { "lease.one@coophub.test", "lease.two@coophub.test" })
        {
            var signedUp = await anonymous.PostAsync("/api/v1/auth/sign-up", new StringContent(new JsonObject
            {
                ["email"] = email, ["displayName"] = "Salma Idrissi", ["password"] = "Souss-Massa-Argan-77", ["language"] = "fr",
            }.ToJsonString(), Encoding.UTF8, "application/json"));
            Assert.That((int)signedUp.StatusCode, Is.LessThan(300), await signedUp.Content.ReadAsStringAsync());
        }
        var options = Service<NotificationOptions>();
        await OutboxCursor.RunAsync(Service<IDbConnectionFactory>(), Service<IServiceScopeFactory>(), _clock, options, CancellationToken.None, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var claimed = await MessageClaims.ClaimAsync(Service<IDbConnectionFactory>(), _clock, options, CancellationToken.None);
        Assert.That(claimed, Has.Count.EqualTo(2));
        return claimed;
    }

    [Test]
    public async Task Given_a_stopping_instance_with_claimed_webhook_deliveries_Then_it_releases_them_and_another_sends_each_once_at_once()
    {
        await ThreeDueDeliveriesAsync();
        var claimed = await DeliveryClaims.ClaimAsync(Service<IDbConnectionFactory>(), _clock, Service<WebhookOptions>(), CancellationToken.None);
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        var sentWhileStopping = await Service<WebhookDispatcher>().SendClaimedAsync(claimed, stopping.Token);
        var sentByTheOther = await Service<WebhookDispatcher>().RunOnceAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(claimed, Has.Count.EqualTo(3));
            Assert.That(sentWhileStopping, Is.Zero);
            Assert.That(sentByTheOther, Is.EqualTo(3), "released claims are due again without waiting for their lease");
            Assert.That(_hooks.Requests.Select(r => r.Headers["webhook-id"].ToString()).Distinct().Count(), Is.EqualTo(3));
            Assert.That(_hooks.Requests, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task Given_a_crashed_instance_with_claimed_webhook_deliveries_Then_another_sends_them_once_their_lease_has_run_out()
    {
        await ThreeDueDeliveriesAsync();
        var options = Service<WebhookOptions>();
        var crashed = await DeliveryClaims.ClaimAsync(Service<IDbConnectionFactory>(), _clock, options, CancellationToken.None); // and never sent

        var beforeTheLease = await Service<WebhookDispatcher>().RunOnceAsync(CancellationToken.None);
        _clock.Advance(options.RequestTimeout * 25 + TimeSpan.FromSeconds(1));
        var afterTheLease = await Service<WebhookDispatcher>().RunOnceAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(crashed, Has.Count.EqualTo(3));
            Assert.That(beforeTheLease, Is.Zero, "a live claim is left alone");
            Assert.That(afterTheLease, Is.EqualTo(3));
            Assert.That(_hooks.Requests, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task Given_a_stopping_instance_with_claimed_messages_Then_it_releases_them_and_another_sends_each_once_at_once()
    {
        var claimed = await TwoClaimedMessagesAsync();
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        var sentWhileStopping = await Service<NotificationDispatcher>().SendClaimedAsync(claimed, stopping.Token);
        var sentByTheOther = await Service<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(sentWhileStopping, Is.Zero);
            Assert.That(sentByTheOther, Is.EqualTo(2));
            Assert.That(_smtp.Received.SelectMany(m => m.To.Mailboxes).Select(m => m.Address).Order(), Is.EqualTo(new[] { "lease.one@coophub.test", "lease.two@coophub.test" }));
        });
    }

    [Test]
    public async Task Given_a_crashed_instance_with_claimed_messages_Then_another_sends_them_once_their_lease_has_run_out()
    {
        await TwoClaimedMessagesAsync(); // claimed by an instance that then crashed

        var beforeTheLease = await Service<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
        _clock.Advance(Service<NotificationOptions>().ClaimLease + TimeSpan.FromSeconds(1));
        var afterTheLease = await Service<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(beforeTheLease, Is.Zero, "a live claim is left alone");
            Assert.That(afterTheLease, Is.EqualTo(2));
            Assert.That(_smtp.Received, Has.Count.EqualTo(2));
        });
    }
}
