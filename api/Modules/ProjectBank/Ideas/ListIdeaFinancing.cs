using CoopHub.Contracts.Programs;
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
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.ProjectBank.Ideas;

internal sealed record ListIdeaFinancingQuery(Guid IdeaId) : IQuery<Result<IReadOnlyList<CallSummary>>>;

/// <summary>Open calls whose sector and region rules fit the idea (through the Programs contract).</summary>
internal sealed class ListIdeaFinancingHandler(DbSession db, ISender sender, CurrentUser user) : IQueryHandler<ListIdeaFinancingQuery, Result<IReadOnlyList<CallSummary>>>
{
    public async ValueTask<Result<IReadOnlyList<CallSummary>>> Handle(ListIdeaFinancingQuery query, CancellationToken cancellationToken)
    {
        var idea = await BankStore.FindIdeaAsync(db, query.IdeaId, cancellationToken);
        if (idea is null || !await IdeaAccess.CanSeeAsync(sender, user, idea, cancellationToken)) return BankErrors.IdeaNotFound();
        return (await sender.Send(new ListOpenCallsMatching(ApiJson.Strings(idea.Sectors), ApiJson.Strings(idea.Regions)), cancellationToken)).ToList();
    }
}

internal static class ListIdeaFinancingEndpoint
{
    public static RouteGroupBuilder MapListIdeaFinancing(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/financing", async Task<Results<Ok<IReadOnlyList<CallSummary>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListIdeaFinancingQuery(id), ct)))
            .WithName("ListIdeaFinancing")
            .WithSummary("Open calls of the Programs module whose sector and region rules fit the idea.")
            .ProducesProblems(404);
        return group;
    }
}
