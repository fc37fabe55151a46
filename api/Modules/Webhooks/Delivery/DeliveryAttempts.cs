using System.Net.Http.Headers;
using System.Text;
using CoopHub.Shared.Data;
using CoopHub.Shared.Observability;
using CoopHub.Webhooks.Model;
using Dapper;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CoopHub.Webhooks.Delivery;

/// <summary>
/// One attempt at a claimed delivery: signed the Standard Webhooks way, sent through the target's circuit breaker,
/// and recorded. A failure is retried later with exponential backoff and jitter; after MaxAttempts the delivery is
/// dead. The log never repeats the socket's own words, so it cannot be used to map a private network.
/// </summary>
internal sealed class DeliveryAttempts(
    IDbConnectionFactory connections, IHttpClientFactory http, TimeProvider clock, WebhookOptions options, TargetPipelines pipelines, ILogger logger)
{
    public async Task SendAsync(DueDelivery delivery, CancellationToken ct)
    {
        var (status, error) = await PostAsync(delivery, ct);
        var attempts = delivery.Attempts + 1;
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        if (error is null)
        {
            await connection.ExecuteAsync("""
                UPDATE app_webhook_deliveries SET status = 'delivered', attempts = @Attempts, last_status_code = @Status, last_error = NULL, delivered_at = @Now, claimed_until = NULL
                WHERE id = @Id
                """, new { Attempts = attempts, Status = status, Now = clock.GetUtcNow(), delivery.Id });
            Telemetry.RecordDelivery("webhook", "delivered");
            return;
        }
        var dead = attempts >= options.MaxAttempts;
        await connection.ExecuteAsync("""
            UPDATE app_webhook_deliveries SET status = @State, attempts = @Attempts, last_status_code = @Status, last_error = @Error, next_attempt_at = @Next, claimed_until = NULL
            WHERE id = @Id
            """, new { State = dead ? "dead" : "pending", Attempts = attempts, Status = status, Error = error, Next = clock.GetUtcNow() + Backoff(attempts), delivery.Id });
        Telemetry.RecordDelivery("webhook", dead ? "dead" : "failed");
        if (dead) logger.LogWarning("Webhook delivery {Delivery} to {Url} is dead after {Attempts} attempts: {Error}", delivery.Id, WebhookTargets.Redact(delivery.Url), attempts, error);
    }

    /// <summary>Base × 2^(attempt−1), ±20 % jitter, at most a day.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        var jittered = exponential * (0.8 + Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(Math.Min(jittered, TimeSpan.FromDays(1).TotalMilliseconds));
    }

    /// <summary>The status the target answered, and the error's code for the log (null when it accepted the delivery).</summary>
    private async Task<(int? Status, string? Error)> PostAsync(DueDelivery delivery, CancellationToken ct)
    {
        if (WebhookTargets.ShapeProblem(delivery.Url, options, subscribing: false, out var target) is not null) return (null, DeliveryErrors.TargetRefused);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
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
                return await http.CreateClient(WebhookDispatcher.HttpClientName).SendAsync(request, token);
            }, ct);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode) return (status, null);
            return (status, status is >= 300 and < 400 ? DeliveryErrors.Redirect : DeliveryErrors.Answered);
        }
        catch (BrokenCircuitException)
        {
            return (null, DeliveryErrors.CircuitOpen);
        }
        catch (Exception ex) when (Refused(ex))
        {
            return (null, DeliveryErrors.TargetRefused);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            // Never the socket's own words: "connection refused" against "timed out" would map the private network.
            return (null, DeliveryErrors.TargetUnreachable);
        }
    }

    private static bool Refused(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is WebhookTargetRefusedException) return true;
        }
        return false;
    }
}
