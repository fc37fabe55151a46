using CoopHub.Shared.Http;

namespace CoopHub.Events;

/// <summary>Routes of the module, reused by its endpoints' Created answers and by the tests.</summary>
internal static class EventsRoutes
{
    public const string Prefix = "/events";
    public const string Base = ApiRoutes.V1 + Prefix;

    /// <summary>Self-service codes have their own root: whoever holds a code needs no event id.</summary>
    public const string ByCodePrefix = "/registrations";
    public const string ByCodeBase = ApiRoutes.V1 + ByCodePrefix;

    /// <summary>The feed of published events (an iCalendar file beside the collection, not under it).</summary>
    public const string CalendarFeed = Base + ".ics";

    public static string ById(Guid id) => $"{Base}/{id}";

    public static string Registrations(Guid eventId) => $"{ById(eventId)}/registrations";

    public static string Registration(Guid eventId, Guid registrationId) => $"{Registrations(eventId)}/{registrationId}";

    public static string ByCode(string code) => $"{ByCodeBase}/{Uri.EscapeDataString(code)}";
}
