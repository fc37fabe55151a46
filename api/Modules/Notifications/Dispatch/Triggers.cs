using System.Globalization;
using System.Text.Json;
using CoopHub.Contracts.Events;
using CoopHub.Contracts.Identity;
using CoopHub.Contracts.Programs;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Outbox;
using CoopHub.Shared.Time;
using Mediator;

namespace CoopHub.Notifications.Dispatch;

/// <summary>
/// A message to queue: for one recipient (an account, or a cooperative's registry contact: <see cref="RecipientKinds"/>)
/// on one channel, about one topic (<see cref="Topics"/>), already written in the recipient's language.
/// </summary>
internal sealed record Draft(
    Guid RecipientId, string Channel, string? Address, string Language, string Subject, string Body, string? Link,
    string RecipientKind = RecipientKinds.Account, string Topic = Topics.Events);

/// <summary>
/// Who hears what: each outbox event a person should hear about becomes drafts, one per recipient and channel, with
/// the subject and body from the catalogue in the recipient's language. Events no one should hear about give none.
/// </summary>
internal static class Triggers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<Draft>> DraftsAsync(OutboxMessage message, ISender sender, NotificationOptions options, CancellationToken ct)
    {
        if (message.Type == RegistrationPromotedEvent.Type)
        {
            return await RegistrationPromotedAsync(JsonSerializer.Deserialize<RegistrationPromotedEvent>(message.Payload, Json)!, sender, options, ct);
        }
        if (message.Type == ApplicationDecidedEvent.Type)
        {
            return await ApplicationDecidedAsync(JsonSerializer.Deserialize<ApplicationDecidedEvent>(message.Payload, Json)!, sender, options, ct);
        }
        return [];
    }

    /// <summary>
    /// An application was selected, waitlisted or rejected: the accounts bound to the cooperative hear it, with the call's
    /// title in their language and the reason the staff gave, as typed.
    /// </summary>
    private static async Task<IReadOnlyList<Draft>> ApplicationDecidedAsync(ApplicationDecidedEvent decided, ISender sender, NotificationOptions options, CancellationToken ct)
    {
        if (decided.Decision is not ("selected" or "waitlisted" or "rejected")) return [];
        var accounts = await sender.Send(new ListAccountsOfCooperative(decided.CooperativeId), ct);
        if (accounts.Count == 0) return [];
        var call = await sender.Send(new GetCallSummary(decided.CallId), ct);
        if (call is null) return [];
        var link = $"{options.PublicBaseUrl.TrimEnd('/')}/applications/{decided.ApplicationId}";
        return accounts.SelectMany(account => InLanguageOf(account, Topics.Applications, link, () =>
            {
                var arabic = ServerText.Language == "ar";
                var title = arabic ? call.TitleAr ?? call.TitleFr : call.TitleFr ?? call.TitleAr;
                var cooperative = arabic ? decided.CooperativeNameAr ?? decided.CooperativeNameFr : decided.CooperativeNameFr ?? decided.CooperativeNameAr;
                var subject = decided.Decision switch
                {
                    "selected" => ServerText.Get("notifications.application_decided.subject_selected", ("call", title)),
                    "waitlisted" => ServerText.Get("notifications.application_decided.subject_waitlisted", ("call", title)),
                    _ => ServerText.Get("notifications.application_decided.subject_rejected", ("call", title)),
                };
                var body = decided.Decision switch
                {
                    "selected" => ServerText.Get("notifications.application_decided.body_selected", ("call", title), ("cooperative", cooperative)),
                    "waitlisted" => ServerText.Get("notifications.application_decided.body_waitlisted", ("call", title), ("cooperative", cooperative)),
                    _ => ServerText.Get("notifications.application_decided.body_rejected", ("call", title), ("cooperative", cooperative)),
                };
                if (!string.IsNullOrWhiteSpace(decided.Reason)) body += "\n\n" + ServerText.Get("notifications.application_decided.reason", ("reason", decided.Reason));
                return (subject, body);
            }))
            .ToList();
    }

    /// <summary>A waitlisted registration got a seat: the accounts bound to its cooperative hear it, with the event's title and start.</summary>
    private static async Task<IReadOnlyList<Draft>> RegistrationPromotedAsync(RegistrationPromotedEvent promoted, ISender sender, NotificationOptions options, CancellationToken ct)
    {
        if (promoted.CooperativeId is not { } cooperative) return [];
        var accounts = await sender.Send(new ListAccountsOfCooperative(cooperative), ct);
        if (accounts.Count == 0) return [];
        var ev = await sender.Send(new GetEventSummary(promoted.EventId), ct);
        if (ev is null) return [];
        var link = $"{options.PublicBaseUrl.TrimEnd('/')}/events/{ev.Id}";
        return accounts.SelectMany(account => InLanguageOf(account, Topics.Events, link, () =>
            {
                var title = ServerText.Language == "ar" ? ev.TitleAr ?? ev.TitleFr : ev.TitleFr ?? ev.TitleAr;
                var starts = Casablanca.ToLocal(ev.StartsAt);
                var subject = ServerText.Get("notifications.registration_promoted.subject", ("event", title));
                var body = ServerText.Get(promoted.AttendeeName is null ? "notifications.registration_promoted.body" : "notifications.registration_promoted.body_named",
                    ("event", title), ("date", starts), ("attendee", promoted.AttendeeName));
                return (subject, body);
            }))
            .ToList();
    }

    /// <summary>Renders the texts in the account's language (the catalogues read the UI culture) and makes the in-app and e-mail drafts.</summary>
    private static IEnumerable<Draft> InLanguageOf(AccountContact account, string topic, string link, Func<(string Subject, string Body)> render)
    {
        var language = ServerText.Languages.Contains(account.Language) ? account.Language : ServerText.DefaultLanguage;
        var before = CultureInfo.CurrentUICulture;
        (string Subject, string Body) text;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            text = render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
        yield return new Draft(account.Id, ChannelNames.InApp, null, language, text.Subject, text.Body, link, RecipientKinds.Account, topic);
        yield return new Draft(account.Id, ChannelNames.Email, account.Email, language, text.Subject, text.Body, link, RecipientKinds.Account, topic);
    }
}
