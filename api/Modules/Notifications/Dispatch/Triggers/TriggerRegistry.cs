using System.Text.Json;
using CoopHub.Contracts.Events;
using CoopHub.Contracts.Outbox;
using CoopHub.Contracts.Programs;
using CoopHub.Contracts.ProjectBank;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Outbox;
using Mediator;

namespace CoopHub.Notifications.Dispatch.Triggers;

/// <summary>What a trigger needs: the contracts to read other modules through, the options (links), the clock.</summary>
internal sealed record TriggerContext(ISender Sender, NotificationOptions Options)
{
    /// <summary>An absolute link when <c>PublicBaseUrl</c> is set, else a path of the SPA.</summary>
    public string Link(string path) => $"{Options.PublicBaseUrl.TrimEnd('/')}{path}";
}

/// <summary>
/// Who hears what: the registry of triggers by outbox type, one file each in this folder. Each outbox event a person
/// should hear about becomes drafts, one per recipient and channel, written in the recipient's language; every other
/// type gives none (the cursor moves past it).
/// </summary>
internal static class TriggerRegistry
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private delegate Task<IReadOnlyList<Draft>> Handler(OutboxMessage message, TriggerContext context, CancellationToken ct);

    private static readonly Dictionary<string, Handler> ByType = new(StringComparer.Ordinal)
    {
        [RegistrationPromotedEvent.Type] = On<RegistrationPromotedEvent>(RegistrationPromoted.DraftsAsync),
        [ApplicationDecidedEvent.Type] = On<ApplicationDecidedEvent>(ApplicationDecided.DraftsAsync),
        [CallPublishedEvent.Type] = On<CallPublishedEvent>(CallPublished.DraftsAsync),
        [ApplicationEligibilityCheckedEvent.Type] = On<ApplicationEligibilityCheckedEvent>(ApplicationEligibilityChecked.DraftsAsync),
        [ApplicationSupportRecordedEvent.Type] = On<ApplicationSupportRecordedEvent>(ApplicationSupportRecorded.DraftsAsync),
        [RegistrationCreatedEvent.Type] = On<RegistrationCreatedEvent>(RegistrationCreated.DraftsAsync),
        [EventCancelledEvent.Type] = On<EventCancelledEvent>(EventCancelled.DraftsAsync),
        [IdeaReturnedEvent.Type] = On<IdeaReturnedEvent>(IdeaCurated.ReturnedAsync),
        [IdeaPublishedEvent.Type] = On<IdeaPublishedEvent>(IdeaCurated.PublishedAsync),
        [JurorAssignedEvent.Type] = On<JurorAssignedEvent>(JurorAssigned.DraftsAsync),
    };

    /// <summary>The outbox types someone hears about.</summary>
    public static IReadOnlyCollection<string> Types => ByType.Keys;

    public static Task<IReadOnlyList<Draft>> DraftsAsync(OutboxMessage message, ISender sender, NotificationOptions options, CancellationToken ct)
        => ByType.TryGetValue(message.Type, out var handler) ? handler(message, new TriggerContext(sender, options), ct) : Task.FromResult<IReadOnlyList<Draft>>([]);

    private static Handler On<T>(Func<T, TriggerContext, CancellationToken, Task<IReadOnlyList<Draft>>> drafts) where T : IOutboxEvent
        => (message, context, ct) => drafts(JsonSerializer.Deserialize<T>(message.Payload, Json)!, context, ct);

    /// <summary>The title in the reader's language: Arabic in Arabic, else French (the registry's two languages), whichever exists.</summary>
    public static string? TitleIn(string? ar, string? fr) => CoopHub.Shared.Localization.ServerText.Language == "ar" ? ar ?? fr : fr ?? ar;
}
