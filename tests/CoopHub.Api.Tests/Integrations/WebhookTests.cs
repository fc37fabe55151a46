using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// A real HTTP server on a free loopback port that answers with the statuses it is told to, then
/// 200 (or redirects every request, or never answers), and records every request to /hook.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _statuses = new();

    public ConcurrentQueue<(IHeaderDictionary Headers, string Body, int Answered)> Requests { get; } = new();

    public string Url { get; }

    private WebhookReceiver(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public static Task<WebhookReceiver> StartAsync(params int[] statuses) => StartAsync(statuses, redirectTo: null, silent: false);

    /// <summary>Answers every request with 302 to <paramref name="location"/>.</summary>
    public static Task<WebhookReceiver> StartRedirectingAsync(string location) => StartAsync([], location, silent: false);

    /// <summary>Accepts the connection and never answers.</summary>
    public static Task<WebhookReceiver> StartSilentAsync() => StartAsync([], redirectTo: null, silent: true);

    private static async Task<WebhookReceiver> StartAsync(int[] statuses, string? redirectTo, bool silent)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.Map("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var status = redirectTo is not null ? 302 : receiver!._statuses.TryDequeue(out var s) ? s : 200;
            receiver!.Requests.Enqueue((new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value)), body, status));
            if (silent) await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return redirectTo is not null ? Results.Redirect(redirectTo) : Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Urls.First();
        receiver = new WebhookReceiver(app, address + "/hook");
        foreach (var s in statuses) receiver._statuses.Enqueue(s);
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed class WebhookTests(Engine engine) : CooperativeTest(engine)
{
    internal sealed record Probe : ICommand<Result<int>>;

    private CoopHubApp Dispatching(int maxAttempts = 6, int breakerFailures = 3) => new(Engine, ConnectionString, configure: b =>
    {
        b.UseSetting("Webhooks:Dispatch", "true");
        b.UseSetting("Webhooks:AllowPrivateTargets", "true"); // the receiver listens on loopback
        b.UseSetting("Webhooks:PollInterval", "00:00:00.100");
        b.UseSetting("Webhooks:RetryBaseDelay", "00:00:00.050");
        b.UseSetting("Webhooks:MaxAttempts", maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        b.UseSetting("Webhooks:BreakerFailures", breakerFailures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        b.UseSetting("Webhooks:BreakerBreak", "00:10:00");
    });

    internal static async Task<(string Id, string Secret)> SubscribeAsync(HttpClient admin, string url, params string[] types)
    {
        var response = await admin.PostAsync(WebhooksRoutes.Base, new StringContent(new JsonObject
        {
            ["url"] = url, ["eventTypes"] = new JsonArray(types.Select(t => (JsonNode)t!).ToArray()),
        }.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
        return ((string)body["webhook"]!["id"]!, (string)body["secret"]!);
    }

    /// <summary>Polls the delivery log until the condition holds (the dispatcher runs in the background).</summary>
    internal static async Task<JsonArray> DeliveriesWhenAsync(HttpClient admin, string webhook, Func<JsonArray, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var items = JsonNode.Parse(await admin.GetStringAsync(WebhooksRoutes.Deliveries(Guid.Parse(webhook))))!["items"]!.AsArray();
            if (done(items) || DateTime.UtcNow > deadline) return items;
            await Task.Delay(100);
        }
    }

    /// <summary>The documented verification: HMAC-SHA256 over "{webhook-id}.{webhook-timestamp}.{body}" with the secret's base64 key.</summary>
    private static bool SignatureValid(IHeaderDictionary headers, string body, string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{headers["webhook-id"]}.{headers["webhook-timestamp"]}.{body}")));
        return headers["webhook-signature"].ToString().Split(' ').Contains(expected);
    }

    [Test]
    public async Task Given_a_subscription_Then_a_cooperative_registered_twice_with_one_idempotency_key_arrives_once_signed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var app = Dispatching();
        using var admin = app.CreateAdminClient();
        var (hook, secret) = await SubscribeAsync(admin, receiver.Url, "cooperative.registered");
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var request = new HttpRequestMessage(HttpMethod.Post, CooperativesRoutes.Base)
            {
                Content = new StringContent(CooperativeBodies.Valid(registrationNumber: "HOOK-1").ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", "partner-run-42");
            Assert.That((await admin.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        var deliveries = await DeliveriesWhenAsync(admin, hook, d => d.Count > 0 && d.All(x => (string?)x!["status"] == "delivered"));
        await Task.Delay(300); // a second, wrong, delivery would have arrived by now
        var received = receiver.Requests.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(deliveries.Select(d => (string?)d!["status"]), Is.EqualTo(new[] { "delivered" }));
            Assert.That(received, Has.Length.EqualTo(1));
            var (headers, body, _) = received.Single();
            Assert.That(SignatureValid(headers, body, secret), Is.True, "signature verifies with the documented algorithm");
            Assert.That(SignatureValid(headers, body, "whsec_" + Convert.ToBase64String(new byte[32])), Is.False);
            Assert.That(headers["webhook-id"].ToString(), Is.EqualTo((string?)deliveries[0]!["id"]));
            var payload = JsonNode.Parse(body)!;
            Assert.That((string?)payload["type"], Is.EqualTo("cooperative.registered"));
            Assert.That((string?)payload["data"]!["registrationNumber"], Is.EqualTo("HOOK-1"));
        });
    }

    [Test]
    public async Task Given_a_target_failing_three_times_Then_it_gets_exactly_one_accepted_delivery_with_the_same_webhook_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync(500, 503, 500);
        await using var app = Dispatching(maxAttempts: 6, breakerFailures: 10);
        using var admin = app.CreateAdminClient();
        var (hook, _) = await SubscribeAsync(admin, receiver.Url, "cooperative.registered");
        await admin.PostAsync(CooperativesRoutes.Base, new StringContent(CooperativeBodies.Valid(registrationNumber: "HOOK-2").ToJsonString(), Encoding.UTF8, "application/json"));

        var deliveries = await DeliveriesWhenAsync(admin, hook, d => d.Count > 0 && (string?)d[0]!["status"] != "pending");
        var received = receiver.Requests.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(((string?)deliveries.Single()!["status"], (int?)deliveries.Single()!["attempts"]), Is.EqualTo(("delivered", (int?)4)));
            Assert.That(received.Select(r => r.Answered), Is.EqualTo(new[] { 500, 503, 500, 200 }));
            Assert.That(received.Count(r => r.Answered == 200), Is.EqualTo(1));
            Assert.That(received.Select(r => r.Headers["webhook-id"].ToString()).Distinct().Count(), Is.EqualTo(1), "retries keep the message id");
        });
    }

    [Test]
    public async Task Given_a_dead_target_Then_the_breaker_stops_calling_it_and_the_delivery_ends_dead()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Enumerable.Repeat(500, 50).ToArray());
        await using var app = Dispatching(maxAttempts: 6, breakerFailures: 3);
        using var admin = app.CreateAdminClient();
        var (hook, _) = await SubscribeAsync(admin, receiver.Url, "cooperative.registered");
        await admin.PostAsync(CooperativesRoutes.Base, new StringContent(CooperativeBodies.Valid(registrationNumber: "HOOK-3").ToJsonString(), Encoding.UTF8, "application/json"));

        var deliveries = await DeliveriesWhenAsync(admin, hook, d => d.Count > 0 && (string?)d[0]!["status"] == "dead");
        var delivery = deliveries.Single()!;
        var redeliver = await admin.PostAsync(WebhooksRoutes.Redeliver(Guid.Parse(hook), Guid.Parse((string)delivery["id"]!)), null);
        var afterRedeliver = JsonNode.Parse(await redeliver.Content.ReadAsStringAsync())!;
        Assert.Multiple(() =>
        {
            Assert.That(((string?)delivery["status"], (int?)delivery["attempts"]), Is.EqualTo(("dead", (int?)6)));
            Assert.That(receiver.Requests, Has.Count.EqualTo(3), "after three failures the circuit opens and the target is left alone");
            Assert.That((string?)delivery["lastError"], Is.EqualTo("En pause : la cible a échoué à plusieurs reprises ; non appelée."));
            Assert.That(redeliver.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(((string?)afterRedeliver["status"], (int?)afterRedeliver["attempts"]), Is.EqualTo(("pending", (int?)0)));
        });
    }

    [Test]
    public async Task Given_a_change_that_rolls_back_Then_its_outbox_row_goes_with_it_and_nothing_is_delivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var app = Dispatching();
        using var admin = app.CreateAdminClient();
        var (hook, _) = await SubscribeAsync(admin, receiver.Url, "cooperative.registered");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var behavior = new UnitOfWorkBehavior<Probe, Result<int>>(sp.GetRequiredService<DbSession>(), sp.GetRequiredService<DomainEvents>(), sp.GetRequiredService<AuditTrail>(),
                sp.GetRequiredService<IPublisher>(), sp.GetRequiredService<ResiliencePipeline>(), NullLogger<UnitOfWorkBehavior<Probe, Result<int>>>.Instance);
            var session = sp.GetRequiredService<DbSession>();
            var result = await behavior.Handle(new Probe(), async (_, ct) =>
            {
                await CoopHub.Shared.Outbox.Outbox.WriteAsync(session,
                    new CoopHub.Contracts.Cooperatives.CooperativeRegisteredEvent(Guid.NewGuid(), "NEVER", null, null, "MA-01", "MA-01-01", []), DateTimeOffset.UtcNow, ct);
                return new Error(ErrorKind.Conflict, "probe.refused", "The change is refused after writing its announcement.");
            }, CancellationToken.None);
            Assert.That(result.IsFailure, Is.True);
        }
        await admin.PostAsync(CooperativesRoutes.Base, new StringContent(CooperativeBodies.Valid(registrationNumber: "HOOK-4").ToJsonString(), Encoding.UTF8, "application/json"));

        var deliveries = await DeliveriesWhenAsync(admin, hook, d => d.Count > 0 && d.All(x => (string?)x!["status"] == "delivered"));
        Assert.Multiple(() =>
        {
            Assert.That(deliveries, Has.Count.EqualTo(1), "only the committed registration is announced");
            Assert.That(receiver.Requests.Select(r => (string?)JsonNode.Parse(r.Body)!["data"]!["registrationNumber"]), Is.EqualTo(new[] { "HOOK-4" }));
        });
    }

    [Test]
    public async Task Given_bad_subscriptions_Then_they_are_refused_and_only_admins_subscribe()
    {
        var http = await PostJsonAsync(WebhooksRoutes.Base, new JsonObject { ["url"] = "http://partner.example.org/hook", ["eventTypes"] = new JsonArray("idea.published") });
        var unknownType = await PostJsonAsync(WebhooksRoutes.Base, new JsonObject { ["url"] = "https://partner.example.org/hook", ["eventTypes"] = new JsonArray("idea.liked") });
        var anonymous = await Anonymous.PostAsync(WebhooksRoutes.Base, new StringContent("{}", Encoding.UTF8, "application/json"));
        var ok = await PostJsonAsync(WebhooksRoutes.Base, new JsonObject { ["url"] = "https://partner.example.org/hook", ["eventTypes"] = new JsonArray("idea.published"), ["regionCode"] = "MA-02" });
        var created = await BodyAsync(ok);
        var listed = await GetAsync<JsonArray>(WebhooksRoutes.Base);

        Assert.Multiple(async () =>
        {
            Assert.That(FieldsIn(await ProblemAsync(http, 400)), Does.Contain("url"));
            Assert.That(FieldsIn(await ProblemAsync(unknownType, 400)), Does.Contain("eventTypes[0]"));
            await ProblemAsync(anonymous, 401);
            Assert.That((string?)created["secret"], Does.StartWith("whsec_"));
            Assert.That(listed.Single()!.ToJsonString(), Does.Not.Contain("whsec_"), "the secret is shown once");
        });
    }
}
