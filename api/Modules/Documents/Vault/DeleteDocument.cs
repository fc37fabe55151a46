using CoopHub.Documents.Model;
using CoopHub.Shared.Audit;
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

internal sealed record DeleteDocumentCommand(Guid Id) : ICommand<Result<DocumentDetails>>;

internal sealed class DeleteDocumentAuthorizer : IAuthorizer<DeleteDocumentCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(DeleteDocumentCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(DocumentAccess.MayHoldAVault(user));
}

/// <summary>
/// Takes the document out of the vault at once (who and when are recorded, and audited); its file stays until the
/// purge, <c>Documents:RetentionDays</c> later.
/// </summary>
internal sealed class DeleteDocumentHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<DeleteDocumentCommand, Result<DocumentDetails>>
{
    public async ValueTask<Result<DocumentDetails>> Handle(DeleteDocumentCommand command, CancellationToken cancellationToken)
    {
        var row = await DocumentLookup.VisibleAsync(db, sender, user, command.Id, cancellationToken);
        if (row is null) return DocumentErrors.NotFound();
        await db.ExecuteAsync("UPDATE doc_documents SET deleted_at = @Now, deleted_by = @By WHERE id = @Id AND deleted_at IS NULL",
            new { Now = clock.GetUtcNow(), By = user.Name, command.Id }, cancellationToken);
        var details = row.ToDetails();
        audit.Record("document", row.Id, details, null);
        return details;
    }
}

internal static class DeleteDocumentEndpoint
{
    public static RouteGroupBuilder MapDeleteDocument(this RouteGroupBuilder group)
    {
        group.MapDelete("/{id:guid}", async Task<Results<Ok<DocumentDetails>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new DeleteDocumentCommand(id), ct)))
            .WithName("DeleteDocument")
            .WithSummary("Removes a document from the vault; the deletion is recorded and the file purged after the retention period.")
            .RequireAuthorization()
            .ProducesProblems(401, 403, 404);
        return group;
    }
}
