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

internal sealed record GetMyJuryAssignmentQuery(Guid CompetitionId) : IQuery<Result<JurorAssignment>>;

internal sealed record JurorAssignment(Guid CompetitionId, IReadOnlyList<CompetitionCriterion> Criteria, IReadOnlyList<EntryDetails> Entries, IReadOnlyList<ScoreSheet> MySheets);

/// <summary>Signed in; whether the caller sits on this jury is checked by the handler on the seat it loads.</summary>
internal sealed class GetMyJuryAssignmentAuthorizer : IAuthorizer<GetMyJuryAssignmentQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetMyJuryAssignmentQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>What the caller scores in a competition: their entries and their sheets so far.</summary>
internal sealed class GetMyJuryAssignmentHandler(DbSession db, CurrentUser user) : IQueryHandler<GetMyJuryAssignmentQuery, Result<JurorAssignment>>
{
    public async ValueTask<Result<JurorAssignment>> Handle(GetMyJuryAssignmentQuery query, CancellationToken cancellationToken)
    {
        var juror = await Jury.FindJurorAsync(db, query.CompetitionId, user, cancellationToken);
        if (juror is null) return Error.Forbidden("bank.jury.not_juror");
        var competition = await BankStore.FindCompetitionAsync(db, query.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound();
        var entries = juror.AssignedAmong(await Entries.ListAsync(db, competition.Id, cancellationToken))
            .Where(e => !(e.CooperativeId is { } c && user.Cooperatives.Contains(c))).ToList();
        var sheets = await db.QueryAsync<ScoreRow>($"{ScoreRow.Select} WHERE competition_id = @C AND juror_id = @J", new { C = competition.Id, J = user.Id }, cancellationToken);
        return new JurorAssignment(competition.Id, competition.CriteriaList, entries, sheets.Select(s => s.ToSheet()).ToList());
    }
}

internal static class GetMyJuryAssignmentEndpoint
{
    public static RouteGroupBuilder MapGetMyJuryAssignment(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/jury/mine", async Task<Results<Ok<JurorAssignment>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetMyJuryAssignmentQuery(id), ct)))
            .WithName("GetMyJuryAssignment")
            .RequireAuthorization()
            .WithSummary("The entries the caller scores and their score sheets so far.")
            .ProducesProblems(401, 403, 404);
        return group;
    }
}
