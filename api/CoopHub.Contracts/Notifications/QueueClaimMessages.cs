using Mediator;

namespace CoopHub.Contracts.Notifications;

/// <summary>
/// Queues, in the transaction of the claim that sends it, the 6-digit code proving a claim on a cooperative (issue 19
/// item 2) to the registry's contact: <paramref name="Channel"/> <c>email</c> or <c>sms</c> (a Moroccan mobile in E.164),
/// in <paramref name="Language"/> (the claimant's). Topic <c>account</c>: never turned off, the body and link (which
/// carry the code) blanked once sent; the subject never carries it.
/// </summary>
public sealed record QueueClaimCode(Guid CooperativeId, string Channel, string Address, string Language, string CooperativeName, string Code) : ICommand;

/// <summary>
/// Tells a claimant, in the inbox and by e-mail, in her language, that staff approved or refused her claim on a
/// cooperative (with the reason they gave, as typed); an account without an e-mail, by SMS to its <paramref name="Mobile"/>.
/// </summary>
public sealed record QueueClaimDecision(Guid AccountId, string Email, string Language, string CooperativeName, bool Approved, string? Reason, string? Mobile = null) : ICommand;

/// <summary>The channels a claim's code can travel on.</summary>
public static class ClaimCodeChannels
{
    public const string Email = "email";
    public const string Sms = "sms";
}
