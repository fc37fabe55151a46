using CoopHub.Notifications.Channels;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using CoopHub.Shared.Hosting;

namespace CoopHub.Notifications.Dispatch;

/// <summary>
/// The hosted service that reaches people (ADR 0022): each poll queues messages for new outbox rows
/// (<see cref="OutboxCursor"/>), claims the due ones (<see cref="MessageClaims"/>) and hands each to its channel,
/// recording the answer: sent, or failed with a next attempt at RetryBaseDelay × 2^(n−1) ±20 % (at most RetryMaxDelay), or dead after MaxAttempts
/// (at once when the refusal is permanent); a postponed message (SMS quiet hours) is due again later, not counted as an attempt;
/// a message past its channel's per-minute budget (<see cref="ChannelRateLimits"/>) stays queued for the next window.
/// </summary>
internal sealed class NotificationDispatcher(
    IDbConnectionFactory connections, IServiceScopeFactory scopes, TimeProvider clock, NotificationOptions options, IEnumerable<INotificationChannel> channels,
    ChannelRateLimits limits, ILogger<NotificationDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, INotificationChannel> _channels = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
        => options.Dispatch ? PeriodicPasses.RunAsync(RunOnceAsync, options.PollInterval, clock, logger, "Notification dispatch", stoppingToken) : Task.CompletedTask;

    /// <summary>One pass: queue messages for new outbox rows, then send what is due. Returns the number of messages handed to a channel.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        while (await OutboxCursor.RunAsync(connections, scopes, clock, options, ct, logger) > 0)
        {
            // A full batch may be followed by more rows.
        }
        while (!ct.IsCancellationRequested && await CampaignFanOut.RunAsync(connections, scopes, clock, options, ct) > 0)
        {
            // Staff messages to a segment waiting to be written.
        }
        var sent = 0;
        IReadOnlyList<MessageRow> due;
        // A channel whose per-minute budget is spent (ChannelRateLimits) is not claimed again until its window ends; the
        // messages claimed past the budget are released as they were. Each turn sends something or spends a channel: it ends.
        while (!ct.IsCancellationRequested && (due = await MessageClaims.ClaimAsync(connections, clock, options, ct, limits.Spent())).Count > 0)
        {
            (IReadOnlyList<MessageRow> Admitted, IReadOnlyList<MessageRow> Waiting) admission;
            try
            {
                admission = await limits.AdmitAsync(due, ct);
            }
            catch (OperationCanceledException)
            {
                // Stopping between the claim and the sending: release the claims now, not when their lease runs out.
                await ReleaseAsync(due.Select(m => m.Id));
                throw;
            }
            var (admitted, waiting) = admission;
            if (waiting.Count > 0) await ReleaseAsync(waiting.Select(m => m.Id));
            sent += await SendClaimedAsync(admitted, ct);
        }
        // One connection per busy spell, not one held open between polls.
        foreach (var connected in _channels.Values.OfType<IConnectedChannel>()) await connected.CloseIdleAsync();
        return sent;
    }

    /// <summary>Hands claimed messages to their channels in order; returns how many were handed over before the host stopped.</summary>
    internal async Task<int> SendClaimedAsync(IReadOnlyList<MessageRow> due, CancellationToken ct)
    {
        for (var i = 0; i < due.Count; i++)
        {
            if (ct.IsCancellationRequested)
            {
                // Stopping: the claimed messages not yet handed to a channel are released for the next instance.
                await ReleaseAsync(due.Skip(i).Select(m => m.Id));
                return i;
            }
            // A message handed to a channel is finished and recorded even when the host is stopping: stopping halfway
            // through an SMTP conversation is how a message gets sent and not recorded, then sent again.
            await SendAsync(due[i], CancellationToken.None);
        }
        return due.Count;
    }

    private async Task ReleaseAsync(IEnumerable<Guid> ids)
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        foreach (var id in ids) await connection.ExecuteAsync("UPDATE ntf_messages SET claimed_until = NULL WHERE id = @Id", new { Id = id });
    }

    private async Task SendAsync(MessageRow message, CancellationToken ct)
    {
        var answer = _channels.TryGetValue(message.Channel, out var channel)
            ? await channel.SendAsync(message, ct)
            : ChannelAnswer.Failed($"No channel named {message.Channel}.");
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        if (answer.PostponedUntil is { } until)
        {
            // Not an attempt (SMS quiet hours): the message keeps its state and attempts and is due again later.
            await connection.ExecuteAsync("UPDATE ntf_messages SET next_attempt_at = @Until, last_answer = @Answer, claimed_until = NULL WHERE id = @Id",
                new { Until = until, answer.Answer, message.Id });
            return;
        }
        var attempts = message.Attempts + 1;
        var now = clock.GetUtcNow();
        CoopHub.Shared.Observability.Telemetry.RecordDelivery(message.Channel, answer.Accepted ? "delivered" : answer.Permanent || attempts >= options.MaxAttempts ? "dead" : "failed"); // ADR 0033
        if (answer.Accepted)
        {
            await connection.ExecuteAsync("""
                UPDATE ntf_messages SET status = @Sent, attempts = @Attempts, last_answer = @Answer, provider_id = @ProviderId, sent_at = @Now, claimed_until = NULL WHERE id = @Id
                """, new { Sent = DeliveryStates.Sent, Attempts = attempts, answer.Answer, answer.ProviderId, Now = now, message.Id });
            if (message.Topic == Topics.Account)
            {
                // A reset or verification carries a live secret (its link and code): once delivered, nobody reads it here.
                await connection.ExecuteAsync("UPDATE ntf_messages SET body = '', link = NULL WHERE id = @Id", new { message.Id });
            }
            return;
        }
        var dead = answer.Permanent || attempts >= options.MaxAttempts;
        await connection.ExecuteAsync("""
            UPDATE ntf_messages SET status = @State, attempts = @Attempts, last_answer = @Answer, next_attempt_at = @Next, claimed_until = NULL WHERE id = @Id
            """, new { State = dead ? DeliveryStates.Dead : DeliveryStates.Failed, Attempts = attempts, answer.Answer, Next = now + Backoff(attempts), message.Id });
        if (dead) logger.LogWarning("Notification {Message} on {Channel} is dead after {Attempts} attempts: {Answer}", message.Id, message.Channel, attempts, answer.Answer);
    }

    /// <summary>Base × 2^(attempt−1), ±20 % jitter, at most <c>RetryMaxDelay</c>.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        var jittered = exponential * (0.8 + Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(Math.Min(jittered, options.RetryMaxDelay.TotalMilliseconds));
    }
}
