using Mediator;

namespace CoopHub.Contracts.Identity;

/// <summary>
/// The enabled accounts bound to any of these cooperatives, in one query (Notifications asks per chunk of at most 500
/// ids): each account once per cooperative it is bound to among those asked. Never secrets.
/// </summary>
public sealed record ListAccountsOfCooperatives(IReadOnlyList<Guid> CooperativeIds) : IQuery<IReadOnlyList<CooperativeAccount>>;

/// <summary>An account to write to on behalf of a cooperative.</summary>
public sealed record CooperativeAccount(Guid CooperativeId, AccountContact Account);

/// <summary>The enabled network-officer accounts bound to any of these networks (one read), each once per network asked.</summary>
public sealed record ListOfficersOfNetworks(IReadOnlyList<Guid> NetworkIds) : IQuery<IReadOnlyList<NetworkOfficer>>;

/// <summary>An officer to write to about a network.</summary>
public sealed record NetworkOfficer(Guid NetworkId, AccountContact Account);

/// <summary>The enabled accounts among these ids, to write to (a juror, say); unknown or disabled ones are left out.</summary>
public sealed record ListAccountContacts(IReadOnlyList<Guid> AccountIds) : IQuery<IReadOnlyList<AccountContact>>;
