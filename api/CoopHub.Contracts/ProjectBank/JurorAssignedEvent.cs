using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.ProjectBank;

/// <summary>A person (an account) was assigned to a competition's jury; entries is how many they score (null: all).</summary>
public sealed record JurorAssignedEvent(Guid CompetitionId, string? TitleAr, string? TitleFr, Guid JurorId, int? Entries) : IOutboxEvent
{
    public static string Type => "juror.assigned";
}
