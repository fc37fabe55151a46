using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;

namespace CoopHub.Networks.Model;

/// <summary>
/// Who keeps a network: administrators, staff whose regions cover the network's region (national
/// networks: national staff), and the network's own officers. Organisations: staff of their region.
/// In two parts so the network is read once (ADR 0008): the authorizer checks the caller's roles,
/// the handler checks the region on the row it loaded.
/// </summary>
internal static class NetworkAccess
{
    /// <summary>The authorizer's part: signed in, and staff, an administrator or a network officer.</summary>
    public static AccessDenied? MayManageNetworks(CurrentUser user)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        return user.IsStaff || user.Roles.Contains(Roles.NetworkOfficer) ? null : AccessDenied.ForbiddenUntranslated("Only staff or the network's officers can do this.");
    }

    /// <summary>The handler's part, on the network it loaded: 403 unless the caller keeps this network.</summary>
    public static Error? ManageNetwork(CurrentUser user, NetworkRow network)
    {
        if (user.IsAdmin || user.IsOfficerOf(network.Id) || user.CanManageRegion(network.RegionCode)) return null;
        return Error.ForbiddenUntranslated(network.RegionCode is null
            ? "Only national staff, an administrator or the network's officers can change a national network."
            : $"Only staff of region {network.RegionCode}, an administrator or the network's officers can change this network.");
    }

    /// <summary>Loads the network a change is about, once, and checks the caller keeps it: <paramref name="notFound"/> when there is none, 403 when it is not theirs.</summary>
    public static async Task<Result<NetworkRow>> LoadToManageAsync(DbSession db, CurrentUser user, Guid networkId, Error notFound, CancellationToken ct)
    {
        var network = await NetworkRow.FindAsync(db, networkId, ct);
        if (network is null) return notFound;
        if (ManageNetwork(user, network) is { } denied) return denied;
        return network;
    }

    /// <summary>Staff of the region (national staff when there is none) or an administrator; for authorizers.</summary>
    public static AccessDenied? ManageRegion(CurrentUser user, string? regionCode, string what)
        => user.CanManageRegion(regionCode) ? null : AccessDenied.ForUntranslated(user, RegionRule(regionCode, what));

    /// <summary>The same rule on a record a handler loaded (the caller is signed in by then).</summary>
    public static Error? ManageRegionOf(CurrentUser user, string? regionCode, string what)
        => user.CanManageRegion(regionCode) ? null : Error.ForbiddenUntranslated(RegionRule(regionCode, what));

    private static string RegionRule(string? regionCode, string what) => regionCode is null
        ? $"Only national staff or an administrator can {what} without a region."
        : $"Only staff of region {regionCode} (or an administrator) can {what}.";
}
