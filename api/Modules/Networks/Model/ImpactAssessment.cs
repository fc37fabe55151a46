// A dated impact assessment of a project, shared by recording one and by the impact series.
namespace CoopHub.Networks.Model;

/// <summary>An environmental indicator the monitoring body chooses, e.g. "eau économisée" in m³.</summary>
internal sealed record EnvironmentalIndicator(string? Name, decimal? Value, string? Unit);

internal sealed record ImpactAssessment(Guid Id, DateOnly AssessedOn, int? Jobs, int? WomenInvolved, int? YouthInvolved, decimal? Revenue, decimal? Investment,
    IReadOnlyList<EnvironmentalIndicator> Environmental, string? Note);
