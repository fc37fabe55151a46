using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;

namespace CoopHub.Programs.Model;

/// <summary>
/// Record-level access to an application, checked by its handler on the application and call it loaded once
/// (ADR 0008); the authorizers keep the role part (signed in, staff). An unknown id is the handler's 404.
/// </summary>
internal static class ApplicationAccess
{
    /// <summary>The applicant side: the cooperative's manager, staff of its region or of the program.</summary>
    public static Error? ForApplicant(CurrentUser user, ApplicationInCall loaded, string action)
        => ProgramAccess.CanActForApplicant(user, loaded.Application.CooperativeId, loaded.Application.RegionCode, loaded.Call.ProgramRegionList) ? null
            : Error.Forbidden("programs.applicant_side_only", ("action", ProgramText.Action(action)));

    /// <summary>Those who may see it: the applicant side, and the call's reviewers once it is under review (never on a conflict).</summary>
    public static async Task<Error?> ForViewerAsync(DbSession db, CurrentUser user, ApplicationInCall loaded, CancellationToken ct)
        => await ProgramAccess.CanSeeAsync(db, user, loaded.Application, loaded.Call.ProgramRegionList, ct) ? null
            : Error.Forbidden("programs.application_viewers_only");
}
