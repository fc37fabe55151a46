using CoopHub.Contracts.Networks;
using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Text;
using Dapper;
using Mediator;

namespace CoopHub.Networks.Integration;

/// <summary>Answers other modules' pickers: up to 20 organisations by folded name or acronym.</summary>
internal sealed class FindOrganisationsHandler(DbSession db) : IQueryHandler<FindOrganisations, IReadOnlyList<OrganisationSummary>>
{
    public async ValueTask<IReadOnlyList<OrganisationSummary>> Handle(FindOrganisations query, CancellationToken cancellationToken)
    {
        var clauses = new List<string>();
        var p = new DynamicParameters();
        SearchClauses.AddTerms(clauses, p, db.Dialect, "o.search_text", query.Query);
        if (clauses.Count == 0) return [];
        var rows = await db.QueryAsync<OrganisationRow>(
            $"SELECT {OrganisationRow.Columns} FROM net_organisations o WHERE {string.Join(" AND ", clauses)} ORDER BY o.name_key, o.id", p, cancellationToken);
        return rows.Take(20).Select(r => r.ToSummary()).ToList();
    }
}
