using System.Text;

namespace CoopHub.Shared.Text;

/// <summary>One word of a search, analysed: a token the stored key must hold whole (an Arabic stem) or start with (Latin letters, digits).</summary>
public sealed record SearchTerm(string Token, bool Prefix);

/// <summary>
/// The one analyzer of every search (ADR 0021): <see cref="SearchText.Normalize"/>'s folding, then words cut into
/// tokens (runs of letters or digits), then Arabic tokens lightly stemmed in the manner of Lucene's
/// ArabicStemmer: the article and its proclitic forms (ال وال بال كال فال لل) and the common suffixes
/// (ها ان ات ون ين يه ه ي, each at most once, in that order, leaving at least two letters).
/// The stored key (<see cref="Key"/>) also holds each Arabic word's stems without a one-letter proclitic
/// (و ف ب ك ل) and without the article, so the query side (<see cref="Terms"/>) needs one stem per word.
/// </summary>
public static class SearchAnalyzer
{
    /// <summary>Words of a search beyond this many are ignored.</summary>
    public const int MaxTerms = 8;

    private static readonly string[] Articles = ["وال", "بال", "كال", "فال", "لل", "ال"];

    private static readonly char[] Proclitics = ['و', 'ف', 'ب', 'ك', 'ل'];

    // Folded text has no ة (it is ه), so Lucene's ية and ة suffixes are covered by يه and ه.
    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    /// <summary>
    /// The stored search key of <paramref name="parts"/>: their tokens and stems, separated by single spaces, with one
    /// space before the first and after the last so that <c>LIKE '% token %'</c> finds a whole token anywhere.
    /// </summary>
    public static string Key(IEnumerable<string?> parts)
    {
        var tokens = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var token in Tokens(SearchText.Normalize(part)))
            {
                if (!IsArabic(token))
                {
                    if (seen.Add(token)) tokens.Add(token);
                    continue;
                }
                foreach (var stem in IndexStems(token))
                {
                    if (seen.Add(stem)) tokens.Add(stem);
                }
            }
        }
        return tokens.Count == 0 ? "" : " " + string.Join(' ', tokens) + " ";
    }

    /// <inheritdoc cref="Key(IEnumerable{string?})"/>
    public static string Key(params string?[] parts) => Key((IEnumerable<string?>)parts);

    /// <summary>The terms of a search, all required, at most <see cref="MaxTerms"/>, without <paramref name="stopTerms"/>.</summary>
    public static IReadOnlyList<SearchTerm> Terms(string? q, IReadOnlySet<string>? stopTerms = null)
    {
        var terms = new List<SearchTerm>();
        foreach (var token in Tokens(SearchText.Normalize(q)))
        {
            var term = IsArabic(token) ? new SearchTerm(Stem(token), Prefix: false) : new SearchTerm(token, Prefix: true);
            if (stopTerms?.Contains(term.Token) == true || terms.Contains(term)) continue;
            terms.Add(term);
            if (terms.Count == MaxTerms) break;
        }
        return terms;
    }

    /// <summary>The stem of one folded Arabic word: the article (with its proclitic) off, then the suffixes.</summary>
    public static string Stem(string word) => StripSuffixes(StripArticle(word));

    /// <summary>
    /// The stems a stored word answers to: its own stem, the stem of the word without a one-letter proclitic
    /// ("لتثمين" also answers "تثمين"), and the word with only its suffixes off ("الألبان" also answers "ألبان").
    /// </summary>
    private static IEnumerable<string> IndexStems(string word)
    {
        yield return Stem(word);
        yield return StripSuffixes(word);
        if (word.Length >= 4 && Array.IndexOf(Proclitics, word[0]) >= 0)
        {
            var rest = word[1..];
            yield return Stem(rest);
            yield return StripSuffixes(rest);
        }
    }

    private static string StripArticle(string word)
    {
        foreach (var article in Articles)
        {
            if (word.Length >= article.Length + 2 && word.StartsWith(article, StringComparison.Ordinal)) return word[article.Length..];
        }
        return word;
    }

    private static string StripSuffixes(string word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length >= suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal)) word = word[..^suffix.Length];
        }
        return word;
    }

    /// <summary>Runs of letters or digits of folded text; anything else (spaces, punctuation, symbols) separates them.</summary>
    private static IEnumerable<string> Tokens(string folded)
    {
        var current = new StringBuilder();
        foreach (var ch in folded)
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(ch is >= '\u0660' and <= '\u0669' ? (char)('0' + (ch - '\u0660'))
                    : ch is >= '\u06F0' and <= '\u06F9' ? (char)('0' + (ch - '\u06F0')) : ch);
                continue;
            }
            if (current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }
        }
        if (current.Length > 0) yield return current.ToString();
    }

    /// <summary>True when every character is an Arabic letter (U+0621–U+064A, U+0671–U+06D3): only those are stemmed.</summary>
    private static bool IsArabic(string token)
    {
        foreach (var ch in token)
        {
            if (ch is not (>= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3')) return false;
        }
        return true;
    }
}
