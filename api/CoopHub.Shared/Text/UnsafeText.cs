using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace CoopHub.Shared.Text;

/// <summary>
/// The characters free text may not hold (ADR 0015): C0 controls (tab, LF and CR only in multi-line text), DEL and C1,
/// Unicode noncharacters, lone surrogates, and the bidi embeddings, overrides and isolates that make a name display
/// differently from what it is. LRM/RLM (U+200E/U+200F), ZWJ and ZWNJ stay allowed: Arabic and Persian text needs them.
/// </summary>
public static class UnsafeText
{
    /// <summary>The position of the first forbidden character, or -1.</summary>
    public static int FindForbidden(string? text, bool multiline)
    {
        if (text is null) return -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) return i;
                    i++;
                    continue;
                }
                return i;
            }
            if (char.IsLowSurrogate(c)) return i;
            if (IsForbidden(c, multiline)) return i;
        }
        return -1;
    }

    /// <summary>How a forbidden character is named in a message: <c>U+0001</c>.</summary>
    public static string Describe(string text, int index)
        => "U+" + ((int)text[index]).ToString("X4", CultureInfo.InvariantCulture) + (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? " U+" + ((int)text[index + 1]).ToString("X4", CultureInfo.InvariantCulture) : "");

    private static bool IsForbidden(char c, bool multiline) => c switch
    {
        '\t' or '\n' or '\r' => !multiline,
        < '\u0020' => true,
        >= '\u007F' and <= '\u009F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => IsNoncharacter(c),
    };

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>
    /// Text stored before the rule existed can still hold characters XML 1.0 forbids; an export drops them rather than fail.
    /// Replaces every such character (and every lone surrogate) in the document's text and attribute values.
    /// </summary>
    public static XDocument WithXmlSafeText(this XDocument document)
    {
        foreach (var node in document.DescendantNodes().OfType<XText>()) node.Value = ForXml(node.Value);
        foreach (var attribute in document.Descendants().SelectMany(e => e.Attributes())) attribute.Value = ForXml(attribute.Value);
        return document;
    }

    /// <summary>The text without the characters XML 1.0 cannot carry (lone surrogates, U+FFFE/U+FFFF, C0 but tab/LF/CR).</summary>
    public static string ForXml(string text)
    {
        var clean = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
        }
        return clean.Length == text.Length ? text : clean.ToString();
    }

    /// <summary>The text without control characters other than line breaks (for plain-text formats such as iCalendar).</summary>
    public static string WithoutControls(string text)
        => text.Any(char.IsControl) ? new string(text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c)).ToArray()) : text;
}
