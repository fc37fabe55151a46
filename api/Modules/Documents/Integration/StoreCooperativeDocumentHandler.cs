using CoopHub.Contracts.Documents;
using CoopHub.Documents.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.Extensions.Logging;

namespace CoopHub.Documents.Integration;

/// <summary>The sending module (Identity, for a claim's proof) has already decided the caller may add this document.</summary>
internal sealed class StoreCooperativeDocumentAuthorizer : IAuthorizer<StoreCooperativeDocument>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(StoreCooperativeDocument message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// Answers <see cref="StoreCooperativeDocument"/> in the caller's transaction: the vault's own content checks
/// (<see cref="DocumentContent.Prepare"/>), quota and blob store, the document uploaded by the caller and audited like
/// an upload (its files removed again if the caller's transaction fails). A refused file is an answer, not an exception, so the caller names its own field.
/// </summary>
internal sealed class StoreCooperativeDocumentHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user, IBlobStore blobs, DocumentOptions options,
    IDbConnectionFactory connections, ILogger<StoreCooperativeDocumentHandler> logger)
    : ICommandHandler<StoreCooperativeDocument, StoredCooperativeDocument>
{
    public async ValueTask<StoredCooperativeDocument> Handle(StoreCooperativeDocument command, CancellationToken cancellationToken)
    {
        if (!DocumentKinds.ByCode.TryGetValue(command.Kind, out var kind)) throw new ArgumentException($"Unknown document kind {command.Kind}.", nameof(command));
        var prepared = DocumentContent.Prepare(command.Content, options);
        if (prepared.IsFailure) return new StoredCooperativeDocument(null, null, prepared.Error!.Code, prepared.Error.Message, false);
        var (bytes, contentType) = prepared.Value;
        var used = await db.ExecuteScalarAsync<long>(
            "SELECT COALESCE(SUM(size_bytes), 0) FROM doc_documents WHERE cooperative_id = @CooperativeId AND deleted_at IS NULL", new { command.CooperativeId }, cancellationToken);
        if (used + bytes.Length > options.QuotaBytes)
        {
            var error = DocumentErrors.QuotaExceeded((long)Math.Ceiling(used / 1024.0), options.QuotaBytes / 1024);
            return new StoredCooperativeDocument(null, null, error.Code, error.Message, true);
        }
        var key = await blobs.PutAsync(bytes, cancellationToken);
        var thumbnailKey = await Thumbnails.PutAsync(blobs, bytes, contentType, cancellationToken);
        UnusedBlobs.UndoOnRollback(db, connections, blobs, logger, key, thumbnailKey);
        var details = new DocumentDetails(Guid.NewGuid(), command.CooperativeId, kind, DocumentContent.SafeFileName(command.FileName, contentType),
            contentType, bytes.Length, null, null, clock.GetUtcNow(), user.Name, "", null);
        details = details with { ContentUrl = DocumentsRoutes.Content(details.Id), ThumbnailUrl = thumbnailKey is null ? null : DocumentsRoutes.Thumbnail(details.Id) };
        await db.ExecuteAsync("""
            INSERT INTO doc_documents (id, cooperative_id, kind, file_name, content_type, size_bytes, sha256, issued_on, expires_on, uploaded_at, uploaded_by, thumbnail_sha256)
            VALUES (@Id, @CooperativeId, @Kind, @FileName, @ContentType, @SizeBytes, @Sha256, NULL, NULL, @UploadedAt, @UploadedBy, @ThumbnailSha256)
            """,
            new { details.Id, details.CooperativeId, Kind = command.Kind, details.FileName, details.ContentType, details.SizeBytes, Sha256 = key, details.UploadedAt, details.UploadedBy, ThumbnailSha256 = thumbnailKey },
            cancellationToken);
        audit.Record("document", details.Id, null, details);
        return new StoredCooperativeDocument(details.Id, details.ContentUrl, null, null, false);
    }
}