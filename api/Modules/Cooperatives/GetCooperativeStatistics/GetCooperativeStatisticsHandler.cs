using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Reference;
using Mediator;

namespace CoopHub.Cooperatives.GetCooperativeStatistics;

internal sealed class GetCooperativeStatisticsHandler(DbSession db, ReferenceData reference)
    : IQueryHandler<GetCooperativeStatisticsQuery, CooperativeStatistics>
{
    public async ValueTask<CooperativeStatistics> Handle(GetCooperativeStatisticsQuery query, CancellationToken cancellationToken)
    {
        var grouping = query.GroupBy is null ? CooperativeStatisticsGrouping.Region : Enum.Parse<CooperativeStatisticsGrouping>(query.GroupBy, ignoreCase: true);
        var (where, parameters, _) = query.ToSql(db.Dialect);

        var (keyColumn, join) = grouping switch
        {
            CooperativeStatisticsGrouping.Region => ("c.region_code", ""),
            CooperativeStatisticsGrouping.Province => ("c.province_code", ""),
            CooperativeStatisticsGrouping.Status => ("c.status", ""),
            _ => ("g.sector_code", "JOIN coop_cooperative_sectors g ON g.cooperative_id = c.id"),
        };
        var sql = $"""
            SELECT {keyColumn} AS GroupKey, COUNT(*) AS Cooperatives, SUM(CAST(c.members_total AS BIGINT)) AS Members,
                   SUM(CAST(c.members_women AS BIGINT)) AS Women, SUM(CAST(c.members_youth AS BIGINT)) AS Youth
            FROM coop_cooperatives c {join}
            {where}
            GROUP BY {keyColumn}
            """;
        var counted = (await db.QueryAsync<GroupRow>(sql, parameters, cancellationToken)).ToDictionary(r => r.GroupKey, StringComparer.Ordinal);
        // A cooperative sits in exactly one region, province or status, so the groups add up to the
        // totals; only sectors overlap and need their own count.
        var totals = grouping != CooperativeStatisticsGrouping.Sector
            ? new GroupRow { Cooperatives = counted.Values.Sum(r => r.Cooperatives), Members = counted.Values.Sum(r => r.Members), Women = counted.Values.Sum(r => r.Women), Youth = counted.Values.Sum(r => r.Youth) }
            : await db.QuerySingleOrDefaultAsync<GroupRow>(
            $"""
            SELECT 'all' AS GroupKey, COUNT(*) AS Cooperatives, COALESCE(SUM(CAST(c.members_total AS BIGINT)), 0) AS Members,
                   COALESCE(SUM(CAST(c.members_women AS BIGINT)), 0) AS Women, COALESCE(SUM(CAST(c.members_youth AS BIGINT)), 0) AS Youth
            FROM coop_cooperatives c {where}
            """, parameters, cancellationToken);

        var rows = KeysOf(grouping).Select(k =>
        {
            counted.TryGetValue(k.Key, out var c);
            return new CooperativeStatisticsRow(k.Key, k.NameFr, k.NameAr, (int)(c?.Cooperatives ?? 0), c?.Members ?? 0, c?.Women ?? 0, c?.Youth ?? 0);
        }).ToList();
        return new CooperativeStatistics(grouping, rows,
            new CooperativeStatisticsTotals((int)(totals?.Cooperatives ?? 0), totals?.Members ?? 0, totals?.Women ?? 0, totals?.Youth ?? 0));
    }

    /// <summary>Every group appears, with zeros where nothing matched, so charts and maps stay complete.</summary>
    private IEnumerable<(string Key, string NameFr, string NameAr)> KeysOf(CooperativeStatisticsGrouping grouping) => grouping switch
    {
        CooperativeStatisticsGrouping.Region => reference.Regions.Select(r => (r.Code, r.NameFr, r.NameAr)),
        CooperativeStatisticsGrouping.Province => reference.Regions.SelectMany(r => r.Provinces).Select(p => (p.Code, p.NameFr, p.NameAr)),
        CooperativeStatisticsGrouping.Sector => reference.Sectors.Select(s => (s.Code, s.NameFr, s.NameAr)),
        _ => Enum.GetValues<CooperativeStatus>().Select(s => (s.ToApi(), s.Names().Fr, s.Names().Ar)),
    };

    private sealed class GroupRow
    {
        public string GroupKey { get; set; } = "";
        public long Cooperatives { get; set; }
        public long Members { get; set; }
        public long Women { get; set; }
        public long Youth { get; set; }
    }
}
