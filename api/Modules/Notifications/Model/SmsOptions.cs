using System.Globalization;
using CoopHub.Shared.Time;

namespace CoopHub.Notifications.Model;

/// <summary>
/// The <c>Sms:</c> settings (ADR 0023): Twilio's Programmable Messaging. Without a provider, an account SID and an
/// auth token the channel is off and each SMS is written as a file under <c>Notifications:SmsPickupDirectory</c>.
/// The auth token is a secret: it comes from configuration only and is never logged nor written anywhere.
/// </summary>
internal sealed class SmsOptions
{
    public const string Twilio = "Twilio";

    /// <summary><c>Twilio</c>, or empty (the channel is off: the pickup directory).</summary>
    public string Provider { get; set; } = "";

    /// <summary>The provider's API root; tests point it at a loopback receiver.</summary>
    public string BaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>Twilio's account SID (AC…): the user name of HTTP Basic authentication and part of the path.</summary>
    public string AccountSid { get; set; } = "";

    /// <summary>Twilio's auth token: the password of HTTP Basic authentication. A secret.</summary>
    public string AuthToken { get; set; } = "";

    /// <summary>The sender: a phone number in E.164 or an alphanumeric sender id (one of <c>From</c>, <c>MessagingServiceSid</c>).</summary>
    public string From { get; set; } = "";

    /// <summary>A Twilio Messaging Service (MG…), which picks the sender; used instead of <c>From</c> when set.</summary>
    public string MessagingServiceSid { get; set; } = "";

    /// <summary>How long one request may take; longer is a failure retried later.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The API's address as the provider reaches it, for delivery receipts (<c>Sms:PublicBaseUrl</c>; empty:
    /// <c>Notifications:PublicBaseUrl</c>, the same host in production). Not absolute: no receipts are asked for.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>
    /// The URL sent as Twilio's <c>StatusCallback</c>, and the one its signature covers (the address as Twilio saw it,
    /// not as a reverse proxy hands it on); null without an absolute http(s) base.
    /// </summary>
    public string? StatusCallbackUrl
        => Uri.TryCreate(PublicBaseUrl.Trim().TrimEnd('/') + NotificationsRoutes.SmsStatus, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
            ? url.AbsoluteUri
            : null;

    public bool IsConfigured => string.Equals(Provider, Twilio, StringComparison.OrdinalIgnoreCase)
                                && !string.IsNullOrWhiteSpace(AccountSid) && !string.IsNullOrWhiteSpace(AuthToken);
}

/// <summary>
/// The hours no SMS is sent (<c>Notifications:SmsQuietHours</c>, "21:00-08:00" in Casablanca time by default; empty:
/// none). A window may cross midnight. A message due inside it waits until the window ends.
/// </summary>
internal sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>"HH:mm-HH:mm" (an en dash also separates); empty or "none": no quiet hours (null).</summary>
    public static QuietHours? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("none", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = text.Split(['-', '–'], 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            throw new FormatException($"Notifications:SmsQuietHours must read HH:mm-HH:mm, not '{text}'.");
        }
        return start == end ? null : new QuietHours(start, end);
    }

    /// <summary>When the quiet hours around <paramref name="now"/> end, or null when <paramref name="now"/> is outside them.</summary>
    public DateTimeOffset? EndAfter(DateTimeOffset now)
    {
        var local = Casablanca.ToLocal(now);
        var time = TimeOnly.FromDateTime(local);
        var crossesMidnight = Start > End;
        var inside = crossesMidnight ? time >= Start || time < End : time >= Start && time < End;
        if (!inside) return null;
        var endDay = DateOnly.FromDateTime(local);
        if (crossesMidnight && time >= Start) endDay = endDay.AddDays(1);
        return Casablanca.ToUtc(endDay.ToDateTime(End));
    }
}
