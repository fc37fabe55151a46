using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using Dapper;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Notifications.Dispatch;

/// <summary>
/// Writes a staff message's messages into <c>ntf_messages</c>, in the background, in batches (ADR 0026). An instance
/// claims a campaign still <c>preparing</c> with a lease (compare-and-set, so one instance works on it at a time),
/// reads its audience again (a person who unsubscribed since the preview is left out), skips the recipients already
/// written, and inserts the rest <see cref="NotificationOptions.CampaignBatch"/> at a time, each batch its own
/// transaction. A crash between batches leaves the written ones; the next claim (after the lease) writes the others.
/// Whatever happens, ntf_messages' unique key (campaign id as the trigger id, recipient, channel) lets no one be written
/// to twice on a channel. When all are written the campaign is <c>fannedOut</c> and its total is the messages written.
/// </summary>
internal static class CampaignFanOut
{
    /// <summary>Returns the messages written (0 when no campaign was waiting or another instance holds it).</summary>
    public static async Task<int> RunAsync(IDbConnectionFactory connections, IServiceScopeFactory scopes, TimeProvider clock, NotificationOptions options, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var now = clock.GetUtcNow();
        var waiting = await connection.QueryAsync<Guid>(
            "SELECT id FROM ntf_campaigns WHERE status = @Preparing AND (claimed_until IS NULL OR claimed_until < @Now) ORDER BY created_at",
            new { Preparing = CampaignStates.Preparing, Now = now });
        foreach (var id in waiting)
        {
            var claimed = await connection.ExecuteAsync("""
                UPDATE ntf_campaigns SET claimed_until = @Until
                WHERE id = @Id AND status = @Preparing AND (claimed_until IS NULL OR claimed_until < @Now)
                """, new { Id = id, Until = now + options.ClaimLease, Preparing = CampaignStates.Preparing, Now = now });
            if (claimed == 0) continue;
            return await FanOutAsync(connection, scopes, clock, options, id, ct);
        }
        return 0;
    }

    private static async Task<int> FanOutAsync(System.Data.Common.DbConnection connection, IServiceScopeFactory scopes, TimeProvider clock, NotificationOptions options,
        Guid id, CancellationToken ct)
    {
        var campaign = await connection.QuerySingleAsync<CampaignRow>($"SELECT {CampaignRow.Columns} FROM ntf_campaigns c WHERE c.id = @Id", new { Id = id });
        IReadOnlyList<Draft> audience;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbSession>();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            audience = (await SegmentAudience.ComputeAsync(sender, db, campaign.Filter, campaign.RegionList, ct)).Drafts;
        }
        var written = (await connection.QueryAsync<WrittenRow>("SELECT recipient_id AS RecipientId, channel AS Channel FROM ntf_messages WHERE trigger_id = @Id", new { Id = id }))
            .Select(w => (w.RecipientId, w.Channel)).ToHashSet();
        var texts = campaign.Texts;
        var link = $"{options.PublicBaseUrl.TrimEnd('/')}/notifications";
        var inserted = 0;
        foreach (var batch in audience.Where(d => !written.Contains((d.RecipientId, d.Channel))).Chunk(Math.Max(1, options.CampaignBatch)))
        {
            if (ct.IsCancellationRequested) return inserted; // the claim expires; the next instance goes on from here
            var now = clock.GetUtcNow();
            await using var tx = await NotificationTransaction.BeginAsync(connection, ct);
            var drafts = batch.Select(d =>
            {
                var text = SegmentTexts.For(texts, d.Language);
                var written = d with { Language = text.Language, Subject = text.Subject, Body = text.Body, Link = d.RecipientKind == RecipientKinds.Account ? link : null };
                return new QueuedDraft(id, CampaignTrigger.Type, written);
            }).ToList();
            await MessageQueue.InsertAsync(connection, tx, drafts, now);
            // Still ours: the lease is renewed with each batch.
            await connection.ExecuteAsync("UPDATE ntf_campaigns SET claimed_until = @Until WHERE id = @Id", new { Id = id, Until = now + options.ClaimLease }, tx);
            await tx.CommitAsync(ct);
            inserted += batch.Length;
        }
        await connection.ExecuteAsync("""
            UPDATE ntf_campaigns SET status = @FannedOut, fanned_out_at = @Now, claimed_until = NULL,
                total = (SELECT COUNT(*) FROM ntf_messages WHERE trigger_id = @Id)
            WHERE id = @Id
            """, new { Id = id, FannedOut = CampaignStates.FannedOut, Now = clock.GetUtcNow() });
        return Math.Max(inserted, 1);
    }

    private sealed class WrittenRow
    {
        public Guid RecipientId { get; set; }
        public string Channel { get; set; } = "";
    }
}
