using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;

namespace CoopHub.Networks.Model;

/// <summary>
/// Who keeps a network: administrators, staff whose regions cover the network's region (national
/// networks: national staff), and the network's own officers. Organisations: staff of their region.
/// </summary>
internal static class NetworkAccess
{
    public static async Task<AccessDenied?> ManageNetworkAsync(DbSession db, CurrentUser user, Guid networkId, CancellationToken ct)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        if (user.IsAdmin || user.IsOfficerOf(networkId)) return null;
        var region = await db.QuerySingleOrDefaultAsync<RegionRow>("SELECT region_code AS RegionCode FROM net_networks WHERE id = @Id", new { Id = networkId }, ct);
        if (region is null) return user.IsStaff || user.Roles.Contains(Roles.NetworkOfficer) ? null : AccessDenied.Forbidden("Only staff or the network's officers can do this.");
        return user.CanManageRegion(region.RegionCode) ? null
            : AccessDenied.Forbidden(region.RegionCode is null
                ? "Only national staff, an administrator or the network's officers can change a national network."
                : $"Only staff of region {region.RegionCode}, an administrator or the network's officers can change this network.");
    }

    public static AccessDenied? ManageRegion(CurrentUser user, string? regionCode, string what)
        => user.CanManageRegion(regionCode) ? null : AccessDenied.For(user, regionCode is null
            ? $"Only national staff or an administrator can {what} without a region."
            : $"Only staff of region {regionCode} (or an administrator) can {what}.");

    public static Error NetworkNotFound(Guid id) => Error.NotFound("network.not_found", $"No network has id {id}.");

    public static Error OrganisationNotFound(Guid id) => Error.NotFound("organisation.not_found", $"No organisation has id {id}.");

    private sealed class RegionRow
    {
        public string? RegionCode { get; set; }
    }
}
