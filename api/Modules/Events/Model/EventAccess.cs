using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Dapper;

namespace CoopHub.Events.Model;

/// <summary>Organisers are staff of the event's region (national staff and administrators everywhere).</summary>
internal static class EventAccess
{
    /// <summary>
    /// Staff of the region (national staff when there is none) or an administrator. <paramref name="refusal"/> is the
    /// catalogue's whole sentence for this action, naming the region (<see cref="OrganiserAction"/>).
    /// </summary>
    public static AccessDenied? Organise(CurrentUser user, string? regionCode, string refusal)
        => user.CanManageRegion(regionCode) ? null
            : regionCode is null ? AccessDenied.For(user, "events.access.national_staff_only")
            : AccessDenied.For(user, refusal, ("region", ReferenceNames.Region(regionCode)));

    /// <summary>
    /// <see cref="Organise"/> on the event a handler loaded (ADR 0008: the record is read once, where it is used):
    /// a 403 the handler returns, the caller being signed-in staff by then.
    /// </summary>
    public static Error? OrganiserOf(CurrentUser user, string? regionCode, string refusal)
        => user.CanManageRegion(regionCode) ? null
            : regionCode is null ? Error.Forbidden("events.access.national_staff_only")
            : Error.Forbidden(refusal, ("region", ReferenceNames.Region(regionCode)));

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

/// <summary>What only an event's organisers may do: one catalogue sentence each, naming the region (ADR 0020).</summary>
internal static class OrganiserAction
{
    public const string Organise = "events.access.organise_in_region";
    public const string Change = "events.access.change_event";
    public const string MoveThere = "events.access.move_event_to_region";
    public const string CountAttendance = "events.access.count_attendance";
    public const string SeeRegistrations = "events.access.see_registrations";
    public const string CancelOthers = "events.access.cancel_others_registration";
    public const string CheckIn = "events.access.check_in";
}
