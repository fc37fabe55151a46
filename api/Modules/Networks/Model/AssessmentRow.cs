using CoopHub.Shared.Http;

namespace CoopHub.Networks.Model;

/// <summary>A row of <c>net_assessments</c> (amounts as decimals, environmental indicators as JSON).</summary>
internal sealed class AssessmentRow
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public DateOnly AssessedOn { get; set; }
    public int? Jobs { get; set; }
    public int? WomenInvolved { get; set; }
    public int? YouthInvolved { get; set; }
    public decimal? Revenue { get; set; }
    public decimal? Investment { get; set; }
    public string Environmental { get; set; } = "[]";
    public string? Note { get; set; }

    public ImpactAssessment ToApi() => new(Id, AssessedOn, Jobs, WomenInvolved, YouthInvolved, Revenue, Investment,
        ApiJson.List<EnvironmentalIndicator>(Environmental), Note);
}
