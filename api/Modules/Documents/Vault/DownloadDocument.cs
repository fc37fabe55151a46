using System.Net.Mime;
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

namespace CoopHub.Documents.Vault;

internal sealed record DownloadDocumentQuery(Guid Id) : IQuery<Result<DocumentFile>>;

/// <summary>The stored bytes and what to call them; the endpoint disposes the stream once sent.</summary>
internal sealed record DocumentFile(DocumentRow Row, Stream Content);

internal sealed class DownloadDocumentAuthorizer : IAuthorizer<DownloadDocumentQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(DownloadDocumentQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

internal sealed class DownloadDocumentHandler(DbSession db, ISender sender, CurrentUser user, IBlobStore blobs) : IQueryHandler<DownloadDocumentQuery, Result<DocumentFile>>
{
    public async ValueTask<Result<DocumentFile>> Handle(DownloadDocumentQuery query, CancellationToken cancellationToken)
    {
        var row = await DocumentLookup.VisibleAsync(db, sender, user, query.Id, cancellationToken);
        if (row is null) return DocumentErrors.NotFound();
        var content = await blobs.OpenAsync(row.Sha256, cancellationToken);
        return content is null ? DocumentErrors.NotFound() : new DocumentFile(row, content);
    }
}

internal static class DownloadDocumentEndpoint
{
    /// <summary>The bytes as <see cref="PrivateFiles.Attachment"/> hands out every private file.</summary>
    public static RouteGroupBuilder MapDownloadDocument(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/content", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (Guid id, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new DownloadDocumentQuery(id), ct);
                if (result.IsFailure) return result.Error!.ToProblem();
                var (row, content) = result.Value;
                return PrivateFiles.Attachment(response, content, row.ContentType, row.FileName, row.UploadedAt, row.Sha256);
            })
            .WithName("DownloadDocument")
            .WithSummary("The document's bytes as an attachment (nosniff); Range requests answer 206.")
            .WithoutCompression()
            .Produces(StatusCodes.Status200OK, contentType: MediaTypeNames.Application.Octet)
            .Produces(StatusCodes.Status206PartialContent, contentType: MediaTypeNames.Application.Octet)
            .ProducesProblems(401, 404, 416);
        return group;
    }
}
