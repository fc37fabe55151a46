using CoopHub.Documents.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace CoopHub.Documents.Vault;

internal sealed record GetDocumentThumbnailQuery(Guid Id) : IQuery<Result<DocumentThumbnailFile>>;

/// <summary>The thumbnail's bytes and key (its ETag); the endpoint disposes the stream once sent.</summary>
internal sealed record DocumentThumbnailFile(string Sha256, Stream Content);

/// <summary>Anyone may ask; the handler answers 404 to whoever may not see the document (anonymous callers included), as DownloadDocument.</summary>
internal sealed class GetDocumentThumbnailAuthorizer : IAuthorizer<GetDocumentThumbnailQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetDocumentThumbnailQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// The same read rule as DownloadDocument (<see cref="DocumentLookup.VisibleAsync"/>); a PDF has none: 404. An image
/// uploaded before thumbnails (migration 0035) gets its thumbnail drawn now from the stored image, put in the blob store
/// and recorded, so the next request reads it like any other.
/// </summary>
internal sealed class GetDocumentThumbnailHandler(DbSession db, ISender sender, CurrentUser user, IBlobStore blobs)
    : IQueryHandler<GetDocumentThumbnailQuery, Result<DocumentThumbnailFile>>
{
    public async ValueTask<Result<DocumentThumbnailFile>> Handle(GetDocumentThumbnailQuery query, CancellationToken cancellationToken)
    {
        var row = await DocumentLookup.VisibleAsync(db, sender, user, query.Id, cancellationToken);
        if (row is null) return DocumentErrors.NotFound();
        if ((row.ThumbnailSha256 ?? await DrawAsync(row, cancellationToken)) is not { } key) return DocumentErrors.NotFound();
        var content = await blobs.OpenAsync(key, cancellationToken);
        return content is null ? DocumentErrors.NotFound() : new DocumentThumbnailFile(key, content);
    }

    /// <summary>
    /// A thumbnail is derived data, not the record: writing it from a read changes nothing anyone sees but speed, is not
    /// audited, and two first requests at once draw the same bytes (one blob) and the second update finds it done.
    /// </summary>
    private async Task<string?> DrawAsync(DocumentRow row, CancellationToken cancellationToken)
    {
        if (!Thumbnails.Drawable(row.ContentType)) return null;
        await using var stored = await blobs.OpenAsync(row.Sha256, cancellationToken);
        if (stored is null) return null;
        using var buffer = new MemoryStream();
        await stored.CopyToAsync(buffer, cancellationToken);
        var key = await Thumbnails.PutAsync(blobs, buffer.ToArray(), row.ContentType, cancellationToken);
        if (key is null) return null;
        await db.ExecuteAsync("UPDATE doc_documents SET thumbnail_sha256 = @Key WHERE id = @Id AND thumbnail_sha256 IS NULL", new { Key = key, row.Id }, cancellationToken);
        return key;
    }
}

internal static class GetDocumentThumbnailEndpoint
{
    /// <summary>
    /// Inline (an &lt;img&gt; in the vault), <c>nosniff</c>, and kept a year by the browser only (<c>private</c>): the
    /// bytes behind a document's thumbnail never change (content-addressed), so the list scrolls without asking again;
    /// a revalidation with the ETag (the thumbnail's SHA-256) answers 304.
    /// </summary>
    public static RouteGroupBuilder MapGetDocumentThumbnail(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/thumbnail", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (Guid id, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new GetDocumentThumbnailQuery(id), ct);
                if (result.IsFailure) return result.Error!.ToProblem();
                var (sha256, content) = result.Value;
                response.Headers.XContentTypeOptions = "nosniff";
                response.Headers.CacheControl = "private, max-age=31536000, immutable";
                response.Headers.ContentDisposition = "inline";
                return TypedResults.File(content, Thumbnails.ContentType, entityTag: new EntityTagHeaderValue($"\"{sha256}\""));
            })
            .WithName("GetDocumentThumbnail")
            .WithSummary("A small WebP picture of an image document (at most 160 px on its longer side; drawn on the first request for an image uploaded before thumbnails), inline with nosniff and a long private cache; 404 for a PDF and for anyone who may not see the document.")
            .Produces(StatusCodes.Status200OK, contentType: Thumbnails.ContentType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(401, 404);
        return group;
    }
}
