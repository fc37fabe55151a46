using PhoneNumbers;

namespace CoopHub.Shared.Text;

/// <summary>What <see cref="PhoneText.ToMobileE164"/> made of a number: the E.164 form, or why there is none.</summary>
public sealed record PhoneParse(string? E164, string? Problem)
{
    public bool IsValid => E164 is not null;
}

/// <summary>
/// Phone numbers as people in Morocco write them (<c>0612345678</c>, <c>06 12 34 56 78</c>, <c>+212 6…</c>,
/// <c>00212 6…</c>), validated and normalised to E.164 (<c>+2126…</c>) with libphonenumber's metadata. A number
/// without a country code is read as Moroccan; a foreign number with its code stays foreign. Shared so that the SMS
/// channel and, later, registration forms agree on what a valid number is.
/// </summary>
public static class PhoneText
{
    /// <summary>The region a number without a country code belongs to.</summary>
    public const string DefaultRegion = "MA";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>A valid number in E.164, whatever its type (fixed line or mobile).</summary>
    public static PhoneParse ToE164(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return new PhoneParse(null, "No phone number.");
        PhoneNumber number;
        try
        {
            number = Util.Parse(raw.Trim(), DefaultRegion);
        }
        catch (NumberParseException ex)
        {
            return new PhoneParse(null, $"Not a phone number ({ex.ErrorType}).");
        }
        if (!Util.IsValidNumber(number)) return new PhoneParse(null, "Not a valid phone number for its country.");
        return new PhoneParse(Util.Format(number, PhoneNumberFormat.E164), null);
    }

    /// <summary>A valid number that can receive SMS (mobile, or a number the metadata cannot tell apart from one), in E.164.</summary>
    public static PhoneParse ToMobileE164(string? raw)
    {
        var parsed = ToE164(raw);
        if (!parsed.IsValid) return parsed;
        var type = Util.GetNumberType(Util.Parse(parsed.E164, DefaultRegion));
        return type is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE
            ? parsed
            : new PhoneParse(null, $"Not a mobile number ({type}): it cannot receive SMS.");
    }

    /// <summary>
    /// A Moroccan mobile number (<c>+2126…</c> or <c>+2127…</c>) in E.164, or null: what an account may sign up with
    /// (an SMS must reach it, and the platform only sends SMS to Moroccan operators' mobiles).
    /// </summary>
    public static string? ToMoroccanMobile(string? raw)
    {
        var parsed = ToMobileE164(raw);
        return parsed.IsValid && (parsed.E164!.StartsWith("+2126", StringComparison.Ordinal) || parsed.E164.StartsWith("+2127", StringComparison.Ordinal))
            ? parsed.E164
            : null;
    }
}
