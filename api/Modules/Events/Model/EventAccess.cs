using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Dapper;

namespace CoopHub.Events.Model;

/// <summary>Organisers are staff of the event's region (national staff and administrators everywhere).</summary>
internal static class EventAccess
{
    public static AccessDenied? Organise(CurrentUser user, string? regionCode, string what)
        => user.CanManageRegion(regionCode) ? null : AccessDenied.ForUntranslated(user, regionCode is null
            ? $"Only staff can {what}."
            : $"Only staff of region {regionCode} (or an administrator) can {what}.");

    /// <summary>
    /// <see cref="Organise"/> on the event a handler loaded (ADR 0008: the record is read once, where it is used):
    /// a 403 the handler returns, the caller being signed-in staff by then.
    /// </summary>
    public static Error? OrganiserOf(CurrentUser user, string? regionCode, string what)
        => Organise(user, regionCode, what) is { } denied ? Error.ForbiddenUntranslated(denied.Message) : null;

    /// <summary>A draft is its organisers' (staff of its region, national staff, administrators); to anyone else it does not exist.</summary>
    public static bool CanSee(CurrentUser user, EventRow row) => row.StatusValue != EventStatus.Draft || user.CanManageRegion(row.RegionCode);

    /// <summary>The same rule as SQL over the events aliased <paramref name="alias"/>; null when the caller sees every draft.</summary>
    public static string? DraftsClause(CurrentUser user, string alias, DynamicParameters p)
    {
        if (!user.IsStaff) return $"{alias}.status <> 'draft'";
        if (user.StaffRegions is not { } regions) return null;
        var mine = regions.Select((r, i) => (Region: r, Name: $"Organiser{i}")).ToList();
        foreach (var (region, name) in mine) p.Add(name, region);
        return $"({alias}.status <> 'draft'" + string.Concat(mine.Select(m => $" OR {alias}.region_code = @{m.Name}")) + ")";
    }
}
