using CoopHub.Contracts.Events;
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

namespace CoopHub.ProjectBank.Competitions;

internal sealed record GetCompetitionQuery(Guid Id) : IQuery<Result<CompetitionDetails>>;

internal sealed class GetCompetitionHandler(DbSession db, CurrentUser user, TimeProvider clock, ISender sender) : IQueryHandler<GetCompetitionQuery, Result<CompetitionDetails>>
{
    public async ValueTask<Result<CompetitionDetails>> Handle(GetCompetitionQuery query, CancellationToken cancellationToken)
    {
        var row = await BankStore.FindCompetitionAsync(db, query.Id, cancellationToken);
        if (row is null || !CompetitionAccess.Visible(user, row)) return BankErrors.CompetitionNotFound();
        return row.ToDetails(clock.GetUtcNow(), await sender.Send(new GetEventSummary(row.EventId), cancellationToken));
    }
}

internal static class GetCompetitionEndpoint
{
    public static RouteGroupBuilder MapGetCompetition(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<Results<Ok<CompetitionDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetCompetitionQuery(id), ct)).OkWithETag(response, c => c.Version))
            .WithName("GetCompetition")
            .WithSummary("One competition with its criteria and tie rule.")
            .ProducesProblems(404);
        return group;
    }
}
