using CoopHub.Documents.Model;
using CoopHub.Shared.Data;
using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using CoopHub.Shared.Hosting;

namespace CoopHub.Documents.Retention;

/// <summary>
/// Removes the files of documents deleted more than <c>Documents:RetentionDays</c> ago (the row stays, with
/// <c>purged_at</c>, so the deletion remains on record). A blob is shared by every document with the same content,
/// so it goes only when no document still needs it; and a blob a pin names (a submitted application's copy, ADR 0030)
/// is never deleted. Several instances may run it: marking a row purged is one
/// conditional update, and deleting a file twice is harmless.
/// </summary>
internal sealed class DocumentPurger(IDbConnectionFactory connections, TimeProvider clock, DocumentOptions options, IBlobStore blobs, ILogger<DocumentPurger> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
        => options.Purge ? PeriodicPasses.RunAsync(RunOnceAsync, options.PurgeInterval, clock, logger, "Document purge", stoppingToken) : Task.CompletedTask;

    /// <summary>One pass; returns the number of documents purged.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var before = now.AddDays(-options.RetentionDays);
        await using var connection = await connections.OpenAsync(ct);
        var due = (await connection.QueryAsync<(Guid Id, string Sha256, string? ThumbnailSha256)>(
            "SELECT id AS Id, sha256 AS Sha256, thumbnail_sha256 AS ThumbnailSha256 FROM doc_documents WHERE deleted_at IS NOT NULL AND deleted_at <= @Before AND purged_at IS NULL",
            new { Before = before })).ToList();
        var purged = 0;
        foreach (var (id, sha256, thumbnailSha256) in due)
        {
            if (await connection.ExecuteAsync("UPDATE doc_documents SET purged_at = @Now WHERE id = @Id AND purged_at IS NULL", new { Now = now, Id = id }) == 0) continue;
            purged++;
            // Another document not purged with the same content, or a pin (a submitted application keeps what it picked, ADR 0030).
            var stillNeeded = await connection.ExecuteScalarAsync<int>(UnusedBlobs.CountUsers, new { Sha256 = sha256 });
            if (stillNeeded == 0) await blobs.DeleteAsync(sha256, ct);
            if (thumbnailSha256 is null) continue;
            // The same picture uploaded twice draws the same thumbnail: one blob, kept while a document not purged names it.
            var thumbnailNeeded = await connection.ExecuteScalarAsync<int>(UnusedBlobs.CountUsers, new { Sha256 = thumbnailSha256 });
            if (thumbnailNeeded == 0) await blobs.DeleteAsync(thumbnailSha256, ct);
        }
        return purged;
    }
}
