using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.ProjectBank.Ideas;

internal sealed record GetIdeaQuery(Guid Id) : IQuery<Result<IdeaDetails>>;

internal sealed class GetIdeaHandler(DbSession db, CurrentUser user, ISender sender) : IQueryHandler<GetIdeaQuery, Result<IdeaDetails>>
{
    public async ValueTask<Result<IdeaDetails>> Handle(GetIdeaQuery query, CancellationToken cancellationToken)
    {
        var row = await BankStore.FindIdeaAsync(db, query.Id, cancellationToken);
        // An unpublished idea does not exist for those who may not curate or edit it.
        if (row is null || !await IdeaAccess.CanSeeAsync(sender, user, row, cancellationToken)) return BankErrors.IdeaNotFound();
        return row.ToDetails(await BankStore.LinksAsync(db, row.Id, cancellationToken));
    }
}

internal static class GetIdeaEndpoint
{
    public static RouteGroupBuilder MapGetIdea(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<Results<Ok<IdeaDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetIdeaQuery(id), ct)).OkWithETag(response, i => i.Version))
            .WithName("GetIdea")
            .WithSummary("One idea with its financing links.")
            .ProducesProblems(404);
        return group;
    }
}
