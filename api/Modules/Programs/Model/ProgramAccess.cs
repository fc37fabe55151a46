using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;

namespace CoopHub.Programs.Model;

/// <summary>
/// Who runs a program: administrators, and staff of any of its regions (a program without regions is
/// national: national staff). Calls, decisions and support follow their program. Authorizers check the role
/// (<see cref="Staff"/>); handlers check the program's regions on the record they loaded (<see cref="Forbid"/>, ADR 0008).
/// </summary>
internal static class ProgramAccess
{
    public static bool CanManage(CurrentUser user, IReadOnlyList<string> programRegions)
        => user.IsAdmin || (user.Roles.Contains(Roles.Staff) && (user.StaffRegions is null || programRegions.Any(r => user.StaffRegions.Contains(r))));

    // The refusals name the action (programs.action.<action>, in the reader's language) and the program's regions by name.

    /// <summary>For an authorizer that knows the regions from the request itself (a new program).</summary>
    public static AccessDenied? Manage(CurrentUser user, IReadOnlyList<string> programRegions, string action)
        => CanManage(user, programRegions) ? null : programRegions.Count == 0
            ? AccessDenied.For(user, "programs.national_staff_only", ("action", ProgramText.Action(action)))
            : AccessDenied.For(user, "programs.staff_of_regions_only", ("action", ProgramText.Action(action)), ("regions", ReferenceNames.Regions(programRegions)));

    /// <summary>The role part, for authorizers: only staff (or an administrator) run programs; which program is the handler's check.</summary>
    public static AccessDenied? Staff(CurrentUser user, string action)
        => user.IsStaff ? null : AccessDenied.For(user, "programs.staff_only", ("action", ProgramText.Action(action)));

    /// <summary>The record part, for handlers: 403 unless the caller runs the program the loaded record belongs to.</summary>
    public static Error? Forbid(CurrentUser user, IReadOnlyList<string> programRegions, string action)
        => CanManage(user, programRegions) ? null : programRegions.Count == 0
            ? Error.Forbidden("programs.national_staff_only", ("action", ProgramText.Action(action)))
            : Error.Forbidden("programs.staff_of_regions_only", ("action", ProgramText.Action(action)), ("regions", ReferenceNames.Regions(programRegions)));

    /// <summary>The cooperative's manager, staff of its region, or staff running the program may act for an applicant.</summary>
    public static bool CanActForApplicant(CurrentUser user, Guid cooperativeId, string? cooperativeRegion, IReadOnlyList<string> programRegions)
        => user.ManagesCooperative(cooperativeId) || (cooperativeRegion is not null && user.CanManageRegion(cooperativeRegion)) || CanManage(user, programRegions);

    public static async Task<bool> IsReviewerAsync(DbSession db, CurrentUser user, Guid callId, CancellationToken ct)
        => user.Id is { } id && await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM prog_reviewers WHERE call_id = @CallId AND reviewer_id = @Id", new { CallId = callId, Id = id }, ct) > 0;

    /// <summary>A reviewer never sees or scores a cooperative they manage, whether the session or the assignment says so.</summary>
    public static async Task<bool> HasConflictAsync(DbSession db, CurrentUser user, Guid callId, Guid cooperativeId, CancellationToken ct)
    {
        if (user.ManagesCooperative(cooperativeId) || user.Cooperatives.Contains(cooperativeId)) return true;
        var stored = await db.QuerySingleOrDefaultAsync<string>(
            "SELECT cooperatives FROM prog_reviewers WHERE call_id = @CallId AND reviewer_id = @Id", new { CallId = callId, Id = user.Id }, ct);
        return stored is not null && ApiJson.Guids(stored).Contains(cooperativeId);
    }

    /// <summary>Who sees an application: its cooperative's manager, staff of its region or program, and the call's reviewers once it is under review (never on a conflict).</summary>
    public static async Task<bool> CanSeeAsync(DbSession db, CurrentUser user, ApplicationRow application, IReadOnlyList<string> programRegions, CancellationToken ct)
    {
        if (CanActForApplicant(user, application.CooperativeId, application.RegionCode, programRegions)) return true;
        return ApplicationFlow.ReviewerVisible.Contains(application.StatusValue)
            && await IsReviewerAsync(db, user, application.CallId, ct)
            && !await HasConflictAsync(db, user, application.CallId, application.CooperativeId, ct);
    }

    /// <summary>The caller's name as reviews keep it.</summary>
    public static string ActorName(CurrentUser user) => user.Name ?? string.Empty;

    /// <summary>The caller as the history shows them: by name, or the system (in the reader's language) when no person acts.</summary>
    public static HistoryActor Actor(CurrentUser user)
        => user.Name is { Length: > 0 } name ? HistoryActor.Person(name) : user.ActorType == "system" ? HistoryActor.System : HistoryActor.Unknown;
}
