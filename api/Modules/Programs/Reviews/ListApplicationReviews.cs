using CoopHub.Programs.Model;
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

namespace CoopHub.Programs.Reviews;

internal sealed record ListApplicationReviewsQuery(Guid ApplicationId) : IQuery<Result<IReadOnlyList<ReviewDetails>>>;

internal sealed class ListApplicationReviewsAuthorizer : IAuthorizer<ListApplicationReviewsQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListApplicationReviewsQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}


/// <summary>Staff running the program see every review; a reviewer of the call (without a conflict) only their own; anyone else 403.</summary>
internal sealed class ListApplicationReviewsHandler(DbSession db, CurrentUser user) : IQueryHandler<ListApplicationReviewsQuery, Result<IReadOnlyList<ReviewDetails>>>
{
    public async ValueTask<Result<IReadOnlyList<ReviewDetails>>> Handle(ListApplicationReviewsQuery query, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindApplicationInCallAsync(db, query.ApplicationId, cancellationToken) is not (var app, var call))
        {
            return ProgramStore.ApplicationNotFound(query.ApplicationId);
        }
        var all = ProgramAccess.CanManage(user, call.ProgramRegionList);
        if (!all && !(await ProgramAccess.IsReviewerAsync(db, user, app.CallId, cancellationToken)
                && !await ProgramAccess.HasConflictAsync(db, user, app.CallId, app.CooperativeId, cancellationToken)))
        {
            return Error.Forbidden("programs.reviews_viewers_only");
        }
        var rows = await db.QueryAsync<ReviewRow>($"SELECT {ReviewRow.Columns} FROM prog_reviews r WHERE r.application_id = @Id ORDER BY r.created_at, r.id",
            new { Id = app.Id }, cancellationToken);
        return rows.Where(r => all || r.ReviewerId == user.Id).Select(r => r.ToDetails()).ToList();
    }
}

internal static class ListApplicationReviewsEndpoint
{
    public static RouteGroupBuilder MapListApplicationReviews(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/reviews", async Task<Results<Ok<IReadOnlyList<ReviewDetails>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListApplicationReviewsQuery(id), ct)))
            .WithName("ListApplicationReviews")
            .RequireAuthorization()
            .WithSummary("The application's reviews (a reviewer sees only their own).")
            .ProducesProblems(401, 403, 404);
        return group;
    }
}
