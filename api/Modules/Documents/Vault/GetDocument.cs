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

internal sealed record GetDocumentQuery(Guid Id) : IQuery<Result<DocumentDetails>>;

/// <summary>Anyone may ask; the handler answers 404 to whoever may not see the document.</summary>
internal sealed class GetDocumentAuthorizer : IAuthorizer<GetDocumentQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetDocumentQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

internal sealed class GetDocumentHandler(DbSession db, ISender sender, CurrentUser user) : IQueryHandler<GetDocumentQuery, Result<DocumentDetails>>
{
    public async ValueTask<Result<DocumentDetails>> Handle(GetDocumentQuery query, CancellationToken cancellationToken)
    {
        var row = await DocumentLookup.VisibleAsync(db, sender, user, query.Id, cancellationToken);
        return row is null ? DocumentErrors.NotFound() : row.ToDetails();
    }
}

internal static class GetDocumentEndpoint
{
    public static RouteGroupBuilder MapGetDocument(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<Results<Ok<DocumentDetails>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new GetDocumentQuery(id), ct)))
            .WithName("GetDocument")
            .WithSummary("A document's kind, dates and size (404 for anyone who may not see it).")
            .ProducesProblems(401, 404);
        return group;
    }
}
