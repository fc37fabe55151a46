using CoopHub.Shared.Http;

namespace CoopHub.Programs.Model;

/// <summary>A reviewer's scores of one application as stored in prog_reviews (scores as JSON, the weighted score kept beside them).</summary>
internal sealed class ReviewRow
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public Guid CallId { get; set; }
    public Guid ReviewerId { get; set; }
    public string ReviewerName { get; set; } = "";
    public string Scores { get; set; } = "[]";
    public decimal WeightedScore { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const string Columns = """
        r.id AS Id, r.application_id AS ApplicationId, r.call_id AS CallId, r.reviewer_id AS ReviewerId, r.reviewer_name AS ReviewerName,
        r.scores AS Scores, r.weighted_score AS WeightedScore, r.comment AS Comment, r.created_at AS CreatedAt, r.updated_at AS UpdatedAt
        """;

    public IReadOnlyList<CriterionScore> ScoreList => ApiJson.List<CriterionScore>(Scores);

    public ReviewDetails ToDetails() => new(Id, ApplicationId, ReviewerId, ReviewerName, ScoreList, WeightedScore, Comment, CreatedAt, UpdatedAt);
}
