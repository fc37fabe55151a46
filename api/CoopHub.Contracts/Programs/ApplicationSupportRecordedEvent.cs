using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.Programs;

/// <summary>Support was recorded for a selected application: its axis (the program's code), kind (API spelling), amount (MAD, when money) and delivery date.</summary>
public sealed record ApplicationSupportRecordedEvent(
    Guid SupportId, Guid ApplicationId, Guid CallId, Guid ProgramId, Guid CooperativeId, string RegionCode, string Axis, string Kind, decimal? Amount, DateOnly DeliveredOn)
    : IOutboxEvent
{
    public static string Type => "application.support-recorded";
}
