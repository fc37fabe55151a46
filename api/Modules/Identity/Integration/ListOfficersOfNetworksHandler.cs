using CoopHub.Contracts.Identity;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Identity.Integration;

/// <summary>Answers <see cref="ListOfficersOfNetworks"/>: one read of the enabled accounts bound to some network, kept when they are officers of one asked.</summary>
internal sealed class ListOfficersOfNetworksHandler(DbSession db) : IQueryHandler<ListOfficersOfNetworks, IReadOnlyList<NetworkOfficer>>
{
    public async ValueTask<IReadOnlyList<NetworkOfficer>> Handle(ListOfficersOfNetworks query, CancellationToken cancellationToken)
    {
        if (query.NetworkIds.Count == 0) return [];
        var wanted = query.NetworkIds.ToHashSet();
        var users = await db.QueryAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE disabled = @No AND networks <> @None ORDER BY display_name, id",
            new { No = false, None = "[]" }, cancellationToken);
        return users.Where(u => IdentityJson.Strings(u.Roles).Contains(CoopHub.Shared.Security.Roles.NetworkOfficer))
            .SelectMany(u => IdentityJson.Guids(u.Networks).Where(wanted.Contains).Distinct()
                .Select(n => new NetworkOfficer(n, new AccountContact(u.Id, u.Email, u.DisplayName, u.Language.ToLowerInvariant(), AccountAddress.NotificationMobile(u)))))
            .ToList();
    }
}
