using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.Identity;

/// <summary>
/// A claim on a cooperative now waits for staff (issue 19 item 2, ADR 0029): it came with a proof (the registration
/// certificate in the vault). Staff of <paramref name="RegionCode"/> (the region the registry gave when the claim was
/// made) are told, with the cooperative's names as the registry holds them and the claimant's display name.
/// </summary>
public sealed record CooperativeClaimSubmittedEvent(
    Guid ClaimId, Guid CooperativeId, string RegistrationNumber, string? CooperativeNameAr, string? CooperativeNameFr, string RegionCode, string ClaimantName)
    : IOutboxEvent
{
    public static string Type => "cooperative-claim.submitted";
}
