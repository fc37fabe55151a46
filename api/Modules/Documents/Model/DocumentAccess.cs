using CoopHub.Contracts.Cooperatives;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Documents.Model;

/// <summary>
/// Who may see and change a cooperative's vault: its managers (accounts bound to it), staff of its region (national
/// staff everywhere) and administrators. Everyone else is told the document does not exist (404), never that it is
/// forbidden. The region is the registry's, read through the Cooperatives contract.
/// </summary>
internal static class DocumentAccess
{
    public static bool CanUse(CurrentUser user, Guid cooperativeId, string regionCode)
        => user.IsAuthenticated && (user.ManagesCooperative(cooperativeId) || user.CanManageRegion(regionCode));

    /// <summary>The cooperative when the caller may use its vault, else null (unknown cooperatives too).</summary>
    public static async Task<CooperativeSummary?> VaultOfAsync(ISender sender, CurrentUser user, Guid cooperativeId, CancellationToken ct)
    {
        if (!user.IsAuthenticated) return null;
        var coop = await sender.Send(new GetCooperativeSummary(cooperativeId), ct);
        return coop is not null && CanUse(user, coop.Id, coop.RegionCode) ? coop : null;
    }

    /// <summary>Roles that may hold a vault at all; the record decides the rest.</summary>
    public static AccessDenied? MayHoldAVault(CurrentUser user)
        => !user.IsAuthenticated ? AccessDenied.SignInRequired
            : user.IsStaff || user.Roles.Contains(Roles.CoopManager) ? null
            : AccessDenied.Forbidden("documents.forbidden");
}
