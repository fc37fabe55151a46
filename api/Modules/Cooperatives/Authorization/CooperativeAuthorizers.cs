using CoopHub.Cooperatives.ChangeCooperativeStatus;
using CoopHub.Cooperatives.ExportCooperatives;
using CoopHub.Cooperatives.ImportCooperatives;
using CoopHub.Cooperatives.RegisterCooperative;
using CoopHub.Cooperatives.UpdateCooperative;
using CoopHub.Shared.Data;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Security;

namespace CoopHub.Cooperatives.Authorization;

/// <summary>
/// Who may change the registry: staff of the cooperative's region (and of the region it moves
/// to), administrators, and a cooperative's own managers for its profile only. Reads are public.
/// </summary>
internal static class CooperativeAccess
{
    public static async Task<CurrentRow?> CurrentAsync(DbSession db, Guid id, CancellationToken ct)
        => await db.QuerySingleOrDefaultAsync<CurrentRow>(
            "SELECT region_code AS RegionCode, province_code AS ProvinceCode, registration_number AS RegistrationNumber FROM coop_cooperatives WHERE id = @Id",
            new { Id = id }, ct);

    /// <summary>Staff may send a region the validator will reject; a wrong code is a 400, not a 403.</summary>
    public static bool StaffMayWriteTo(CurrentUser user, ReferenceData reference, string? regionCode)
        => user.IsStaff && (reference.FindRegion(regionCode) is null || user.CanManageRegion(regionCode));

    internal sealed class CurrentRow
    {
        public string RegionCode { get; set; } = "";
        public string ProvinceCode { get; set; } = "";
        public string RegistrationNumber { get; set; } = "";
    }
}

internal sealed class RegisterCooperativeAuthorizer(ReferenceData reference) : IAuthorizer<RegisterCooperativeCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RegisterCooperativeCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(CooperativeAccess.StaffMayWriteTo(user, reference, message.RegionCode)
            ? null
            : AccessDenied.For(user, $"Only staff of region {message.RegionCode} (or an administrator) can register a cooperative there."));
}

internal sealed class UpdateCooperativeAuthorizer(DbSession db, ReferenceData reference) : IAuthorizer<UpdateCooperativeCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(UpdateCooperativeCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        if (user.IsAdmin) return null;
        var current = await CooperativeAccess.CurrentAsync(db, message.Id, cancellationToken);
        if (current is null) return null; // the handler answers 404
        if (user.CanManageRegion(current.RegionCode) && CooperativeAccess.StaffMayWriteTo(user, reference, message.RegionCode)) return null;
        if (user.ManagesCooperative(message.Id))
        {
            var same = string.Equals(message.RegistrationNumber?.Trim(), current.RegistrationNumber, StringComparison.Ordinal)
                && message.RegionCode == current.RegionCode && message.ProvinceCode == current.ProvinceCode;
            return same ? null : AccessDenied.Forbidden("A cooperative's manager cannot change its registration number, region or province; ask the regional delegation.");
        }
        return AccessDenied.Forbidden($"Only staff of region {current.RegionCode}, an administrator or the cooperative's managers can edit it.");
    }
}

internal sealed class ChangeCooperativeStatusAuthorizer(DbSession db) : IAuthorizer<ChangeCooperativeStatusCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(ChangeCooperativeStatusCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        if (user.IsAdmin) return null;
        var current = await CooperativeAccess.CurrentAsync(db, message.Id, cancellationToken);
        if (current is null) return user.IsStaff ? null : AccessDenied.Forbidden("Only staff can change a cooperative's status.");
        return user.CanManageRegion(current.RegionCode) ? null
            : AccessDenied.Forbidden($"Only staff of region {current.RegionCode} (or an administrator) can change this cooperative's status.");
    }
}

/// <summary>Staff and administrators; the handler refuses a file with rows outside the caller's regions.</summary>
internal sealed class ImportCooperativesAuthorizer : IAuthorizer<ImportCooperativesCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ImportCooperativesCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "Only staff (or an administrator) can import cooperatives."));
}

/// <summary>The export carries contacts: staff and administrators, limited to the caller's regions.</summary>
internal sealed class ExportCooperativesAuthorizer : IAuthorizer<ExportCooperativesQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ExportCooperativesQuery message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsStaff) return ValueTask.FromResult<AccessDenied?>(AccessDenied.For(user, "Only staff (or an administrator) can export the registry."));
        return ValueTask.FromResult(message.Region is null || user.CanManageRegion(message.Region)
            ? null
            : AccessDenied.Forbidden($"You can export only your regions ({string.Join(", ", user.Regions)})."));
    }
}
