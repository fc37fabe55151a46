using Mediator;

namespace CoopHub.Contracts.Cooperatives;

/// <summary>Another module asks for the registry's view of a cooperative; null when unknown.</summary>
public sealed record GetCooperativeSummary(Guid CooperativeId) : IQuery<CooperativeSummary?>;

public sealed record CooperativeSummary(
    Guid Id,
    string RegistrationNumber,
    string? NameAr,
    string? NameFr,
    string RegionCode,
    string ProvinceCode,
    IReadOnlyList<string> Sectors,
    string Status,
    int MembersTotal,
    int MembersWomen,
    int MembersYouth,
    bool WomenLed,
    DateOnly? FoundedOn);
