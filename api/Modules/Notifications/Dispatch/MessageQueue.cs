using System.Data.Common;
using System.Text;
using CoopHub.Notifications.Model;
using Dapper;

namespace CoopHub.Notifications.Dispatch;

/// <summary>
/// The one way messages enter <c>ntf_messages</c>: the drafts a recipient turned off are dropped first
/// (<see cref="PreferenceStore.KeepWantedAsync{T}"/>, law 09-08), whoever queued them — the outbox fan-out, the
/// scheduler —; the rest are written with multi-row INSERTs (150 rows, 1,802 parameters: under SQL Server's 2,100),
/// since one statement per message cannot queue thousands in seconds.
/// </summary>
internal static class MessageQueue
{
    private const int RowsPerStatement = 150;

    /// <summary>The drafts their recipients want, read before the writing transaction.</summary>
    public static Task<List<QueuedDraft>> KeepWantedAsync(DbConnection connection, IReadOnlyList<QueuedDraft> drafts)
        => PreferenceStore.KeepWantedAsync(connection, Unique(drafts), d => d.Draft);

    /// <summary>Writes the drafts in the caller's transaction; returns how many rows were written.</summary>
    public static async Task<int> InsertAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<QueuedDraft> drafts, DateTimeOffset now)
    {
        var written = 0;
        foreach (var chunk in Unique(drafts).Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder("""
                INSERT INTO ntf_messages (id, trigger_id, trigger_type, recipient_id, recipient_kind, topic, channel, address, language, subject, body, link, status, attempts, next_attempt_at, created_at)
                VALUES
                """);
            var p = new DynamicParameters();
            p.Add("Status", DeliveryStates.Queued);
            p.Add("Now", now);
            for (var i = 0; i < chunk.Length; i++)
            {
                var (triggerId, type, d) = chunk[i];
                if (i > 0) sql.Append(',');
                sql.Append($"\n(@i{i}, @t{i}, @y{i}, @r{i}, @k{i}, @o{i}, @c{i}, @a{i}, @l{i}, @s{i}, @b{i}, @n{i}, @Status, 0, @Now, @Now)");
                p.Add($"i{i}", Guid.NewGuid());
                p.Add($"t{i}", triggerId);
                p.Add($"y{i}", type);
                p.Add($"r{i}", d.RecipientId);
                p.Add($"k{i}", d.RecipientKind);
                p.Add($"o{i}", d.Topic);
                p.Add($"c{i}", d.Channel);
                p.Add($"a{i}", d.Address);
                p.Add($"l{i}", d.Language);
                p.Add($"s{i}", d.Subject);
                p.Add($"b{i}", d.Body);
                p.Add($"n{i}", d.Link);
            }
            written += await connection.ExecuteAsync(sql.ToString(), p, tx);
        }
        return written;
    }

    /// <summary>
    /// One draft per (trigger, recipient, channel), as the table's unique index wants: a person reached through two of
    /// the cooperatives concerned hears it once.
    /// </summary>
    private static List<QueuedDraft> Unique(IReadOnlyList<QueuedDraft> drafts)
        => drafts.DistinctBy(d => (d.TriggerId, d.Draft.RecipientId, d.Draft.RecipientKind, d.Draft.Channel)).ToList();
}

/// <summary>A draft with the trigger it answers (the outbox message's id, or the scheduler's key for it) and that trigger's type.</summary>
internal sealed record QueuedDraft(Guid TriggerId, string Type, Draft Draft);
