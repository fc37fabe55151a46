using CoopHub.Shared.Security;

namespace CoopHub.Programs.Model;

/// <summary>
/// A draft (or cancelled) call is not public: to anyone but the staff running its program it does not exist
/// (404 in reads, in lists and when applying to it; ADR 0008).
/// </summary>
internal static class CallAccess
{
    public static bool CanSee(CurrentUser user, CallRow row) => row.StatusValue == CallStatus.Published || ProgramAccess.CanManage(user, row.ProgramRegionList);
}
