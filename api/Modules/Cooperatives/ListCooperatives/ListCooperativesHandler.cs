using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Text;
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

        // When the trigram index is the only condition, it counts its matches itself, without touching the rows.
        var countSql = where == CooperativeFilter.FullTextOnlyWhere
            ? "SELECT COUNT(*) FROM coop_cooperatives_fts WHERE coop_cooperatives_fts MATCH @Fts"
            : $"SELECT COUNT(*) FROM coop_cooperatives c {where}";
        var total = await db.ExecuteScalarAsync<int>(countSql, parameters, cancellationToken);
        var rows = total == 0
            ? []
            : await db.QueryAsync<CooperativeRow>(
                $"SELECT {CooperativeStore.SelectColumns} FROM coop_cooperatives c {where} ORDER BY {orderBy} {db.Dialect.Paging()}",
                parameters, cancellationToken);
        return new CooperativePage(rows.Select(r => r.ToListItem()).ToList(), page, pageSize, total);
    }

    /// <summary>Exact registration number first, then names starting with the search, then the rest.</summary>
    private static string RankExpression(ISqlDialect dialect) =>
        $"CASE WHEN c.registration_key = @Exact THEN 0 " +
        $"WHEN {dialect.StartsWith("c.name_ar_key", "@Prefix")} OR {dialect.StartsWith("c.name_fr_key", "@Prefix")} THEN 1 ELSE 2 END";
}
