using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.ProjectBank.Competitions;

internal static class CompetitionEndpoint
{
    public static RouteGroupBuilder MapJuryUntilSplit(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/jurors", async Task<Results<Created<JurorProgress>, ProblemHttpResult>> (Guid id, AssignJurorCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { CompetitionId = id }, ct)).Match<Results<Created<JurorProgress>, ProblemHttpResult>>(
                    j => TypedResults.Created($"/api/v1/competitions/{id}/jurors", j), e => e.ToProblem()))
            .WithName("AssignJuror")
            .RequireAuthorization()
            .WithSummary("Puts a staff or partner user on the jury, for all entries or the ones named (never their own cooperative's).")
            .ProducesProblems(400, 401, 403, 404, 409);
        group.MapGet("/{id:guid}/jurors", async Task<Results<Ok<IReadOnlyList<JurorProgress>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetJuryProgressQuery(id), ct)))
            .WithName("GetJuryProgress")
            .RequireAuthorization()
            .WithSummary("Each juror's assigned entries, scored count and the entries still missing a score.")
            .ProducesProblems(401, 403, 404);
        group.MapGet("/{id:guid}/juror-candidates", async Task<Results<Ok<IReadOnlyList<JurorCandidate>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListJurorCandidatesQuery(id), ct)))
            .WithName("ListJurorCandidates")
            .RequireAuthorization()
            .WithSummary("Staff of the competition's region (and national staff) who could sit on its jury.")
            .ProducesProblems(401, 403, 404);
        group.MapGet("/{id:guid}/jury/mine", async Task<Results<Ok<JurorAssignment>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetMyJuryAssignmentQuery(id), ct)))
            .WithName("GetMyJuryAssignment")
            .RequireAuthorization()
            .WithSummary("The entries the caller scores and their score sheets so far.")
            .ProducesProblems(401, 403, 404);
        group.MapPut("/{id:guid}/entries/{entryId:guid}/scores/mine", async Task<Results<Ok<ScoreSheet>, ProblemHttpResult>> (
                Guid id, Guid entryId, ScoreEntryCommand command, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(command with { CompetitionId = id, EntryId = entryId }, ct)))
            .WithName("ScoreEntry")
            .RequireAuthorization()
            .WithSummary("The caller's score sheet for an assigned entry (0–10 per criterion); sending again replaces it.")
            .ProducesProblems(400, 401, 403, 404, 409);
        group.MapGet("/{id:guid}/ranking", async Task<Results<Ok<CompetitionRanking>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetCompetitionRankingQuery(id), ct)))
            .WithName("GetCompetitionRanking")
            .WithSummary("The ranking from the stored scores with the awards: public once the results are published, staff before.")
            .ProducesProblems(401, 403, 404);
        group.MapGet("/{id:guid}/ranking.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ISender sender, DbSession db, CancellationToken ct) =>
            {
                var ranking = await sender.Send(new GetCompetitionRankingQuery(id), ct);
                if (ranking.IsFailure) return ranking.Error!.ToProblem();
                var competition = (await BankStore.FindCompetitionAsync(db, id, ct))!;
                return TypedResults.File(Jury.Csv(ranking.Value, competition.CriteriaList), "text/csv; charset=utf-8", $"ranking-{id}.csv");
            })
            .WithName("ExportCompetitionRanking")
            .WithSummary("The ranking as CSV with each criterion's average per entry.")
            .Produces(200, contentType: "text/csv")
            .ProducesProblems(401, 403, 404);
        group.MapPut("/{id:guid}/awards", async Task<Results<Ok<CompetitionRanking>, ProblemHttpResult>> (Guid id, SetAwardsCommand command, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(command with { CompetitionId = id }, ct)))
            .WithName("SetCompetitionAwards")
            .RequireAuthorization()
            .WithSummary("Replaces the awards (rank, prize, amount) and returns the ranking with them.")
            .ProducesProblems(400, 401, 403, 404);
        return group;
    }
}
