using CoopHub.Contracts.Cooperatives;
using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Cooperatives.Integration;

/// <summary>Answers <see cref="ListMatchingCooperatives"/>: the registry side of a call's eligibility rules (Programs' matching).</summary>
internal sealed class ListMatchingCooperativesHandler(DbSession db) : IQueryHandler<ListMatchingCooperatives, IReadOnlyList<CooperativeSummary>>
{
    public async ValueTask<IReadOnlyList<CooperativeSummary>> Handle(ListMatchingCooperatives query, CancellationToken cancellationToken)
    {
        var c = query.Criteria;
        var clauses = new List<string>();
        var p = new Dapper.DynamicParameters();
        if (c.Sectors.Count > 0)
        {
            clauses.Add("EXISTS (SELECT 1 FROM coop_cooperative_sectors s WHERE s.cooperative_id = c.id AND s.sector_code IN @Sectors)");
            p.Add("Sectors", c.Sectors.ToArray());
        }
        if (c.Regions.Count > 0)
        {
            clauses.Add("c.region_code IN @Regions");
            p.Add("Regions", c.Regions.ToArray());
        }
        if (c.Provinces.Count > 0)
        {
            clauses.Add("c.province_code IN @Provinces");
            p.Add("Provinces", c.Provinces.ToArray());
        }
        if (c.Statuses.Count > 0)
        {
            clauses.Add("c.status IN @Statuses");
            p.Add("Statuses", c.Statuses.ToArray());
        }
        if (c.FoundedOnOrBefore is { } founded)
        {
            clauses.Add("c.founded_on IS NOT NULL AND c.founded_on <= @Founded");
            p.Add("Founded", founded);
        }
        if (c.MinMembers is { } min)
        {
            clauses.Add("c.members_total >= @MinMembers");
            p.Add("MinMembers", min);
        }
        if (c.WomenLedOnly) clauses.Add("c.women_led = 1");
        var where = clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);
        var rows = await db.QueryAsync<CooperativeRow>($"SELECT {CooperativeStore.SelectColumns} FROM coop_cooperatives c {where} ORDER BY c.name_sort, c.registration_number", p, cancellationToken);
        return rows.Select(r => r.ToSummary()).ToList();
    }
}
