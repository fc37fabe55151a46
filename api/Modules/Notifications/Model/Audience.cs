using System.Globalization;
using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Identity;
using CoopHub.Notifications.Dispatch;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Text;
using Mediator;

namespace CoopHub.Notifications.Model;

/// <summary>
/// Someone to write to on behalf of a cooperative: an enabled account bound to it (<see cref="RecipientKinds.Account"/>,
/// the account's id and language, its inbox and e-mail — or, for an account made with its number and no e-mail, SMS to
/// that number), or, when the cooperative has no account, its registry contact (<see cref="RecipientKinds.Contact"/>,
/// the cooperative's id, the contact's language, the registry's e-mail and mobile number).
/// </summary>
internal sealed record Recipient(Guid Id, string Kind, string Language, string? Email, string? Mobile, Guid CooperativeId, string? DisplayName)
{
    /// <summary>The channels this recipient can be reached on: an account's inbox, and its e-mail or (none) its mobile; a contact's e-mail and SMS when recorded.</summary>
    public IEnumerable<(string Channel, string? Address)> Channels()
    {
        if (Kind == RecipientKinds.Account) yield return (ChannelNames.InApp, null);
        if (!string.IsNullOrWhiteSpace(Email)) yield return (ChannelNames.Email, Email);
        if (Mobile is not null) yield return (ChannelNames.Sms, Mobile);
    }
}

/// <summary>
/// Who hears about a cooperative: the enabled accounts bound to it, or, for a cooperative without one, its registry
/// contact (e-mail, and SMS when the number is a Moroccan mobile). The lookups are batched — one Identity query and one
/// registry query per 500 cooperatives, never one per cooperative — and each account appears once even when bound to
/// several of the cooperatives asked. The drafts still go through <see cref="PreferenceStore.KeepWantedAsync{T}"/>
/// before they are written (<see cref="MessageQueue"/>): what a person turned off is never queued, whatever path asked.
/// </summary>
internal static class Audience
{
    public const int Chunk = 500;

    /// <summary>A registry contact's language when the registry records none (<c>contact_language</c> null): Arabic, the platform's first language.</summary>
    public const string ContactLanguage = "ar";

    public static async Task<IReadOnlyList<Recipient>> OfCooperativesAsync(ISender sender, IEnumerable<Guid> cooperativeIds, CancellationToken ct)
    {
        var ids = cooperativeIds.Distinct().ToList();
        var recipients = new List<Recipient>();
        var seenAccounts = new HashSet<Guid>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            var accounts = await sender.Send(new ListAccountsOfCooperatives(chunk), ct);
            var withAccount = new HashSet<Guid>();
            foreach (var bound in accounts)
            {
                withAccount.Add(bound.CooperativeId);
                if (!seenAccounts.Add(bound.Account.Id)) continue;
                recipients.Add(new Recipient(bound.Account.Id, RecipientKinds.Account, LanguageOf(bound.Account.Language), bound.Account.Email,
                    MobileOf(bound.Account.Mobile), bound.CooperativeId, bound.Account.DisplayName));
            }
            var withoutAccount = chunk.Where(id => !withAccount.Contains(id)).ToList();
            if (withoutAccount.Count == 0) continue;
            foreach (var contact in await sender.Send(new ListRegistryContacts(withoutAccount), ct))
            {
                var email = EmailOf(contact.Email);
                var mobile = MobileOf(contact.Phone);
                if (email is null && mobile is null) continue;
                recipients.Add(new Recipient(contact.CooperativeId, RecipientKinds.Contact, contact.Language is null ? ContactLanguage : LanguageOf(contact.Language), email, mobile, contact.CooperativeId,
                    contact.NameAr ?? contact.NameFr));
            }
        }
        return recipients;
    }

    /// <summary>The accounts given (e.g. a juror, a network's officers) as recipients, in their language.</summary>
    public static Recipient OfAccount(AccountContact account, Guid cooperativeId = default)
        => new(account.Id, RecipientKinds.Account, LanguageOf(account.Language), account.Email, MobileOf(account.Mobile), cooperativeId, account.DisplayName);

    /// <summary>
    /// The recipient's drafts, one per channel they can be reached on, with the texts rendered in their language (the
    /// catalogues read the UI culture, set around <paramref name="render"/>).
    /// </summary>
    public static IEnumerable<Draft> Drafts(Recipient recipient, string topic, string? link, Func<Recipient, (string Subject, string Body)> render)
    {
        var text = InLanguage(recipient.Language, () => render(recipient));
        foreach (var (channel, address) in recipient.Channels())
        {
            yield return new Draft(recipient.Id, channel, address, recipient.Language, text.Subject, text.Body, link, recipient.Kind, topic);
        }
    }

    /// <summary>
    /// Runs <paramref name="render"/> with the UI culture of <paramref name="language"/> (<see cref="LanguageOf"/>): the
    /// catalogues read it, and the dispatcher and account messages run outside the reader's request.
    /// </summary>
    public static T InLanguage<T>(string language, Func<T> render)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(LanguageOf(language));
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>One of the platform's languages (ar, fr, en); the default language (<see cref="ServerText.DefaultLanguage"/>) when unknown.</summary>
    public static string LanguageOf(string? language)
        => language is not null && ServerText.Languages.Contains(language.ToLowerInvariant()) ? language.ToLowerInvariant() : ServerText.DefaultLanguage;

    /// <summary>The registry's phone as a Moroccan mobile in E.164, or null when SMS cannot reach it.</summary>
    public static string? MobileOf(string? phone)
        => PhoneText.ToMobileE164(phone) is { IsValid: true } parsed && parsed.E164!.StartsWith("+212", StringComparison.Ordinal) ? parsed.E164 : null;

    /// <summary>The registry's e-mail when it looks like an address, else null.</summary>
    public static string? EmailOf(string? raw)
    {
        var email = raw?.Trim();
        if (string.IsNullOrEmpty(email)) return null;
        var at = email.IndexOf('@');
        return at > 0 && at < email.Length - 1 && !email.Any(char.IsWhiteSpace) ? email : null;
    }
}
