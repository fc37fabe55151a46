using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Networks;
using CoopHub.Networks.Members;
using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Networks.Integration;

/// <summary>A dissolved cooperative leaves every network it belonged to, on the dissolution date.</summary>
internal sealed class CooperativeDissolvedHandler(DbSession db) : INotificationHandler<CooperativeStatusChanged>
{
    public async ValueTask Handle(CooperativeStatusChanged notification, CancellationToken cancellationToken)
    {
        if (notification.ToStatus != "dissolved") return;
        var memberships = (await db.QueryAsync<Guid>(
            "SELECT id FROM net_members WHERE member_type = 'cooperative' AND member_id = @Id AND left_on IS NULL",
            new { Id = notification.CooperativeId }, cancellationToken)).ToList();
        var reason = "Cooperative dissolved" + (string.IsNullOrWhiteSpace(notification.Reason) ? "" : ": " + notification.Reason);
        await MembershipEnd.EndAsync(db, memberships, notification.EffectiveOn, reason, cancellationToken);
    }
}

internal sealed class GetOrganisationSummaryHandler(DbSession db) : IQueryHandler<GetOrganisationSummary, OrganisationSummary?>
{
    public async ValueTask<OrganisationSummary?> Handle(GetOrganisationSummary query, CancellationToken cancellationToken)
        => await db.QuerySingleOrDefaultAsync<OrganisationRow>($"SELECT {OrganisationRow.Columns} FROM net_organisations o WHERE o.id = @Id", new { Id = query.OrganisationId }, cancellationToken) is { } r
            ? new OrganisationSummary(r.Id, r.Kind, r.NameAr, r.NameFr, r.NameEn, r.Acronym, r.RegionCode)
            : null;
}

internal sealed class GetNetworkSummaryHandler(DbSession db) : IQueryHandler<GetNetworkSummary, NetworkSummary?>
{
    public async ValueTask<NetworkSummary?> Handle(GetNetworkSummary query, CancellationToken cancellationToken)
        => await Networks.NetworkQueries.FindAsync(db, query.NetworkId, cancellationToken) is { } r ? r.ToSummary() : null;
}

internal sealed class ListNetworksOfCooperativeHandler(DbSession db) : IQueryHandler<ListNetworksOfCooperative, IReadOnlyList<NetworkSummary>>
{
    public async ValueTask<IReadOnlyList<NetworkSummary>> Handle(ListNetworksOfCooperative query, CancellationToken cancellationToken)
        => (await db.QueryAsync<NetworkRow>($"""
            SELECT {NetworkRow.Columns} FROM net_networks n
            WHERE EXISTS (SELECT 1 FROM net_members x WHERE x.network_id = n.id AND x.member_type = 'cooperative' AND x.member_id = @Id AND x.left_on IS NULL)
            ORDER BY n.name_key
            """, new { Id = query.CooperativeId }, cancellationToken)).Select(r => r.ToSummary()).ToList();
}

internal static class NetworkSummaries
{
    public static NetworkSummary ToSummary(this NetworkRow r) => new(r.Id, r.Kind, r.NameAr, r.NameFr, r.Scope, r.RegionCode, r.ProvinceCode, r.Status, r.CurrentMembers);
}

internal sealed class FindOrganisationsHandler(DbSession db) : IQueryHandler<FindOrganisations, IReadOnlyList<OrganisationSummary>>
{
    public async ValueTask<IReadOnlyList<OrganisationSummary>> Handle(FindOrganisations query, CancellationToken cancellationToken)
    {
        var clauses = new List<string>();
        var p = new Dapper.DynamicParameters();
        CoopHub.Shared.Text.SearchClauses.AddTerms(clauses, p, db.Dialect, "o.search_text", query.Query);
        if (clauses.Count == 0) return [];
        var rows = await db.QueryAsync<OrganisationRow>(
            $"SELECT {OrganisationRow.Columns} FROM net_organisations o WHERE {string.Join(" AND ", clauses)} ORDER BY o.name_key, o.id", p, cancellationToken);
        return rows.Take(20).Select(r => new OrganisationSummary(r.Id, r.Kind, r.NameAr, r.NameFr, r.NameEn, r.Acronym, r.RegionCode)).ToList();
    }
}
