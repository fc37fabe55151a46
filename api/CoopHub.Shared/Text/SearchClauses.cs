using CoopHub.Shared.Data;
using Dapper;

namespace CoopHub.Shared.Text;

public static class SearchClauses
{
    /// <summary>One folded-LIKE condition per word of <paramref name="q"/> (at most eight), all required.</summary>
    /// <summary>
    /// The LIKE pattern that finds <paramref name="code"/> in a column holding a JSON list of codes
    /// (<c>["agriculture","crafts"]</c>): codes are [a-z0-9_-] and the pattern keeps the quotes, so the match is exact.
    /// </summary>
    public static string InJsonList(string? code) => "%\"" + code + "\"%";

    public static void AddTerms(List<string> clauses, DynamicParameters parameters, ISqlDialect dialect, string column, string? q)
    {
        var terms = SearchText.Normalize(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8).ToList();
        for (var i = 0; i < terms.Count; i++)
        {
            clauses.Add(dialect.MatchesNormalized(column, "@Term" + i));
            parameters.Add("Term" + i, SearchText.ContainsPattern(terms[i]));
        }
    }
}
