using Mediator;

namespace CoopHub.Contracts.Notifications;

/// <summary>
/// Queues an account message (topic <c>account</c>, which nobody can turn off) by e-mail, in the transaction of the command
/// that sends it: a verification of a new account or a password reset, carrying a single-use <paramref name="Token"/> for
/// the link and a 6-digit <paramref name="Code"/> to type. Identity decides who gets one; Notifications writes the text in
/// <paramref name="Language"/> and sends it. The secrets are blanked from the stored message once it is sent.
/// </summary>
public sealed record QueueAccountMessage(Guid AccountId, string Email, string Language, string Kind, string Token, string Code) : ICommand;

/// <summary>The kinds of <see cref="QueueAccountMessage"/>.</summary>
public static class AccountMessageKinds
{
    /// <summary>Someone asked to reset the account's password.</summary>
    public const string PasswordReset = "password_reset";

    /// <summary>A new account's address must be confirmed before it can sign in.</summary>
    public const string Verification = "verification";

    /// <summary>Someone tried to sign up with an address that already has an account (the owner is told, the stranger is not).</summary>
    public const string AlreadyRegistered = "already_registered";

    /// <summary>A signed-in account is adding this address (an e-mail, or a mobile number by SMS): the code proves it. Sent to the new address.</summary>
    public const string AddressCode = "address_code";
}
