using CoopHub.Shared.Data;
using Microsoft.Extensions.Logging;

namespace CoopHub.Documents.Model;

/// <summary>
/// Which blobs nothing needs any more. The store is content-addressed, so one file serves every document (and
/// thumbnail) with the same bytes, and a pin (a submitted application's copy, ADR 0030) keeps its file too: a blob goes
/// only when no document not purged and no pin names it. The purge uses the rule for deleted documents; an upload whose
/// transaction fails uses it for what it wrote (<see cref="UndoOnRollback"/>).
/// </summary>
internal static class UnusedBlobs
{
    /// <summary>How many documents not purged and pins name <c>@Sha256</c> (as content or thumbnail).</summary>
    public const string CountUsers = """
        SELECT (SELECT COUNT(*) FROM doc_documents WHERE (sha256 = @Sha256 OR thumbnail_sha256 = @Sha256) AND purged_at IS NULL)
             + (SELECT COUNT(*) FROM doc_pins WHERE sha256 = @Sha256)
        """;

    /// <summary>
    /// Deletes the blobs an upload wrote (content, thumbnail) if its transaction rolls back and no committed row needs
    /// them. The check runs in a transaction of its own: on SQLite it takes the write lock, so an upload of the same bytes
    /// by another request either committed its row before (the file stays) or writes the file again after.
    /// </summary>
    public static void UndoOnRollback(DbSession db, IDbConnectionFactory connections, IBlobStore blobs, ILogger logger, params string?[] keys)
        => db.OnRollback(async () =>
        {
            try
            {
                await using var check = new DbSession(connections, db.Dialect);
                await check.BeginAsync(CancellationToken.None);
                foreach (var key in keys.OfType<string>().Distinct())
                {
                    if (await check.ExecuteScalarAsync<int>(CountUsers, new { Sha256 = key }, CancellationToken.None) == 0)
                        await blobs.DeleteAsync(key, CancellationToken.None);
                }
                await check.CommitAsync(CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A blob written by a failed upload could not be removed: {Keys}", string.Join(", ", keys.OfType<string>()));
            }
        });
}
