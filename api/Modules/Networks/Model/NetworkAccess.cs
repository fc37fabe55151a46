using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
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
        return user.IsStaff || user.Roles.Contains(Roles.NetworkOfficer) ? null : AccessDenied.Forbidden("networks.access.staff_or_officers");
    }

    /// <summary>The handler's part, on the network it loaded: 403 unless the caller keeps this network.</summary>
    public static Error? ManageNetwork(CurrentUser user, NetworkRow network)
    {
        if (user.IsAdmin || user.IsOfficerOf(network.Id) || user.CanManageRegion(network.RegionCode)) return null;
        return network.RegionCode is null
            ? Error.Forbidden("networks.access.national_network")
            : Error.Forbidden("networks.access.network_of_region", ("region", ReferenceNames.Region(network.RegionCode)));
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
    public static AccessDenied? ManageRegion(CurrentUser user, string? regionCode, RegionRule rule)
        => user.CanManageRegion(regionCode) ? null
            : regionCode is null ? AccessDenied.For(user, rule.WithoutRegion)
            : AccessDenied.For(user, rule.InRegion, ("region", ReferenceNames.Region(regionCode)));

    /// <summary>The same rule on a record a handler loaded (the caller is signed in by then).</summary>
    public static Error? ManageRegionOf(CurrentUser user, string? regionCode, RegionRule rule)
        => user.CanManageRegion(regionCode) ? null
            : regionCode is null ? Error.Forbidden(rule.WithoutRegion)
            : Error.Forbidden(rule.InRegion, ("region", ReferenceNames.Region(regionCode)));
}

/// <summary>
/// What a region's staff may do, as two catalogue texts: the refusal naming the region, and the one for a record without a
/// region (national staff only). One whole sentence per action, so each language words it its own way.
/// </summary>
internal sealed record RegionRule(string InRegion, string WithoutRegion)
{
    public static readonly RegionRule RegisterNetwork = new("networks.access.register_network_in_region", "networks.access.register_national_network");

    public static readonly RegionRule MoveNetwork = new("networks.access.move_network_to_region", "networks.access.make_network_national");

    public static readonly RegionRule AddOrganisation = new("networks.access.add_organisation_in_region", "networks.access.add_organisation_without_region");

    public static readonly RegionRule EditOrganisation = new("networks.access.edit_organisation_in_region", "networks.access.edit_organisation_without_region");

    public static readonly RegionRule MoveOrganisation = new("networks.access.move_organisation_to_region", "networks.access.move_organisation_out_of_region");
}
