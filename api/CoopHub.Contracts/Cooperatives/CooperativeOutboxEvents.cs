using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.Cooperatives;

/// <summary>A cooperative entered the registry.</summary>
public sealed record CooperativeRegisteredEvent(
    Guid CooperativeId, string RegistrationNumber, string? NameAr, string? NameFr, string RegionCode, string ProvinceCode, IReadOnlyList<string> Sectors)
    : IOutboxEvent
{
    public static string Type => "cooperative.registered";
}

/// <summary>A cooperative's status changed (statuses as the API spells them: active, dormant, inLiquidation, dissolved).</summary>
public sealed record CooperativeStatusChangedEvent(
    Guid CooperativeId, string RegistrationNumber, string RegionCode, string From, string To, DateOnly EffectiveOn, string? Reason)
    : IOutboxEvent
{
    public static string Type => "cooperative.status-changed";
}
