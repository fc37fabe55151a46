using Mediator;

namespace CoopHub.Contracts.Identity;

/// <summary>
/// A person or API key that can act in CoopHub (for example a reviewer or a juror); null when unknown.
/// Kind is "user" or "apiKey"; Active is false for a disabled user or a revoked or expired key.
/// </summary>
public sealed record GetActorSummary(Guid ActorId) : IQuery<ActorSummary?>;

public sealed record ActorSummary(
    Guid Id, string Kind, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Regions, IReadOnlyList<Guid> Cooperatives, bool Active);

/// <summary>Active staff users (and administrators) whose scope covers the region (every staff user when null).</summary>
public sealed record ListStaffActors(string? RegionCode) : IQuery<IReadOnlyList<ActorSummary>>;
