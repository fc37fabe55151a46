using CoopHub.Shared.Http;

namespace CoopHub.ProjectBank.Model;

// A juror's score sheet for one entry: as the API answers it and as bank_scores stores it.

internal sealed record JuryCriterionScore(string Criterion, int Score);

internal sealed record ScoreSheet(Guid Id, Guid EntryId, Guid JurorId, IReadOnlyList<JuryCriterionScore> Scores, decimal WeightedScore, string? Comment, DateTimeOffset UpdatedAt);

internal sealed class ScoreRow
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public Guid JurorId { get; set; }
    public string Scores { get; set; } = "[]";
    public decimal WeightedScore { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const string Select = """
        SELECT id AS Id, entry_id AS EntryId, juror_id AS JurorId, scores AS Scores, weighted_score AS WeightedScore, comment AS Comment, updated_at AS UpdatedAt
        FROM bank_scores
        """;

    public IReadOnlyList<JuryCriterionScore> ScoreList => ApiJson.List<JuryCriterionScore>(Scores);

    public ScoreSheet ToSheet() => new(Id, EntryId, JurorId, ScoreList, WeightedScore, Comment, UpdatedAt);
}
