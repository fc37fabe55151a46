using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.Programs;

/// <summary>An application was decided: selected, waitlisted or rejected (the decision as the API spells it), with the reason given.</summary>
public sealed record ApplicationDecidedEvent(
    Guid ApplicationId, Guid CallId, Guid ProgramId, Guid CooperativeId, string? CooperativeNameAr, string? CooperativeNameFr, string RegionCode,
    string Decision, string? Reason)
    : IOutboxEvent
{
    public static string Type => "application.decided";
}
