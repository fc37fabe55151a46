using CoopHub.Shared.Data;
using CoopHub.Shared.Http;

namespace CoopHub.Networks.Model;

/// <summary>A row of <c>net_projects</c> (the memberships involved as a JSON list) and how a network's projects are read.</summary>
internal sealed class ProjectRow
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Sector { get; set; }
    public string Memberships { get; set; } = "[]";
    public DateOnly? StartedOn { get; set; }
    public string Status { get; set; } = "";

    /// <summary>The network's projects in the order they were created.</summary>
    public static Task<IEnumerable<ProjectRow>> ListAsync(DbSession db, Guid networkId, CancellationToken ct)
        => db.QueryAsync<ProjectRow>("""
            SELECT p.id AS Id, p.title AS Title, p.description AS Description, p.sector AS Sector, p.memberships AS Memberships,
                   p.started_on AS StartedOn, p.status AS Status
            FROM net_projects p WHERE p.network_id = @NetworkId ORDER BY p.created_at, p.id
            """, new { NetworkId = networkId }, ct);

    public NetworkProject ToApi() => new(Id, Title, Description, Sector, ApiJson.Guids(Memberships), StartedOn, ApiJson.Parse<ProjectStatus>(Status));
}
