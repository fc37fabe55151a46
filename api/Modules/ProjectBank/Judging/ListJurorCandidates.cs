using CoopHub.Contracts.Identity;
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

namespace CoopHub.ProjectBank.Judging;

internal sealed record ListJurorCandidatesQuery(Guid CompetitionId) : IQuery<Result<IReadOnlyList<JurorCandidate>>>;

internal sealed record JurorCandidate(Guid Id, string Name, IReadOnlyList<string> Regions);

/// <summary>Staff; the competition's region is checked by the handler on the row it loads.</summary>
internal sealed class ListJurorCandidatesAuthorizer : IAuthorizer<ListJurorCandidatesQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListJurorCandidatesQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(CompetitionAccess.Staff(user));
}

/// <summary>Active staff of the competition's region (and national staff, administrators) not yet on its jury: whom the juror picker offers.</summary>
internal sealed class ListJurorCandidatesHandler(DbSession db, ISender sender, CurrentUser user) : IQueryHandler<ListJurorCandidatesQuery, Result<IReadOnlyList<JurorCandidate>>>
{
    public async ValueTask<Result<IReadOnlyList<JurorCandidate>>> Handle(ListJurorCandidatesQuery query, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, query.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound();
        if (CompetitionAccess.Refuse(user, competition.RegionCode) is { } refused) return refused;
        var onJury = (await Jury.ProgressAsync(db, competition.Id, cancellationToken)).Select(j => j.JurorId).ToHashSet();
        return (await sender.Send(new ListStaffActors(competition.RegionCode), cancellationToken))
            .Where(a => !onJury.Contains(a.Id)).OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new JurorCandidate(a.Id, a.Name, a.Regions)).ToList();
    }
}

internal static class ListJurorCandidatesEndpoint
{
    public static RouteGroupBuilder MapListJurorCandidates(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/juror-candidates", async Task<Results<Ok<IReadOnlyList<JurorCandidate>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListJurorCandidatesQuery(id), ct)))
            .WithName("ListJurorCandidates")
            .RequireAuthorization()
            .WithSummary("Staff of the competition's region (and national staff) who could sit on its jury.")
            .ProducesProblems(401, 403, 404);
        return group;
    }
}
