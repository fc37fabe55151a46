using System.Security.Cryptography;
using System.Text;
using CoopHub.Contracts.Programs;
using CoopHub.Notifications.Dispatch.Triggers;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using Dapper;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using CoopHub.Shared.Hosting;

namespace CoopHub.Notifications.Dispatch;

/// <summary>
/// What no change announces, the calendar does: every <c>Notifications:SchedulePeriod</c> the scheduler asks Programs to
/// announce the calls whose opening time arrived (<see cref="AnnounceOpenedCalls"/>), then queues the reminders that are
/// due (<see cref="ScheduledTriggers"/>). Each reminder is recorded in <c>ntf_schedule</c> per (kind, subject,
/// recipient) in the transaction of its messages, so none repeats across restarts or instances; its trigger id is
/// derived from (kind, subject), so <c>ntf_messages</c>' unique index holds too.
/// </summary>
internal sealed class Scheduler(IDbConnectionFactory connections, IServiceScopeFactory scopes, TimeProvider clock, NotificationOptions options, ILogger<Scheduler> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
        => options.Dispatch ? PeriodicPasses.RunAsync(RunOnceAsync, options.SchedulePeriod, clock, logger, "The notification scheduler", stoppingToken) : Task.CompletedTask;

    /// <summary>One pass; returns the number of messages queued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        List<ScheduledItem> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            await sender.Send(new AnnounceOpenedCalls(), ct);
            due = await ScheduledTriggers.DueAsync(new TriggerContext(sender, options), clock.GetUtcNow(), ct);
        }
        if (due.Count == 0) return 0;
        await using var connection = await connections.OpenAsync(ct);
        // What was already queued is left out: one read per subject.
        var fresh = new List<ScheduledItem>();
        foreach (var subject in due.GroupBy(d => (d.Kind, d.SubjectId)))
        {
            var done = (await connection.QueryAsync<string>("SELECT recipient_key FROM ntf_schedule WHERE kind = @Kind AND subject_id = @Subject",
                new { subject.Key.Kind, Subject = subject.Key.SubjectId })).ToHashSet(StringComparer.Ordinal);
            fresh.AddRange(subject.Where(d => !done.Contains(d.RecipientKey)).DistinctBy(d => d.RecipientKey));
        }
        if (fresh.Count == 0) return 0;
        var drafts = fresh.SelectMany(f => f.Drafts.Select(d => new QueuedDraft(TriggerId(f.Kind, f.SubjectId), f.Kind, d))).ToList();
        drafts = await MessageQueue.KeepWantedAsync(connection, drafts);
        var now = clock.GetUtcNow();
        await using var tx = await NotificationTransaction.BeginAsync(connection, ct);
        foreach (var item in fresh)
        {
            await connection.ExecuteAsync("""
                INSERT INTO ntf_schedule (kind, subject_id, recipient_key, trigger_id, queued_at) VALUES (@Kind, @SubjectId, @RecipientKey, @TriggerId, @Now)
                """, new { item.Kind, item.SubjectId, item.RecipientKey, TriggerId = TriggerId(item.Kind, item.SubjectId), Now = now }, tx);
        }
        var written = await MessageQueue.InsertAsync(connection, tx, drafts, now);
        await tx.CommitAsync(ct);
        logger.LogInformation("Scheduled {Messages} messages for {Items} reminders", written, fresh.Count);
        return written;
    }

    /// <summary>The same id for a kind and subject on every instance and run.</summary>
    public static Guid TriggerId(string kind, Guid subject)
        => new(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{subject:D}")).AsSpan(0, 16));
}

/// <summary>A reminder to queue: its kind (the trigger type of its messages), subject, recipient key and drafts.</summary>
internal sealed record ScheduledItem(string Kind, Guid SubjectId, string RecipientKey, IReadOnlyList<Draft> Drafts);
