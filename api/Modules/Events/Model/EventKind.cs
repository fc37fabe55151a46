using CoopHub.Shared.Http;

namespace CoopHub.Events.Model;

internal enum EventKind { Meeting, Workshop, Training, Inauguration, GeneralAssembly, Ideathon, InformationSession }

/// <summary>Filters carry kinds in query strings as the API spells them; this checks them the same way wherever events are filtered.</summary>
internal static class EventKinds
{
    public const string Message = "Unknown kind; use meeting, workshop, training, inauguration, generalAssembly, ideathon or informationSession.";

    /// <summary>Query strings carry kinds as the API spells them (camelCase); null means any.</summary>
    public static bool IsKnown(string? kind) => kind is null || Enum.GetValues<EventKind>().Any(k => ApiJson.Api(k) == kind);
}
