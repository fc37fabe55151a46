using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Identity;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Integrations;
using CoopHub.Notifications.Dispatch;
using CoopHub.Shared.Data;
using CoopHub.Webhooks.Delivery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CoopHub.Api.Tests.Observability;

/// <summary>
/// Issue 20 item 4 (ADR 0033): one request is one trace, HTTP → mediator handler → SQL; the problem's traceId is that
/// trace's id and so is the log line's; the metrics carry the outbox backlog and the deliveries; nothing is registered
/// when no endpoint is configured. The in-memory exporters are added by the test (OpenTelemetry:Enabled turns the
/// pipeline on without an exporter). Non-parallel: the CoopHub ActivitySource and Meter are process-wide, so another
/// fixture's host would be heard too.
/// </summary>
[NonParallelizable]
public sealed class ObservabilityTests
{
    private string _connectionString = "";
    private CoopHubApp _app = null!;
    private TestClock _clock = null!;
    private WebhookReceiver _hooks = null!;
    private SmtpReceiver _smtp = null!;
    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];
    private readonly ConcurrentQueue<(string Category, string? Message, string TraceId)> _logs = new();

    [SetUp]
    public async Task Start()
    {
        _connectionString = await TestDatabases.NewSqliteAsync();
        _clock = new TestClock(DateTimeOffset.UtcNow);
        _hooks = await WebhookReceiver.StartAsync();
        _smtp = SmtpReceiver.Start();
        _app = new CoopHubApp(Engine.Sqlite, _connectionString, configure: b =>
        {
            b.UseSetting("OpenTelemetry:Enabled", "true");
            b.UseSetting("Observability:BacklogCacheSeconds", "0");
            b.UseSetting("Health:OutboxMaxAge", "00:01:00");
            b.UseSetting("Logging:LogLevel:CoopHub.Shared.Pipeline", "Information");
            b.UseSetting("Webhooks:Dispatch", "false");
            b.UseSetting("Webhooks:AllowPrivateTargets", "true");
            b.UseSetting("Notifications:Dispatch", "false");
            b.UseSetting("Notifications:PublicBaseUrl", "https://coophub.example.ma");
            _smtp.Configure(b);
            b.ConfigureServices(s =>
            {
                s.AddSingleton<TimeProvider>(_clock);
                s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(_spans));
                s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(_metrics));
                s.ConfigureOpenTelemetryLoggerProvider(l => l.AddProcessor(new CapturingLogs(_logs)));
            });
        });
        _app.CreateClient().Dispose(); // builds the host
        await Task.CompletedTask;
    }

    [TearDown]
    public async Task Stop()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_hooks is not null) await _hooks.DisposeAsync();
        if (_smtp is not null) await _smtp.DisposeAsync();
        if (_connectionString.Length > 0) TestDatabases.DeleteSqlite(_connectionString);
    }

    private T Service<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    [Test]
    public async Task Given_a_request_that_runs_SQL_and_answers_404_Then_one_trace_goes_HTTP_to_handler_to_SQL_and_the_problem_and_the_log_quote_its_id()
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync($"/api/v1/cooperatives/{Guid.NewGuid()}");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var server = await ServerSpanAsync("/api/v1/cooperatives/");

        var trace = _spans.Where(s => s.TraceId == server.TraceId).ToList();
        var handler = trace.SingleOrDefault(s => s.DisplayName == "GetCooperativeQuery");
        var sql = trace.Where(s => s.Source.Name == "CoopHub" && s.Kind == ActivityKind.Client).ToList();
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(404));
            Assert.That((string?)problem["traceId"], Is.EqualTo(server.TraceId.ToHexString()), "the id a person quotes is the trace's");
            Assert.That(server.Kind, Is.EqualTo(ActivityKind.Server));
            Assert.That(handler, Is.Not.Null, "a span per mediator handler");
            Assert.That(handler?.ParentSpanId, Is.EqualTo(server.SpanId), "the handler under the HTTP request");
            Assert.That(handler?.GetTagItem("coophub.outcome"), Is.EqualTo("failed"));
            Assert.That(sql, Is.Not.Empty, "a span per SQL command");
            Assert.That(sql.All(s => s.ParentSpanId == handler?.SpanId), Is.True, "the SQL under the handler");
            Assert.That(sql.Select(s => s.GetTagItem("db.operation.name")), Has.Some.EqualTo("SELECT"));
            Assert.That(sql.Select(s => (string?)s.GetTagItem("db.query.text")), Has.Some.Contains("FROM coop_cooperatives").And.Some.Contains("@"),
                "the statement's text with its parameters' names, never their values");
            Assert.That(sql.Select(s => (string?)s.GetTagItem("db.query.text")), Has.None.Contains(problem["traceId"]!.ToString()));
            Assert.That(_logs.Where(l => l.Message?.Contains("GetCooperativeQuery", StringComparison.Ordinal) == true).Select(l => l.TraceId),
                Has.Some.EqualTo(server.TraceId.ToHexString()), "the handler's log line carries the trace id");
        });
    }

    [Test]
    public async Task Given_a_webhook_and_an_email_waiting_Then_the_gauges_and_readiness_show_the_backlog_and_its_age_and_the_counter_the_deliveries()
    {
        using var admin = _app.CreateAdminClient();
        await WebhookTests.SubscribeAsync(admin, _hooks.Url, "cooperative.registered");
        var created = await admin.PostAsync("/api/v1/cooperatives", new StringContent(CooperativeBodies.Valid(registrationNumber: "OTEL-1").ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
        using var anonymous = _app.CreateClient();
        var signedUp = await anonymous.PostAsync("/api/v1/auth/sign-up", new StringContent(new JsonObject
        {
            ["email"] = "otel.metrics@coophub.test", ["displayName"] = "Salma Idrissi", ["password"] = "Souss-Massa-Argan-77", ["language"] = "fr",
        }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That((int)signedUp.StatusCode, Is.LessThan(300), await signedUp.Content.ReadAsStringAsync());
        await OutboxFanOut.RunAsync(Service<IDbConnectionFactory>(), _clock, CancellationToken.None);
        await OutboxCursor.RunAsync(Service<IDbConnectionFactory>(), Service<IServiceScopeFactory>(), _clock, Service<CoopHub.Notifications.Model.NotificationOptions>(),
            CancellationToken.None, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        _clock.Advance(TimeSpan.FromSeconds(90));

        var waiting = Collect();
        var lateReady = await anonymous.GetAsync("/health/ready");
        var late = JsonNode.Parse(await lateReady.Content.ReadAsStringAsync())!;
        await Service<WebhookDispatcher>().RunOnceAsync(CancellationToken.None);
        await Service<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
        var drained = Collect();
        var drainedReady = await anonymous.GetAsync("/health/ready");

        Assert.Multiple(() =>
        {
            Assert.That(waiting.Gauge("coophub.outbox.depth", "webhooks"), Is.EqualTo(1));
            Assert.That(waiting.Gauge("coophub.outbox.depth", "notifications"), Is.EqualTo(1));
            Assert.That(waiting.Gauge("coophub.outbox.oldest_age", "webhooks"), Is.EqualTo(90).Within(1));
            Assert.That(waiting.Gauge("coophub.outbox.oldest_age", "notifications"), Is.EqualTo(90).Within(1));
            Assert.That(drained.Gauge("coophub.outbox.depth", "webhooks"), Is.Zero);
            Assert.That(drained.Gauge("coophub.outbox.oldest_age", "notifications"), Is.Zero);
            Assert.That(drained.Sum("coophub.deliveries", ("channel", "webhook"), ("outcome", "delivered")), Is.EqualTo(1));
            Assert.That(drained.Sum("coophub.deliveries", ("channel", "email"), ("outcome", "delivered")), Is.EqualTo(1));
            Assert.That(drained.Sum("coophub.mediator.duration", ("coophub.message", "RegisterCooperativeCommand"), ("coophub.outcome", "ok")), Is.EqualTo(1),
                "one registration timed (a histogram's count)");
            Assert.That(drained.Names, Does.Contain("coophub.mediator.duration").And.Contain("http.server.request.duration"));
            Assert.That(_hooks.Requests, Has.Count.EqualTo(1));
            Assert.That(_smtp.Received, Has.Count.EqualTo(1));
            Assert.That((int)lateReady.StatusCode, Is.EqualTo(503), "older than Health:OutboxMaxAge (1 min here; unset by default)");
            Assert.That((string?)late["database"], Is.EqualTo("ok"));
            Assert.That(late["outbox"]!.AsArray().Select(q => (long?)q!["depth"]), Is.EqualTo(new long?[] { 1, 1 }));
            Assert.That((int)drainedReady.StatusCode, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task Given_the_readiness_probe_Then_it_reports_the_database_and_each_queue()
    {
        using var client = _app.CreateClient();
        var ready = await client.GetAsync("/health/ready");
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That((int)ready.StatusCode, Is.EqualTo(200));
            Assert.That((string?)body["status"], Is.EqualTo("ready"));
            Assert.That((string?)body["database"], Is.EqualTo("ok"));
            Assert.That(body["outbox"]!.AsArray().Select(q => (string?)q!["queue"]), Is.EquivalentTo(new[] { "webhooks", "notifications" }));
            Assert.That(body["outbox"]!.AsArray().Select(q => (double?)q!["oldestAgeSeconds"]), Has.All.EqualTo(0));
        });
    }

    private async Task<Activity> ServerSpanAsync(string path)
    {
        // The HTTP span ends after the response has been handed over: wait for the exporter to have it (bounded).
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            lock (_spans)
            {
                var found = _spans.FirstOrDefault(s => s.Kind == ActivityKind.Server && (s.GetTagItem("url.path") as string)?.StartsWith(path, StringComparison.Ordinal) == true);
                if (found is not null) return found;
            }
            await Task.Delay(20);
        }
        throw new AssertionException($"No server span for {path}: {string.Join(", ", _spans.Select(s => s.DisplayName))}");
    }

    private Collected Collect()
    {
        _metrics.Clear();
        Service<MeterProvider>().ForceFlush();
        var collected = new Collected();
        foreach (var metric in _metrics)
        {
            collected.Names.Add(metric.Name);
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new List<(string, string)>();
                foreach (var tag in point.Tags) tags.Add((tag.Key, tag.Value?.ToString() ?? ""));
                double value = metric.MetricType switch
                {
                    MetricType.LongSum => point.GetSumLong(),
                    MetricType.DoubleSum => point.GetSumDouble(),
                    MetricType.LongGauge => point.GetGaugeLastValueLong(),
                    MetricType.DoubleGauge => point.GetGaugeLastValueDouble(),
                    MetricType.Histogram => point.GetHistogramCount(),
                    _ => double.NaN,
                };
                collected.Points.Add((metric.Name, tags, value));
            }
        }
        return collected;
    }

    private sealed class Collected
    {
        public HashSet<string> Names { get; } = [];
        public List<(string Name, List<(string Key, string Value)> Tags, double Value)> Points { get; } = [];

        public double Gauge(string name, string queue)
            => Points.Single(p => p.Name == name && p.Tags.Contains(("queue", queue))).Value;

        public double Sum(string name, params (string Key, string Value)[] tags)
            => Points.Where(p => p.Name == name && tags.All(t => p.Tags.Contains(t))).Sum(p => p.Value);
    }

    private sealed class CapturingLogs(ConcurrentQueue<(string, string?, string)> logs) : BaseProcessor<LogRecord>
    {
        public override void OnEnd(LogRecord data)
            => logs.Enqueue((data.CategoryName ?? "", data.FormattedMessage, data.TraceId.ToHexString()));
    }
}

/// <summary>Without an OTLP endpoint nothing is registered: no tracer, no meter provider, so nothing listens and nothing is exported.</summary>
public sealed class ObservabilityOffTests
{
    [Test]
    public async Task Given_no_endpoint_Then_no_provider_is_registered_and_problems_still_quote_a_trace_id()
    {
        var connectionString = await TestDatabases.NewSqliteAsync();
        try
        {
            await using var app = new CoopHubApp(Engine.Sqlite, connectionString);
            using var client = app.CreateClient();
            var response = await client.GetAsync($"/api/v1/cooperatives/{Guid.NewGuid()}");
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            Assert.Multiple(() =>
            {
                Assert.That(app.Services.GetService<TracerProvider>(), Is.Null);
                Assert.That(app.Services.GetService<MeterProvider>(), Is.Null);
                Assert.That((int)response.StatusCode, Is.EqualTo(404));
                Assert.That((string?)problem["traceId"], Does.Match("^[0-9a-f]{32}$"), "the W3C trace id even with nothing exported: ASP.NET Core starts an activity per request for its logging");
            });
        }
        finally
        {
            TestDatabases.DeleteSqlite(connectionString);
        }
    }
}
