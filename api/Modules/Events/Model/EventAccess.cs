using CoopHub.Shared.Security;

namespace CoopHub.Events.Model;

/// <summary>Organisers are staff of the event's region (national staff and administrators everywhere).</summary>
internal static class EventAccess
{
    public static AccessDenied? Organise(CurrentUser user, string? regionCode, string what)
        => user.CanManageRegion(regionCode) ? null : AccessDenied.For(user, regionCode is null
            ? $"Only staff can {what}."
            : $"Only staff of region {regionCode} (or an administrator) can {what}.");
}
