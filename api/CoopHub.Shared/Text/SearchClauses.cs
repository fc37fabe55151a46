using CoopHub.Shared.Data;
using Dapper;

namespace CoopHub.Shared.Text;

public static class SearchClauses
{
    /// <summary>
    /// The LIKE pattern that finds <paramref name="code"/> in a column holding a JSON list of codes
    /// (<c>["agriculture","crafts"]</c>): codes are [a-z0-9_-] and the pattern keeps the quotes, so the match is exact.
    /// </summary>
    public static string InJsonList(string? code) => "%\"" + code + "\"%";

    /// <summary>
    /// One condition per term of <paramref name="q"/> (<see cref="SearchAnalyzer.Terms"/>), all required, over a
    /// <paramref name="column"/> holding a <see cref="SearchAnalyzer.Key(IEnumerable{string?})"/>.
    /// </summary>
    public static void AddTerms(List<string> clauses, DynamicParameters parameters, ISqlDialect dialect, string column, string? q)
        => AddTerms(clauses, parameters, dialect, column, SearchAnalyzer.Terms(q));

    /// <inheritdoc cref="AddTerms(List{string}, DynamicParameters, ISqlDialect, string, string?)"/>
    public static void AddTerms(List<string> clauses, DynamicParameters parameters, ISqlDialect dialect, string column, IReadOnlyList<SearchTerm> terms)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            clauses.Add(dialect.MatchesNormalized(column, "@Term" + i));
            parameters.Add("Term" + i, TokenPattern(terms[i]));
        }
    }

    /// <summary>
    /// The LIKE pattern of one term over a search key (" token token "): a whole token (<c>% stem %</c>) or,
    /// for a <see cref="SearchTerm.Prefix"/> term, a token that starts with it (<c>% tok%</c>).
    /// </summary>
    public static string TokenPattern(SearchTerm term)
        => "% " + SearchText.EscapeLike(term.Token) + (term.Prefix ? "%" : " %");

    /// <summary>
    /// The same terms as an SQLite FTS5 query over a unicode61-tokenised key: <c>"stem"</c> for a whole token,
    /// <c>"tok"*</c> for a prefix, all required.
    /// </summary>
    public static string FullTextQuery(IReadOnlyList<SearchTerm> terms)
        => string.Join(' ', terms.Select(t => "\"" + t.Token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (t.Prefix ? "*" : "")));
}
