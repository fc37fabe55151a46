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

internal sealed record GetJuryProgressQuery(Guid CompetitionId) : IQuery<Result<IReadOnlyList<JurorProgress>>>;

/// <summary>Staff; the competition's region is checked by the handler on the row it loads.</summary>
internal sealed class GetJuryProgressAuthorizer : IAuthorizer<GetJuryProgressQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetJuryProgressQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(CompetitionAccess.Staff(user));
}

internal sealed class GetJuryProgressHandler(DbSession db, CurrentUser user) : IQueryHandler<GetJuryProgressQuery, Result<IReadOnlyList<JurorProgress>>>
{
    public async ValueTask<Result<IReadOnlyList<JurorProgress>>> Handle(GetJuryProgressQuery query, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, query.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound();
        if (CompetitionAccess.Refuse(user, competition.RegionCode) is { } refused) return refused;
        return (await Jury.ProgressAsync(db, competition.Id, cancellationToken)).ToList();
    }
}

internal static class GetJuryProgressEndpoint
{
    public static RouteGroupBuilder MapGetJuryProgress(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/jurors", async Task<Results<Ok<IReadOnlyList<JurorProgress>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetJuryProgressQuery(id), ct)))
            .WithName("GetJuryProgress")
            .RequireAuthorization()
            .WithSummary("Each juror's assigned entries, scored count and the entries still missing a score.")
            .ProducesProblems(401, 403, 404);
        return group;
    }
}
