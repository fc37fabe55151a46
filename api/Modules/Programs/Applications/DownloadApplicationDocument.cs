using System.Net.Mime;
using CoopHub.Contracts.Documents;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Applications;

internal sealed record DownloadApplicationDocumentQuery(Guid Id, Guid DocumentId) : IQuery<Result<HeldDocumentContent>>;

/// <summary>Anyone may ask; the handler answers 404 to whoever may not see the application (ADR 0030), anonymous callers included.</summary>
internal sealed class DownloadApplicationDocumentAuthorizer : IAuthorizer<DownloadApplicationDocumentQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(DownloadApplicationDocumentQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// A vault document the application picked, read from the application: whoever may see the application (its
/// cooperative's managers, staff of its region or program, the call's reviewers once it is under review, never on a
/// conflict) gets the copy pinned at submission — or, for a draft, the document as the vault holds it now. Anyone
/// else, and any document the application does not hold, is one 404.
/// </summary>
internal sealed class DownloadApplicationDocumentHandler(DbSession db, ISender sender, CurrentUser user) : IQueryHandler<DownloadApplicationDocumentQuery, Result<HeldDocumentContent>>
{
    public async ValueTask<Result<HeldDocumentContent>> Handle(DownloadApplicationDocumentQuery query, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return NotFound();
        if (await ProgramStore.FindApplicationInCallAsync(db, query.Id, cancellationToken) is not { } loaded) return NotFound();
        if (await ApplicationAccess.ForViewerAsync(db, user, loaded, cancellationToken) is not null) return NotFound();
        var app = loaded.Application;
        if (app.DocumentList.All(d => d.DocumentId != query.DocumentId)) return NotFound();
        var held = await sender.Send(new OpenHeldDocument(DocumentHolders.Application, app.Id, app.CooperativeId, query.DocumentId), cancellationToken);
        return held is null ? NotFound() : held;
    }

    private static Error NotFound() => Error.NotFound("application.document_not_found");
}

internal static class DownloadApplicationDocumentEndpoint
{
    /// <summary>As the vault's download: <see cref="PrivateFiles.Attachment"/>.</summary>
    public static RouteGroupBuilder MapDownloadApplicationDocument(this RouteGroupBuilder applications)
    {
        applications.MapGet("/{id:guid}/documents/{documentId:guid}/content", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (
                Guid id, Guid documentId, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new DownloadApplicationDocumentQuery(id, documentId), ct);
                if (result.IsFailure) return result.Error!.ToProblem();
                var (document, _, content) = result.Value;
                return PrivateFiles.Attachment(response, content, document.ContentType, document.FileName, document.UploadedAt, document.Sha256);
            })
            .WithName("DownloadApplicationDocument")
            .WithSummary("A vault document the application picked, as pinned at submission (a draft: as the vault holds it); for the application's viewers and reviewers, 404 for anyone else.")
            .WithoutCompression()
            .Produces(StatusCodes.Status200OK, contentType: MediaTypeNames.Application.Octet)
            .Produces(StatusCodes.Status206PartialContent, contentType: MediaTypeNames.Application.Octet)
            .ProducesProblems(401, 404, 416);
        return applications;
    }
}
