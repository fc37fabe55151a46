using System.Text;

namespace CoopHub.Notifications.Model;

/// <summary>How a text travels in SMS: GSM-7 (the GSM 03.38 basic set and its extension table) or UCS-2 (anything else, Arabic included).</summary>
internal enum SmsEncoding
{
    Gsm7,
    Ucs2,
}

/// <summary>
/// The SMS a message becomes: its subject and its link (the body is for e-mail), within <see cref="MaxSegments"/>
/// segments. GSM-7 carries 160 septets in one segment and 153 per segment of a concatenated message (a character of the
/// extension table takes two septets and is never split); UCS-2 carries 70 UTF-16 units in one segment and 67 per
/// segment of a concatenated one (a surrogate pair is never split). Two segments: 306 septets or 134 units. Too long,
/// the subject is shortened with an ellipsis ("…" in UCS-2, "..." in GSM-7, which has no "…"); the link is never cut.
/// </summary>
internal static class SmsText
{
    public const int MaxSegments = 2;

    // GSM 03.38 basic character set (ESC, 0x1B, excluded: it only introduces the extension table).
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // The extension table: each takes ESC plus the character, two septets.
    private const string Extension = "\f^{}\\[~]|€";

    private static readonly HashSet<char> BasicSet = [.. Basic];
    private static readonly HashSet<char> ExtensionSet = [.. Extension];

    /// <summary>The SMS for a subject and an optional link: "subject\nlink", shortened to fit.</summary>
    public static string Compose(string subject, string? link)
    {
        subject = subject.Trim();
        var tail = string.IsNullOrWhiteSpace(link) ? "" : "\n" + link.Trim();
        var text = subject + tail;
        if (Segments(text) <= MaxSegments) return text;
        // Shorten the subject, one text element at a time (never half a surrogate pair or a combining mark).
        var elements = new List<string>();
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(subject);
        while (enumerator.MoveNext()) elements.Add(enumerator.GetTextElement());
        for (var keep = elements.Count - 1; keep > 0; keep--)
        {
            var head = string.Concat(elements.Take(keep)).TrimEnd();
            var ellipsis = EncodingOf(head + tail) == SmsEncoding.Gsm7 ? "..." : "…";
            var candidate = head + ellipsis + tail;
            if (Segments(candidate) <= MaxSegments) return candidate;
        }
        // Not even one character of the subject fits beside the link: the link alone (never cut).
        return string.IsNullOrEmpty(tail) ? subject : tail[1..];
    }

    public static SmsEncoding EncodingOf(string text)
    {
        foreach (var c in text)
        {
            if (!BasicSet.Contains(c) && !ExtensionSet.Contains(c)) return SmsEncoding.Ucs2;
        }
        return SmsEncoding.Gsm7;
    }

    /// <summary>The number of segments the text takes, packed as a phone packs them.</summary>
    public static int Segments(string text)
    {
        if (text.Length == 0) return 1;
        if (EncodingOf(text) == SmsEncoding.Gsm7)
        {
            var septets = text.Sum(c => ExtensionSet.Contains(c) ? 2 : 1);
            if (septets <= 160) return 1;
            return Pack(text, c => ExtensionSet.Contains(c) ? 2 : 1, 153);
        }
        if (text.Length <= 70) return 1;
        return PackUcs2(text, 67);
    }

    private static int Pack(string text, Func<char, int> size, int capacity)
    {
        int segments = 1, used = 0;
        foreach (var c in text)
        {
            var s = size(c);
            if (used + s > capacity)
            {
                segments++;
                used = 0;
            }
            used += s;
        }
        return segments;
    }

    private static int PackUcs2(string text, int capacity)
    {
        int segments = 1, used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var s = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (used + s > capacity)
            {
                segments++;
                used = 0;
            }
            used += s;
            i += s - 1;
        }
        return segments;
    }

    /// <summary>A short description for the delivery log: "2 UCS-2 segments".</summary>
    public static string Describe(string text)
    {
        var segments = Segments(text);
        return new StringBuilder().Append(segments).Append(EncodingOf(text) == SmsEncoding.Gsm7 ? " GSM-7" : " UCS-2")
            .Append(segments == 1 ? " segment" : " segments").ToString();
    }
}
