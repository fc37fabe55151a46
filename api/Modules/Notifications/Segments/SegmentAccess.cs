using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Security;

namespace CoopHub.Notifications.Segments;

/// <summary>
/// Who may message a segment: staff and administrators. Staff reach only their regions: without a region the segment is
/// narrowed to theirs; naming another region is 403 (an unknown code is left to the validator's 400).
/// </summary>
internal static class SegmentAccess
{
    public static AccessDenied? Check(CurrentUser user, ReferenceData reference, SegmentFilter filter)
    {
        if (!user.IsStaff) return AccessDenied.For(user, "auth.staff_only");
        if (filter.Region is null || reference.FindRegion(filter.Region) is null) return null;
        return SegmentAudience.Scope(user, filter).Allowed
            ? null
            : AccessDenied.Forbidden("auth.staff_of_region_only", ("region", ReferenceNames.Region(filter.Region)));
    }
}
