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

internal sealed record ListCooperativeDocumentsQuery(Guid CooperativeId) : IQuery<Result<CooperativeDocumentList>>;

/// <summary>Anyone may ask; the handler answers 404 to whoever may not see the vault (anonymous callers included).</summary>
internal sealed class ListCooperativeDocumentsAuthorizer : IAuthorizer<ListCooperativeDocumentsQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListCooperativeDocumentsQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

internal sealed class ListCooperativeDocumentsHandler(DbSession db, ISender sender, CurrentUser user, DocumentOptions options)
    : IQueryHandler<ListCooperativeDocumentsQuery, Result<CooperativeDocumentList>>
{
    public async ValueTask<Result<CooperativeDocumentList>> Handle(ListCooperativeDocumentsQuery query, CancellationToken cancellationToken)
    {
        if (await DocumentAccess.VaultOfAsync(sender, user, query.CooperativeId, cancellationToken) is null) return DocumentErrors.CooperativeNotFound();
        var rows = (await db.QueryAsync<DocumentRow>($"{DocumentRow.Select} WHERE cooperative_id = @CooperativeId AND deleted_at IS NULL ORDER BY uploaded_at DESC, id",
            new { query.CooperativeId }, cancellationToken)).ToList();
        return new CooperativeDocumentList(rows.Select(r => r.ToDetails()).ToList(), rows.Sum(r => r.SizeBytes), options.QuotaBytes);
    }
}

internal static class ListCooperativeDocumentsEndpoint
{
    public static RouteGroupBuilder MapListCooperativeDocuments(this RouteGroupBuilder group)
    {
        group.MapGet("/{cooperativeId:guid}/documents", async Task<Results<Ok<CooperativeDocumentList>, ProblemHttpResult>> (Guid cooperativeId, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new ListCooperativeDocumentsQuery(cooperativeId), ct)))
            .WithName("ListCooperativeDocuments")
            .WithSummary("The cooperative's vault, newest first, with the quota used (its managers, staff of its region, administrators; 404 for anyone else).")
            .ProducesProblems(401, 404);
        return group;
    }
}
