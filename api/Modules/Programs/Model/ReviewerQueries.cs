using CoopHub.Shared.Data;

namespace CoopHub.Programs.Model;

/// <summary>A call's reviewers with their progress (scored, left to score), read the same way by every review use case.</summary>
internal static class ReviewerQueries
{
    public static async Task<IReadOnlyList<ReviewerAssignment>> ListAsync(DbSession db, Guid callId, CancellationToken ct)
        => (await db.QueryAsync<AssignmentRow>("""
            SELECT v.reviewer_id AS ReviewerId, v.reviewer_name AS Name, v.assigned_at AS AssignedAt,
                   (SELECT COUNT(*) FROM prog_reviews r WHERE r.call_id = v.call_id AND r.reviewer_id = v.reviewer_id) AS Reviewed,
                   (SELECT COUNT(*) FROM prog_applications a WHERE a.call_id = v.call_id AND a.status = 'underReview'
                       AND NOT EXISTS (SELECT 1 FROM prog_reviews r2 WHERE r2.application_id = a.id AND r2.reviewer_id = v.reviewer_id)) AS ToReview
            FROM prog_reviewers v WHERE v.call_id = @CallId ORDER BY v.assigned_at, v.reviewer_id
            """, new { CallId = callId }, ct)).Select(r => new ReviewerAssignment(r.ReviewerId, r.Name, r.AssignedAt, r.Reviewed, r.ToReview)).ToList();

    private sealed class AssignmentRow
    {
        public Guid ReviewerId { get; set; }
        public string Name { get; set; } = "";
        public DateTimeOffset AssignedAt { get; set; }
        public int Reviewed { get; set; }
        public int ToReview { get; set; }
    }
}
