using CoopHub.Shared.Http;

namespace CoopHub.Notifications;

/// <summary>Routes of the module, reused by the tests.</summary>
internal static class NotificationsRoutes
{
    public const string Prefix = "/notifications";
    public const string Base = ApiRoutes.V1 + Prefix;
    public const string Deliveries = Base + "/deliveries";
    public const string Preferences = Base + "/preferences";
    public const string Unsubscribe = Base + "/unsubscribe";
    public const string ContactPreferences = Base + "/contact-preferences";
    public const string SmsStatus = Base + "/sms-status";
    public const string SegmentMessages = Base + "/segment-messages";
    public const string SegmentPreview = SegmentMessages + "/preview";

    public static string Read(Guid id) => $"{Base}/{id}/read";

    public static string Retry(Guid deliveryId) => $"{Deliveries}/{deliveryId}/retry";

    public static string SegmentMessage(Guid id) => $"{SegmentMessages}/{id}";

    /// <summary>An event's calendar file as Events serves it (<c>GetEventCalendar</c>), linked from the registration message.</summary>
    public static string EventCalendar(Guid eventId) => $"{ApiRoutes.V1}/events/{eventId}.ics";
}
