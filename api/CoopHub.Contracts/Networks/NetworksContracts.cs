using Mediator;

namespace CoopHub.Contracts.Networks;

/// <summary>A partner organisation (association, public body, donor, hub, company); null when unknown.</summary>
public sealed record GetOrganisationSummary(Guid OrganisationId) : IQuery<OrganisationSummary?>;

public sealed record OrganisationSummary(Guid Id, string Kind, string? NameAr, string? NameFr, string? NameEn, string? Acronym, string? RegionCode);

/// <summary>A network, federation or union; null when unknown.</summary>
public sealed record GetNetworkSummary(Guid NetworkId) : IQuery<NetworkSummary?>;

public sealed record NetworkSummary(Guid Id, string Kind, string? NameAr, string? NameFr, string Scope, string? RegionCode, string? ProvinceCode, string Status, int CurrentMembers);

/// <summary>The networks a cooperative currently belongs to.</summary>
public sealed record ListNetworksOfCooperative(Guid CooperativeId) : IQuery<IReadOnlyList<NetworkSummary>>;

/// <summary>Raised after a member joins or leaves a network. Change is "joined" or "left".</summary>
public sealed record NetworkMembershipChanged(Guid NetworkId, string MemberType, Guid MemberId, string Change, DateOnly On, string? Reason) : INotification;

/// <summary>Organisations whose name or acronym contains the words of <paramref name="Query"/> (Arabic- and accent-insensitive), at most 20.</summary>
public sealed record FindOrganisations(string Query) : IQuery<IReadOnlyList<OrganisationSummary>>;

/// <summary>Mandates whose term ends within [From, To] (Casablanca dates), with the network and the holder (the member's name).</summary>
public sealed record ListMandatesEndingBetween(DateOnly From, DateOnly To) : IQuery<IReadOnlyList<MandateEnding>>;

public sealed record MandateEnding(Guid MandateId, Guid NetworkId, string? NetworkNameAr, string? NetworkNameFr, string Role, string? Title, DateOnly TermEnd,
    string? HolderNameAr, string? HolderNameFr);
