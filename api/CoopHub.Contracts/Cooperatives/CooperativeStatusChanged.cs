using Mediator;

namespace CoopHub.Contracts.Cooperatives;

/// <summary>
/// Raised after a cooperative's status change commits. Statuses are the API's strings:
/// active, dormant, inLiquidation, dissolved.
/// </summary>
public sealed record CooperativeStatusChanged(Guid CooperativeId, string FromStatus, string ToStatus, DateOnly EffectiveOn, string? Reason) : INotification;
