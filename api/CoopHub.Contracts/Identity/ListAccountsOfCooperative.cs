using Mediator;

namespace CoopHub.Contracts.Identity;

/// <summary>
/// The active accounts bound to a cooperative, as someone to write to: their id, e-mail address, display name and
/// language (ar, fr or en). Notifications uses it to reach a cooperative; never secrets.
/// </summary>
public sealed record ListAccountsOfCooperative(Guid CooperativeId) : IQuery<IReadOnlyList<AccountContact>>;

/// <summary>
/// An account to write to. <paramref name="Mobile"/> is its Moroccan mobile in E.164 when the account has no e-mail (one
/// made with its number): its notifications go by SMS there; an account with an e-mail is written to by e-mail (ADR 0028).
/// </summary>
public sealed record AccountContact(Guid Id, string Email, string DisplayName, string Language, string? Mobile = null);
