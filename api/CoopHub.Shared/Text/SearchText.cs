using System.Globalization;
using System.Text;

namespace CoopHub.Shared.Text;

/// <summary>
/// Folds text for search the same way on every engine: Arabic letter variants unified
/// (أ إ آ ٱ → ا, ى → ي, ة → ه, tatweel and harakat removed), Latin accents and case removed.
/// The folded text is stored in a column on write, so SQL compares plain strings.
/// </summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var decomposed = Decompose(text);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var ch in decomposed)
        {
            if (Ligature(ch) is { } pair)
            {
                builder.Append(pair);
                lastWasSpace = false;
                continue;
            }
            var mapped = Map(ch);
            if (mapped == '\0') continue;
            if (char.IsWhiteSpace(mapped))
            {
                if (!lastWasSpace && builder.Length > 0) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            builder.Append(char.ToLowerInvariant(mapped));
            lastWasSpace = false;
        }
        var folded = builder.ToString().TrimEnd();
        return folded.IsNormalized(NormalizationForm.FormC) ? folded : folded.Normalize(NormalizationForm.FormC);
    }

    /// <summary>NFD, after dropping what Unicode normalisation refuses (noncharacters such as U+FFFE, lone surrogates).</summary>
    private static string Decompose(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(ch, text[i + 1]);
                if ((codePoint & 0xFFFE) != 0xFFFE) clean.Append(ch).Append(text[i + 1]);
                i++;
                continue;
            }
            if (char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF' || ch is >= '\uFDD0' and <= '\uFDEF') continue;
            clean.Append(ch);
        }
        return clean.ToString().Normalize(NormalizationForm.FormD);
    }

    /// <summary>A LIKE pattern matching the folded term anywhere, with LIKE's wildcards escaped.</summary>
    public static string ContainsPattern(string normalizedTerm) => "%" + EscapeLike(normalizedTerm) + "%";

    /// <summary>LIKE's wildcards and the escape character itself escaped with a backslash (<c>ESCAPE '\\'</c>).</summary>
    public static string EscapeLike(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("[", "\\[", StringComparison.Ordinal);

    private static char Map(char ch)
    {
        switch (ch)
        {
            case 'أ' or 'إ' or 'آ' or 'ٱ' or 'ا': return 'ا';
            case 'ى': return 'ي';
            case 'ة': return 'ه';
            case 'ؤ': return 'و';
            case 'ئ': return 'ي';
            case 'ـ': return '\0'; // tatweel
        }
        // Arabic harakat, shadda, sukun, superscript alef, Quranic marks.
        if (ch is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED') return '\0';
        var category = CharUnicodeInfo.GetUnicodeCategory(ch);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) return '\0';
        return ch switch
        {
            'ø' or 'Ø' => 'o',
            'ł' or 'Ł' => 'l',
            _ => ch,
        };
    }

    private static string? Ligature(char ch) => ch switch
    {
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        _ => null,
    };
}
