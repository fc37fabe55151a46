using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.ProjectBank;

/// <summary>A submitted idea was returned to its authors for changes, with the curator's comment as typed.</summary>
public sealed record IdeaReturnedEvent(Guid IdeaId, string? TitleAr, string? TitleFr, Guid? CooperativeId, string? Comment) : IOutboxEvent
{
    public static string Type => "idea.returned";
}
