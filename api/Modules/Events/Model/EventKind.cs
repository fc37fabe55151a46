using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using FluentValidation;

namespace CoopHub.Events.Model;

internal enum EventKind { Meeting, Workshop, Training, Inauguration, GeneralAssembly, Ideathon, InformationSession }

/// <summary>Filters carry kinds in query strings as the API spells them; this checks them the same way wherever events are filtered.</summary>
internal static class EventKinds
{
    /// <summary>Query strings carry kinds as the API spells them (camelCase); null means any.</summary>
    public static bool IsKnown(string? kind) => kind is null || Enum.GetValues<EventKind>().Any(k => ApiJson.Api(k) == kind);

    /// <summary>The kind filter is one of the kinds, or absent; the message lists them as the reader names them.</summary>
    public static IRuleBuilderOptions<T, string?> KnownKind<T>(this IRuleBuilder<T, string?> rule)
        => rule.Must(IsKnown).WithText("events.unknown_kind");
}
