using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Text;
using Dapper;
using Mediator;

namespace CoopHub.Cooperatives.ListCooperatives;

internal sealed class ListCooperativesHandler(DbSession db) : IQueryHandler<ListCooperativesQuery, CooperativePage>
{
    public async ValueTask<CooperativePage> Handle(ListCooperativesQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var (where, parameters, terms) = query.ToSql(db.Dialect);

        var orderBy = query.Sort switch
        {
            "name" => "c.name_sort, c.registration_number",
            "-name" => "c.name_sort DESC, c.registration_number",
            "foundedOn" => "c.founded_on, c.name_sort, c.registration_number",
            "-foundedOn" => "c.founded_on DESC, c.name_sort, c.registration_number",
            "members" => "c.members_total, c.name_sort, c.registration_number",
            "-members" => "c.members_total DESC, c.name_sort, c.registration_number",
            "registrationNumber" => "c.registration_number",
            _ when terms.Count > 0 => $"{RankExpression(db.Dialect)}, c.name_sort, c.registration_number",
            _ => "c.name_sort, c.registration_number",
        };
        if (terms.Count > 0 && query.Sort is null)
        {
            // Ranking compares the folded search, not its stems: the registration number or the start of a name as typed.
            var whole = SearchText.Normalize(query.Q);
            parameters.Add("Exact", whole);
            parameters.Add("Prefix", whole);
        }
        parameters.Add("Skip", (long)(page - 1) * pageSize);
        parameters.Add("Take", pageSize);

        // When the token index is the only condition, it counts its matches itself, without touching the rows.
        var searchOnly = where == CooperativeFilter.FullTextOnlyWhere;
        var countSql = searchOnly
            ? "SELECT COUNT(*) FROM coop_cooperatives_fts WHERE coop_cooperatives_fts MATCH @Fts"
            : $"SELECT COUNT(*) FROM coop_cooperatives c {where}";
        var total = await db.ExecuteScalarAsync<int>(countSql, parameters, cancellationToken);
        IEnumerable<CooperativeRow> rows;
        if (total == 0)
        {
            rows = [];
        }
        else if (searchOnly && query.Sort is null && total > SortAllBelow)
        {
            var seqs = await RankedPageAsync(parameters, (page - 1) * pageSize, pageSize, cancellationToken);
            parameters.Add("Seqs", seqs);
            rows = seqs.Count == 0 ? [] : await db.QueryAsync<CooperativeRow>(
                $"SELECT {CooperativeStore.SelectColumns} FROM coop_cooperatives c WHERE c.seq IN @Seqs ORDER BY {orderBy}",
                parameters, cancellationToken);
        }
        else
        {
            rows = await db.QueryAsync<CooperativeRow>(
                $"SELECT {CooperativeStore.SelectColumns} FROM coop_cooperatives c {where} ORDER BY {orderBy} {db.Dialect.Paging()}",
                parameters, cancellationToken);
        }
        return new CooperativePage(rows.Select(r => r.ToListItem()).ToList(), page, pageSize, total);
    }

    /// <summary>Up to this many matches, sorting them all by rank is cheaper than walking the name index.</summary>
    private const int SortAllBelow = 200;

    private const string Matches = "+c.seq IN (SELECT rowid FROM coop_cooperatives_fts WHERE coop_cooperatives_fts MATCH @Fts)";

    private const string Ranked = "(c.registration_key = @Exact OR (c.name_ar_key >= @Prefix AND c.name_ar_key < @PrefixEnd) "
        + "OR (c.name_fr_key >= @Prefix AND c.name_fr_key < @PrefixEnd))";

    /// <summary>
    /// SQLite, a search with thousands of matches in relevance order: the page's row numbers without reading and
    /// sorting every match. The few rows ranked first (exact registration number, name starting with the search) come
    /// from the key indexes; the rest in name order from a walk of the name index that stops after the page, testing
    /// each entry against the token index's matches (the unary + keeps SQLite from looking the matches up one by one).
    /// Same order as <see cref="RankExpression"/>.
    /// </summary>
    private async Task<List<long>> RankedPageAsync(DynamicParameters parameters, int skip, int take, CancellationToken ct)
    {
        parameters.Add("PrefixEnd", parameters.Get<string>("Prefix") + char.ConvertFromUtf32(0x10FFFF));
        var first = (await db.QueryAsync<long>(
            $"SELECT c.seq FROM coop_cooperatives c WHERE {Ranked} AND {Matches} "
            + "ORDER BY CASE WHEN c.registration_key = @Exact THEN 0 ELSE 1 END, c.name_sort, c.registration_number",
            parameters, ct)).ToList();
        var seqs = first.Skip(skip).Take(take).ToList();
        if (seqs.Count < take)
        {
            parameters.Add("RestSkip", Math.Max(0, skip - first.Count));
            parameters.Add("RestTake", take - seqs.Count);
            seqs.AddRange(await db.QueryAsync<long>(
                $"SELECT c.seq FROM coop_cooperatives c INDEXED BY ix_coop_cooperatives_name_sort WHERE {Matches} AND NOT {Ranked} "
                + "ORDER BY c.name_sort, c.registration_number LIMIT @RestTake OFFSET @RestSkip",
                parameters, ct));
        }
        return seqs;
    }

    /// <summary>Exact registration number first, then names starting with the search, then the rest.</summary>
    private static string RankExpression(ISqlDialect dialect) =>
        $"CASE WHEN c.registration_key = @Exact THEN 0 " +
        $"WHEN {dialect.StartsWith("c.name_ar_key", "@Prefix")} OR {dialect.StartsWith("c.name_fr_key", "@Prefix")} THEN 1 ELSE 2 END";
}
