using CoopHub.Programs.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Programs.Reviews;

internal static class ReviewEndpoint
{
    public static void MapReviews(RouteGroupBuilder calls, RouteGroupBuilder applications, RouteGroupBuilder api)
    {
        calls.MapGet("/{id:guid}/reviewers", async Task<Results<Ok<IReadOnlyList<ReviewerAssignment>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListReviewersQuery(id), ct)))
            .WithName("ListCallReviewers")
            .RequireAuthorization()
            .WithSummary("The call's reviewers with their progress.")
            .ProducesProblems(401, 403, 404);
        calls.MapGet("/{id:guid}/reviewer-candidates", async Task<Results<Ok<IReadOnlyList<ReviewerCandidate>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListReviewerCandidatesQuery(id), ct)))
            .WithName("ListReviewerCandidates")
            .RequireAuthorization()
            .WithSummary("Staff of the program's regions who could review the call.")
            .ProducesProblems(401, 403, 404);
        calls.MapPost("/{id:guid}/reviewers", async Task<Results<Created<ReviewerAssignment>, ProblemHttpResult>> (
                Guid id, AssignReviewerCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { CallId = id }, ct)).Match<Results<Created<ReviewerAssignment>, ProblemHttpResult>>(
                    a => TypedResults.Created($"/api/v1/calls/{id}/reviewers", a), e => e.ToProblem()))
            .WithName("AssignCallReviewer")
            .RequireAuthorization()
            .WithSummary("Assigns a staff member to review the call's applications.")
            .ProducesProblems(400, 401, 403, 404, 409);
        calls.MapDelete("/{id:guid}/reviewers/{reviewerId:guid}", async Task<Results<Ok<ReviewerAssignment>, ProblemHttpResult>> (
                Guid id, Guid reviewerId, ISender sender, CancellationToken ct) => Ok(await sender.Send(new RemoveReviewerCommand(id, reviewerId), ct)))
            .WithName("RemoveCallReviewer")
            .RequireAuthorization()
            .WithSummary("Removes a reviewer who has not scored yet.")
            .ProducesProblems(401, 403, 404, 409);
        calls.MapGet("/{id:guid}/ranking", async Task<Results<Ok<CallRanking>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetCallRankingQuery(id), ct)))
            .WithName("GetCallRanking")
            .RequireAuthorization()
            .WithSummary("Applications ranked by the mean weighted score; ties go to the earlier submission.")
            .ProducesProblems(401, 403, 404);
        applications.MapGet("/{id:guid}/reviews", async Task<Results<Ok<IReadOnlyList<ReviewDetails>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListApplicationReviewsQuery(id), ct)))
            .WithName("ListApplicationReviews")
            .RequireAuthorization()
            .WithSummary("The application's reviews (a reviewer sees only their own).")
            .ProducesProblems(401, 403, 404);
        applications.MapPut("/{id:guid}/reviews/mine", async Task<Results<Ok<ReviewDetails>, ProblemHttpResult>> (
                Guid id, ScoreApplicationCommand command, ISender sender, CancellationToken ct) => Ok(await sender.Send(command with { ApplicationId = id }, ct)))
            .WithName("ScoreApplication")
            .RequireAuthorization()
            .WithSummary("The caller's scores (0–10 per criterion) for an application under review; sending again replaces them.")
            .ProducesProblems(400, 401, 403, 404, 409);
        api.MapGet("/reviews/queue", async Task<Ok<IReadOnlyList<ReviewQueueItem>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMyReviewQueueQuery(), ct)))
            .WithTags("Applications")
            .WithName("GetMyReviewQueue")
            .RequireAuthorization()
            .WithSummary("Applications the caller has to review.")
            .ProducesProblems(401);
    }
}
