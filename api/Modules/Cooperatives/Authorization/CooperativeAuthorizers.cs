using CoopHub.Cooperatives.ChangeCooperativeStatus;
using CoopHub.Cooperatives.ExportCooperatives;
using CoopHub.Cooperatives.ImportCooperatives;
using CoopHub.Cooperatives.RegisterCooperative;
using CoopHub.Cooperatives.UpdateCooperative;
using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Security;

namespace CoopHub.Cooperatives.Authorization;

/// <summary>
/// Who may change the registry: staff of the cooperative's region (and of the region it moves
/// to), administrators, and a cooperative's own managers for its profile only. Reads are public.
/// </summary>
internal static class CooperativeAccess
{
    /// <summary>Staff may send a region the validator will reject; a wrong code is a 400, not a 403.</summary>
    public static bool StaffMayWriteTo(CurrentUser user, ReferenceData reference, string? regionCode)
        => user.IsStaff && (reference.FindRegion(regionCode) is null || user.CanManageRegion(regionCode));

    /// <summary>Staff of the cooperative's region and administrators edit it all; its managers edit its profile only.</summary>
    public static Error? MayEdit(CurrentUser user, ReferenceData reference, CooperativeRow current, UpdateCooperativeCommand change)
    {
        if (user.IsAdmin) return null;
        if (user.CanManageRegion(current.RegionCode) && StaffMayWriteTo(user, reference, change.RegionCode)) return null;
        if (user.ManagesCooperative(current.Id))
        {
            var same = string.Equals(change.RegistrationNumber?.Trim(), current.RegistrationNumber, StringComparison.Ordinal)
                && change.RegionCode == current.RegionCode && change.ProvinceCode == current.ProvinceCode;
            return same ? null : Error.Forbidden("cooperatives.auth.manager_cannot_change_identity");
        }
        return Error.Forbidden("cooperatives.auth.edit_staff_of_region", ("region", ReferenceNames.Region(current.RegionCode)));
    }

    /// <summary>Staff of the cooperative's region and administrators.</summary>
    public static Error? MayChangeStatus(CurrentUser user, CooperativeRow current)
        => user.CanManageRegion(current.RegionCode)
            ? null
            : Error.Forbidden("cooperatives.auth.status_staff_of_region", ("region", ReferenceNames.Region(current.RegionCode)));
}

internal sealed class RegisterCooperativeAuthorizer(ReferenceData reference) : IAuthorizer<RegisterCooperativeCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RegisterCooperativeCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(CooperativeAccess.StaffMayWriteTo(user, reference, message.RegionCode)
            ? null
            : AccessDenied.For(user, "cooperatives.auth.register_staff_of_region", ("region", ReferenceNames.Region(message.RegionCode))));
}

/// <summary>A signed-in caller; who may edit which cooperative is the handler's check, on the row it loads (ADR 0008).</summary>
internal sealed class UpdateCooperativeAuthorizer : IAuthorizer<UpdateCooperativeCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UpdateCooperativeCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsAuthenticated ? null : AccessDenied.SignInRequired);
}

/// <summary>Staff and administrators; the cooperative's region is the handler's check, on the row it loads (ADR 0008).</summary>
internal sealed class ChangeCooperativeStatusAuthorizer : IAuthorizer<ChangeCooperativeStatusCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ChangeCooperativeStatusCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "cooperatives.auth.status_staff_only"));
}

/// <summary>Staff and administrators; the handler refuses a file with rows outside the caller's regions.</summary>
internal sealed class ImportCooperativesAuthorizer : IAuthorizer<ImportCooperativesCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ImportCooperativesCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "cooperatives.auth.import_staff_only"));
}

/// <summary>The export carries contacts: staff and administrators, limited to the caller's regions.</summary>
internal sealed class ExportCooperativesAuthorizer : IAuthorizer<ExportCooperativesQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ExportCooperativesQuery message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsStaff) return ValueTask.FromResult<AccessDenied?>(AccessDenied.For(user, "cooperatives.auth.export_staff_only"));
        return ValueTask.FromResult(message.Region is null || user.CanManageRegion(message.Region)
            ? null
            : AccessDenied.Forbidden("cooperatives.auth.export_own_regions", ("regions", ReferenceNames.Regions(user.Regions.Order(StringComparer.Ordinal)))));
    }
}
