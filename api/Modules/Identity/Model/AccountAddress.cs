using CoopHub.Identity.SignIn;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Text;
using FluentValidation;

namespace CoopHub.Identity.Model;

/// <summary>
/// Where an account is reached and how it is found (issue 19 item 1): an e-mail address, or a Moroccan mobile number
/// (<c>+2126…</c>, <c>+2127…</c>) for an account made by sign-up without one. The account's key (<c>idn_users.email_key</c>,
/// unique) is the lower-case address or the number in E.164, so one lookup finds either; a number's account has an
/// empty <c>email</c> and the number in <c>phone</c>.
/// </summary>
internal static class AccountAddress
{
    /// <summary>
    /// The SQL condition naming the account reached at <c>@EmailKey</c>: the address it was made with (<c>email_key</c>)
    /// or the one it added later (<c>second_key</c>, migration 0034). Both are unique and never overlap, so it names one account.
    /// </summary>
    public const string KeyMatches = "(email_key = @EmailKey OR second_key = @EmailKey)";

    /// <summary>The key of the account named by <paramref name="phone"/> when given, else by <paramref name="email"/>.</summary>
    public static string Key(string? email, string? phone)
        => string.IsNullOrWhiteSpace(phone) ? SignInBackoff.AccountKey(email) : PhoneText.ToMoroccanMobile(phone) ?? "";

    /// <summary>The number as stored (E.164), or null when it is not a Moroccan mobile.</summary>
    public static string? Mobile(string? phone) => PhoneText.ToMoroccanMobile(phone);

    /// <summary>
    /// Where the account's notifications go by SMS: its number when it has no e-mail (an account made with its number
    /// and no address added); an account with an e-mail is written to by e-mail (ADR 0028: a message not asked for by
    /// address goes to the e-mail).
    /// </summary>
    public static string? NotificationMobile(UserRow user) => string.IsNullOrEmpty(user.Email) ? Mobile(user.Phone) : null;

    /// <summary>Whether a request names its account by a mobile number (then the e-mail must be absent).</summary>
    public static bool HasPhone(string? phone) => !string.IsNullOrWhiteSpace(phone);

    /// <summary>A Moroccan mobile number, in any spelling libphonenumber reads (<c>06…</c>, <c>+212 7…</c>, <c>00212…</c>).</summary>
    public static IRuleBuilderOptions<T, string?> MoroccanMobile<T>(this IRuleBuilderInitial<T, string?> rule)
        => rule.Cascade(CascadeMode.Stop).SafeText().MaximumLength(40).Must(p => Mobile(p) is not null).WithText("identity.phone.invalid");
}
