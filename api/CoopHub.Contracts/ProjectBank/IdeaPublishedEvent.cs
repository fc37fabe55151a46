using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.ProjectBank;

/// <summary>An idea was published in the bank; <c>regionCode</c> is set when it concerns exactly one region.</summary>
public sealed record IdeaPublishedEvent(
    Guid IdeaId, string? TitleAr, string? TitleFr, IReadOnlyList<string> Sectors, IReadOnlyList<string> Regions, IReadOnlyList<int> Sdgs,
    Guid? CooperativeId, string? RegionCode)
    : IOutboxEvent
{
    public static string Type => "idea.published";
}
