using Mediator;

namespace CoopHub.Contracts.Notifications;

/// <summary>
/// Tells staff, in the transaction of the claim, that a claim on a cooperative with a proof waits for their decision
/// (issue 19 item 2, ADR 0029): those whose regions include <paramref name="RegionCode"/> (the region the registry gave
/// when the claim was made), in their inbox and by e-mail as their preferences allow, in their language. A command and
/// not an outbox event: every outbox event is a public webhook type, and a claim (a person's name, a cooperative's
/// management) is not for partners.
/// </summary>
public sealed record QueueClaimForReview(
    Guid ClaimId, Guid CooperativeId, string RegistrationNumber, string? CooperativeNameAr, string? CooperativeNameFr, string RegionCode, string ClaimantName) : ICommand;
