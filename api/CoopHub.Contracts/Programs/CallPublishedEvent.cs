using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.Programs;

/// <summary>
/// A call is published and open to applications: written once per call (when it is published open, or when the opening
/// time of a call published ahead arrives). Times are UTC instants; sectors and regions are the call's rules (empty: any).
/// </summary>
public sealed record CallPublishedEvent(
    Guid CallId, Guid ProgramId, string ProgramCode, string? TitleAr, string? TitleFr, DateTimeOffset OpensAt, DateTimeOffset ClosesAt,
    IReadOnlyList<string> Sectors, IReadOnlyList<string> Regions)
    : IOutboxEvent
{
    public static string Type => "call.published";
}
