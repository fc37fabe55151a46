using CoopHub.Cooperatives.ChangeCooperativeStatus;
using CoopHub.Cooperatives.ExportCooperatives;
using CoopHub.Cooperatives.ImportCooperatives;
using CoopHub.Cooperatives.RegisterCooperative;
using CoopHub.Cooperatives.UpdateCooperative;
using CoopHub.Cooperatives.Model;
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
            return same ? null : Error.ForbiddenUntranslated("A cooperative's manager cannot change its registration number, region or province; ask the regional delegation.");
        }
        return Error.ForbiddenUntranslated($"Only staff of region {current.RegionCode}, an administrator or the cooperative's managers can edit it.");
    }

    /// <summary>Staff of the cooperative's region and administrators.</summary>
    public static Error? MayChangeStatus(CurrentUser user, CooperativeRow current)
        => user.CanManageRegion(current.RegionCode)
            ? null
            : Error.ForbiddenUntranslated($"Only staff of region {current.RegionCode} (or an administrator) can change this cooperative's status.");
}

internal sealed class RegisterCooperativeAuthorizer(ReferenceData reference) : IAuthorizer<RegisterCooperativeCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RegisterCooperativeCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(CooperativeAccess.StaffMayWriteTo(user, reference, message.RegionCode)
            ? null
            : AccessDenied.ForUntranslated(user, $"Only staff of region {message.RegionCode} (or an administrator) can register a cooperative there."));
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
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.ForUntranslated(user, "Only staff can change a cooperative's status."));
}

/// <summary>Staff and administrators; the handler refuses a file with rows outside the caller's regions.</summary>
internal sealed class ImportCooperativesAuthorizer : IAuthorizer<ImportCooperativesCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ImportCooperativesCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.ForUntranslated(user, "Only staff (or an administrator) can import cooperatives."));
}

/// <summary>The export carries contacts: staff and administrators, limited to the caller's regions.</summary>
internal sealed class ExportCooperativesAuthorizer : IAuthorizer<ExportCooperativesQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ExportCooperativesQuery message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsStaff) return ValueTask.FromResult<AccessDenied?>(AccessDenied.ForUntranslated(user, "Only staff (or an administrator) can export the registry."));
        return ValueTask.FromResult(message.Region is null || user.CanManageRegion(message.Region)
            ? null
            : AccessDenied.ForbiddenUntranslated($"You can export only your regions ({string.Join(", ", user.Regions)})."));
    }
}
