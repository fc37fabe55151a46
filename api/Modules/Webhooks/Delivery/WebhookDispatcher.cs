using CoopHub.Shared.Data;
using CoopHub.Webhooks.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using CoopHub.Shared.Hosting;

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

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
        => options.Dispatch ? PeriodicPasses.RunAsync(RunOnceAsync, options.PollInterval, clock, logger, "Webhook dispatch", stoppingToken) : Task.CompletedTask;

    /// <summary>One pass: fan out new outbox rows, then send what is due. Returns the number of attempts made.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await OutboxFanOut.RunAsync(connections, clock, ct);
        var due = await DeliveryClaims.ClaimAsync(connections, clock, options, ct);
        return await SendClaimedAsync(due, ct);
    }

    /// <summary>
    /// Sends claimed deliveries in order. When the host stops, the attempt in flight is finished and recorded (stopping
    /// halfway is how a delivery is sent and not recorded, then sent again) and the claims not yet tried are released at
    /// once for another instance, rather than waiting out their lease. Returns the number of attempts made.
    /// </summary>
    internal async Task<int> SendClaimedAsync(IReadOnlyList<DueDelivery> due, CancellationToken ct)
    {
        for (var i = 0; i < due.Count; i++)
        {
            if (ct.IsCancellationRequested)
            {
                await DeliveryClaims.ReleaseAsync(connections, due.Skip(i).Select(d => d.Id));
                return i;
            }
            await _attempts.SendAsync(due[i], CancellationToken.None);
        }
        return due.Count;
    }
}
