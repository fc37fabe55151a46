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

    /// <summary>
    /// The "e-mail or Moroccan mobile number" rule of every request that names an address: a <c>phone</c> must be a
    /// Moroccan mobile and then no <c>email</c> may be given; otherwise the <c>email</c> is required
    /// (<paramref name="requiredText"/>, the message the form shows), at most 200 characters, and — for an address that
    /// will be written to (<paramref name="wellFormed"/>) — a well-formed one. One message at a time, the first that applies.
    /// </summary>
    public static void EmailOrMoroccanMobile<T>(this AbstractValidator<T> validator, string requiredText, bool wellFormed = true)
        where T : IAccountAddressFields
    {
        validator.When(x => HasPhone(x.Phone), () =>
        {
            validator.RuleFor(x => x.Phone).MoroccanMobile();
            validator.RuleFor(x => x.Email).Empty().WithText("identity.phone.or_email");
        }).Otherwise(() =>
        {
            var email = validator.RuleFor(x => x.Email).Cascade(CascadeMode.Stop).SafeText().NotEmpty().WithText(requiredText).MaximumLength(200);
            if (wellFormed) email.EmailAddress();
        });
    }
}

/// <summary>A request naming an address: an <c>email</c>, or a <c>phone</c> in its place (never both).</summary>
internal interface IAccountAddressFields
{
    string? Email { get; }

    string? Phone { get; }
}

/// <summary>Which of an account's addresses an operation is about.</summary>
internal enum AccountAddressKind
{
    Email,
    Phone,
}
