using System.Security.Cryptography;
using System.Text;

namespace CoopHub.Notifications.Channels;

/// <summary>
/// Twilio's request signature (<c>X-Twilio-Signature</c>, ADR 0023): Base64 of HMAC-SHA1 keyed with the account's auth
/// token over the full URL Twilio requested, followed by each POST parameter sorted by name (ordinal, case-sensitive),
/// its name then its value, with no separators. Compared in constant time.
/// </summary>
internal static class TwilioSignature
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "Twilio defines its request signature as HMAC-SHA1; we verify it, we do not choose it.")]
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal).ThenBy(f => f.Value, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    public static bool IsValid(string authToken, string url, IEnumerable<KeyValuePair<string, string>> fields, string signature)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(authToken, url, fields)), Encoding.ASCII.GetBytes(signature.Trim()));
}
