using Mediator;

namespace CoopHub.Contracts.Cooperatives;

/// <summary>
/// Registry cooperatives meeting every given criterion (an empty list or a null value does not
/// filter), ordered by name. Statuses are the API's strings (active, dormant, inLiquidation, dissolved).
/// </summary>
public sealed record ListMatchingCooperatives(CooperativeCriteria Criteria) : IQuery<IReadOnlyList<CooperativeSummary>>;

public sealed record CooperativeCriteria(
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Provinces,
    IReadOnlyList<string> Statuses,
    DateOnly? FoundedOnOrBefore,
    int? MinMembers,
    bool WomenLedOnly);
