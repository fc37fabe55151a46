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

namespace CoopHub.ProjectBank.Competitions;

internal sealed record ListCompetitionEntriesQuery(Guid CompetitionId) : IQuery<Result<IReadOnlyList<EntryDetails>>>;

internal sealed class ListCompetitionEntriesHandler(DbSession db, CurrentUser user) : IQueryHandler<ListCompetitionEntriesQuery, Result<IReadOnlyList<EntryDetails>>>
{
    public async ValueTask<Result<IReadOnlyList<EntryDetails>>> Handle(ListCompetitionEntriesQuery query, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, query.CompetitionId, cancellationToken);
        if (competition is null || !CompetitionAccess.Visible(user, competition)) return BankErrors.CompetitionNotFound();
        return (await Entries.ListAsync(db, competition.Id, cancellationToken)).ToList();
    }
}

internal static class ListCompetitionEntriesEndpoint
{
    public static RouteGroupBuilder MapListCompetitionEntries(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/entries", async Task<Results<Ok<IReadOnlyList<EntryDetails>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListCompetitionEntriesQuery(id), ct)))
            .WithName("ListCompetitionEntries")
            .WithSummary("The competition's entries in order of entry.")
            .ProducesProblems(404);
        return group;
    }
}
