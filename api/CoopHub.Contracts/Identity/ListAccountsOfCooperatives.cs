using Mediator;

namespace CoopHub.Contracts.Identity;

/// <summary>
/// The enabled accounts bound to any of these cooperatives, in one query (Notifications asks per chunk of at most 500
/// ids): each account once per cooperative it is bound to among those asked. Never secrets.
/// </summary>
public sealed record ListAccountsOfCooperatives(IReadOnlyList<Guid> CooperativeIds) : IQuery<IReadOnlyList<CooperativeAccount>>;

/// <summary>An account to write to on behalf of a cooperative.</summary>
public sealed record CooperativeAccount(Guid CooperativeId, AccountContact Account);
