using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.Programs;

/// <summary>A submitted application was checked against the call's rules: eligible or not (the reasons are the application's, read in the reader's language).</summary>
public sealed record ApplicationEligibilityCheckedEvent(
    Guid ApplicationId, Guid CallId, Guid ProgramId, Guid CooperativeId, string? CooperativeNameAr, string? CooperativeNameFr, string RegionCode, bool Eligible)
    : IOutboxEvent
{
    public static string Type => "application.eligibility-checked";
}
