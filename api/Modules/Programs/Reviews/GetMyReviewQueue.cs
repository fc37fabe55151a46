using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Reviews;

internal sealed record ReviewQueueItem(Guid ApplicationId, Guid CallId, string? CallTitleAr, string? CallTitleFr, string? CooperativeNameAr, string? CooperativeNameFr,
    ApplicationStatus Status, decimal? MyScore);

internal sealed record GetMyReviewQueueQuery : IQuery<IReadOnlyList<ReviewQueueItem>>;

internal sealed class GetMyReviewQueueAuthorizer : IAuthorizer<GetMyReviewQueueQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetMyReviewQueueQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>What the caller has to review: every application under review in the calls they are assigned to, minus their own cooperatives'.</summary>
internal sealed class GetMyReviewQueueHandler(DbSession db, CurrentUser user) : IQueryHandler<GetMyReviewQueueQuery, IReadOnlyList<ReviewQueueItem>>
{
    public async ValueTask<IReadOnlyList<ReviewQueueItem>> Handle(GetMyReviewQueueQuery query, CancellationToken cancellationToken)
    {
        if (user.Id is not { } me) return [];
        var rows = await db.QueryAsync<QueueRow>("""
            SELECT a.id AS ApplicationId, a.call_id AS CallId, c.title_ar AS CallTitleAr, c.title_fr AS CallTitleFr, a.cooperative_id AS CooperativeId,
                   a.cooperative_name_ar AS CooperativeNameAr, a.cooperative_name_fr AS CooperativeNameFr, a.status AS Status, r.weighted_score AS MyScore,
                   v.cooperatives AS Excluded
            FROM prog_reviewers v
            JOIN prog_calls c ON c.id = v.call_id
            JOIN prog_applications a ON a.call_id = v.call_id AND a.status = 'underReview'
            LEFT JOIN prog_reviews r ON r.application_id = a.id AND r.reviewer_id = v.reviewer_id
            WHERE v.reviewer_id = @Me
            ORDER BY c.closes_at, a.submitted_at, a.id
            """, new { Me = me }, cancellationToken);
        return rows.Where(r => !user.Cooperatives.Contains(r.CooperativeId) && !ApiJson.Guids(r.Excluded).Contains(r.CooperativeId))
            .Select(r => new ReviewQueueItem(r.ApplicationId, r.CallId, r.CallTitleAr, r.CallTitleFr, r.CooperativeNameAr, r.CooperativeNameFr,
                ApiJson.Parse<ApplicationStatus>(r.Status), r.MyScore)).ToList();
    }

    private sealed class QueueRow
    {
        public Guid ApplicationId { get; set; }
        public Guid CallId { get; set; }
        public string? CallTitleAr { get; set; }
        public string? CallTitleFr { get; set; }
        public Guid CooperativeId { get; set; }
        public string? CooperativeNameAr { get; set; }
        public string? CooperativeNameFr { get; set; }
        public string Status { get; set; } = "";
        public decimal? MyScore { get; set; }
        public string Excluded { get; set; } = "[]";
    }
}

internal static class GetMyReviewQueueEndpoint
{
    public static RouteGroupBuilder MapGetMyReviewQueue(this RouteGroupBuilder group)
    {
        group.MapGet("/reviews/queue", async Task<Ok<IReadOnlyList<ReviewQueueItem>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMyReviewQueueQuery(), ct)))
            .WithTags("Applications")
            .WithName("GetMyReviewQueue")
            .RequireAuthorization()
            .WithSummary("Applications the caller has to review.")
            .ProducesProblems(401);
        return group;
    }
}
