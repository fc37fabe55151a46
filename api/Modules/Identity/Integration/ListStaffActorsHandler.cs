using CoopHub.Contracts.Identity;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Identity.Integration;

/// <summary>Answers <see cref="ListStaffActors"/>: the staff who may review or judge in a region (and every administrator).</summary>
internal sealed class ListStaffActorsHandler(DbSession db) : IQueryHandler<ListStaffActors, IReadOnlyList<ActorSummary>>
{
    public async ValueTask<IReadOnlyList<ActorSummary>> Handle(ListStaffActors query, CancellationToken cancellationToken)
    {
        var users = await db.QueryAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE disabled = @No ORDER BY display_name, id", new { No = false }, cancellationToken);
        return users.Select(u => u.ToActor())
            .Where(a => a.Roles.Contains(Roles.Admin)
                || (a.Roles.Contains(Roles.Staff) && (query.RegionCode is null || a.Regions.Contains(CoopHubClaims.National) || a.Regions.Contains(query.RegionCode))))
            .ToList();
    }
}
