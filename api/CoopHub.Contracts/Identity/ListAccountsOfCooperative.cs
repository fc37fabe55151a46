using Mediator;

namespace CoopHub.Contracts.Identity;

/// <summary>
/// The active accounts bound to a cooperative, as someone to write to: their id, e-mail address, display name and
/// language (ar, fr or en). Notifications uses it to reach a cooperative; never secrets.
/// </summary>
public sealed record ListAccountsOfCooperative(Guid CooperativeId) : IQuery<IReadOnlyList<AccountContact>>;

public sealed record AccountContact(Guid Id, string Email, string DisplayName, string Language);
