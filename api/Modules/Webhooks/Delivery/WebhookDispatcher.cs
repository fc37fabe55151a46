using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopHub.Shared.Data;
using CoopHub.Webhooks.Model;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CoopHub.Webhooks.Delivery;

/// <summary>
/// Turns outbox rows into deliveries (one per matching subscription) and sends the due ones,
/// signed the Standard Webhooks way, through a circuit breaker per target (ADR 0013). Rows are
/// claimed so that several instances never send the same delivery in the normal path: SQL Server
/// with UPDLOCK, READPAST, ROWLOCK; SQLite with one claiming statement in a write transaction.
/// A failed attempt is retried later with exponential backoff and jitter; after MaxAttempts the
/// delivery is dead. Consumers dedupe by webhook-id for the rare double send (a crash after
/// sending, before recording).
/// </summary>
internal sealed class WebhookDispatcher(
    IDbConnectionFactory connections, IHttpClientFactory http, TimeProvider clock, WebhookOptions options, TargetPipelines pipelines,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "webhooks";

    /// <summary>What the delivery log says when the target is not allowed (WebhookTargets): the same words whatever the reason.</summary>
    public const string TargetRefused = "Target refused: not a public address, or the URL is not allowed; not called.";

    /// <summary>What the delivery log says for any failure to get an HTTP answer (DNS, connection, TLS, timeout).</summary>
    public const string TargetUnreachable = "Target unreachable: no HTTP answer.";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _instance = Environment.MachineName + ":" + Guid.NewGuid().ToString("N")[..8];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Dispatch) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Webhook dispatch failed; retrying at the next poll.");
            }
            try
            {
                await Task.Delay(options.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: fan out new outbox rows, then send what is due. Returns the number of attempts made.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await FanOutAsync(ct);
        var due = await ClaimAsync(ct);
        foreach (var delivery in due) await SendAsync(delivery, ct);
        return due.Count;
    }

    private async Task FanOutAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var tx = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false)
            : await connection.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var claimed = await CoopHub.Shared.Outbox.Outbox.ClaimAsync(connection, tx, now, 100);
        if (claimed.Count > 0)
        {
            var hooks = (await connection.QueryAsync<Hook>("SELECT id AS Id, event_types AS EventTypes, region_code AS RegionCode FROM app_webhooks WHERE active = @Yes",
                new { Yes = true }, tx)).ToList();
            foreach (var message in claimed)
            {
                var region = RegionOf(message.Payload);
                foreach (var hook in hooks.Where(h => h.Types.Contains(message.Type) && (h.RegionCode is null || region is null || h.RegionCode == region)))
                {
                    var body = JsonSerializer.Serialize(new { type = message.Type, timestamp = message.CreatedAt, data = JsonNode.Parse(message.Payload) }, Json);
                    await connection.ExecuteAsync("""
                        INSERT INTO app_webhook_deliveries (id, webhook_id, outbox_id, event_type, payload, status, attempts, next_attempt_at, claimed_until, created_at)
                        VALUES (@Id, @WebhookId, @OutboxId, @Type, @Payload, 'pending', 0, @Now, NULL, @Now)
                        """, new { Id = Guid.NewGuid(), WebhookId = hook.Id, OutboxId = message.Id, message.Type, Payload = body, Now = now }, tx);
                }
            }
        }
        await tx.CommitAsync(ct);
    }

    private async Task<IReadOnlyList<DueDelivery>> ClaimAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var tx = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false)
            : await connection.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        // Long enough for every claimed attempt to finish; a crashed instance's claims expire.
        var until = now + options.RequestTimeout * 25;
        var ids = (connection is SqliteConnection
            ? await connection.QueryAsync<Guid>("""
                UPDATE app_webhook_deliveries SET claimed_until = @Until
                WHERE id IN (SELECT id FROM app_webhook_deliveries
                             WHERE status = 'pending' AND next_attempt_at <= @Now AND (claimed_until IS NULL OR claimed_until < @Now)
                             ORDER BY next_attempt_at LIMIT 20)
                RETURNING id
                """, new { Now = now, Until = until }, tx)
            : await connection.QueryAsync<Guid>("""
                UPDATE TOP (20) app_webhook_deliveries WITH (UPDLOCK, READPAST, ROWLOCK) SET claimed_until = @Until
                OUTPUT inserted.id
                WHERE status = 'pending' AND next_attempt_at <= @Now AND (claimed_until IS NULL OR claimed_until < @Now)
                """, new { Now = now, Until = until }, tx)).ToList();
        var due = new List<DueDelivery>();
        foreach (var id in ids)
        {
            due.Add((await connection.QuerySingleAsync<DueDelivery>("""
                SELECT d.id AS Id, d.webhook_id AS WebhookId, d.event_type AS EventType, d.payload AS Payload, d.attempts AS Attempts, w.url AS Url, w.secret AS Secret
                FROM app_webhook_deliveries d JOIN app_webhooks w ON w.id = d.webhook_id WHERE d.id = @Id
                """, new { Id = id }, tx)));
        }
        await tx.CommitAsync(ct);
        return due;
    }

    private async Task SendAsync(DueDelivery delivery, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        int? status = null;
        string? error = null;
        if (WebhookTargets.ShapeProblem(delivery.Url, options, subscribing: false, out var target) is not null)
        {
            error = TargetRefused;
        }
        else
        {
            try
            {
                using var response = await pipelines.For($"{target.Scheme}://{target.Authority}").ExecuteAsync(async token =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, target)
                    {
                        Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
                    };
                    request.Headers.Add("webhook-id", delivery.Id.ToString());
                    request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    request.Headers.Add("webhook-signature", WebhookSignature.Sign(delivery.Secret, delivery.Id.ToString(), timestamp, delivery.Payload));
                    request.Headers.UserAgent.ParseAdd("CoopHub-Webhooks/1.0");
                    return await http.CreateClient(HttpClientName).SendAsync(request, token);
                }, ct);
                status = (int)response.StatusCode;
                if (!response.IsSuccessStatusCode) error = status is >= 300 and < 400 ? $"The target answered {status}; redirects are not followed." : $"The target answered {status}.";
            }
            catch (BrokenCircuitException)
            {
                error = "Circuit open: the target failed repeatedly; not called.";
            }
            catch (Exception ex) when (Refused(ex))
            {
                error = TargetRefused;
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
            {
                // Never the socket's own words: "connection refused" against "timed out" would map the private network.
                error = TargetUnreachable;
            }
        }
        var attempts = delivery.Attempts + 1;
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        if (error is null)
        {
            await connection.ExecuteAsync("""
                UPDATE app_webhook_deliveries SET status = 'delivered', attempts = @Attempts, last_status_code = @Status, last_error = NULL, delivered_at = @Now, claimed_until = NULL
                WHERE id = @Id
                """, new { Attempts = attempts, Status = status, Now = clock.GetUtcNow(), delivery.Id });
            return;
        }
        var dead = attempts >= options.MaxAttempts;
        await connection.ExecuteAsync("""
            UPDATE app_webhook_deliveries SET status = @State, attempts = @Attempts, last_status_code = @Status, last_error = @Error, next_attempt_at = @Next, claimed_until = NULL
            WHERE id = @Id
            """, new { State = dead ? "dead" : "pending", Attempts = attempts, Status = status, Error = error, Next = clock.GetUtcNow() + Backoff(attempts), delivery.Id });
        if (dead) logger.LogWarning("Webhook delivery {Delivery} to {Url} is dead after {Attempts} attempts: {Error}", delivery.Id, WebhookTargets.Redact(delivery.Url), attempts, error);
    }

    /// <summary>Base × 2^(attempt−1), ±20 % jitter, at most a day.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        var jittered = exponential * (0.8 + Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(Math.Min(jittered, TimeSpan.FromDays(1).TotalMilliseconds));
    }

    private static bool Refused(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is WebhookTargetRefusedException) return true;
        }
        return false;
    }

    private static string? RegionOf(string payload)
        => JsonNode.Parse(payload) is JsonObject o && o.TryGetPropertyValue("regionCode", out var r) && r is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private sealed class Hook
    {
        public Guid Id { get; set; }
        public string EventTypes { get; set; } = "[]";
        public string? RegionCode { get; set; }

        public IReadOnlyList<string> Types => JsonSerializer.Deserialize<List<string>>(EventTypes) ?? [];
    }

    private sealed class DueDelivery
    {
        public Guid Id { get; set; }
        public Guid WebhookId { get; set; }
        public string EventType { get; set; } = "";
        public string Payload { get; set; } = "";
        public int Attempts { get; set; }
        public string Url { get; set; } = "";
        public string Secret { get; set; } = "";
    }
}
