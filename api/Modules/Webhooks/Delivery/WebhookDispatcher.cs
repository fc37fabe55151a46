using CoopHub.Shared.Data;
using CoopHub.Webhooks.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopHub.Webhooks.Delivery;

/// <summary>
/// The hosted service that delivers webhooks (ADR 0013): each poll fans new outbox rows out into deliveries
/// (<see cref="OutboxFanOut"/>), claims the due ones (<see cref="DeliveryClaims"/>) and makes one attempt at each
/// (<see cref="DeliveryAttempts"/>). Consumers dedupe by webhook-id for the rare double send (a crash after
/// sending, before recording).
/// </summary>
internal sealed class WebhookDispatcher(
    IDbConnectionFactory connections, IHttpClientFactory http, TimeProvider clock, WebhookOptions options, TargetPipelines pipelines,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "webhooks";

    private readonly DeliveryAttempts _attempts = new(connections, http, clock, options, pipelines, logger);

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
        await OutboxFanOut.RunAsync(connections, clock, ct);
        var due = await DeliveryClaims.ClaimAsync(connections, clock, options, ct);
        foreach (var delivery in due) await _attempts.SendAsync(delivery, ct);
        return due.Count;
    }
}
