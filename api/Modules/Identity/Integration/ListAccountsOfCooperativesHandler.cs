using CoopHub.Contracts.Identity;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Identity.Integration;

/// <summary>
/// Answers <see cref="ListAccountsOfCooperatives"/>: one read of the enabled accounts bound to some cooperative (the
/// bindings are a JSON list, so no index can look up 500 ids; bound accounts are few next to the registry), matched
/// here against the ids asked.
/// </summary>
internal sealed class ListAccountsOfCooperativesHandler(DbSession db) : IQueryHandler<ListAccountsOfCooperatives, IReadOnlyList<CooperativeAccount>>
{
    public async ValueTask<IReadOnlyList<CooperativeAccount>> Handle(ListAccountsOfCooperatives query, CancellationToken cancellationToken)
    {
        if (query.CooperativeIds.Count == 0) return [];
        var wanted = query.CooperativeIds.ToHashSet();
        var users = await db.QueryAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE disabled = @No AND cooperatives <> @None ORDER BY display_name, id",
            new { No = false, None = "[]" }, cancellationToken);
        return users.SelectMany(u => IdentityJson.Guids(u.Cooperatives).Where(wanted.Contains).Distinct()
                .Select(c => new CooperativeAccount(c, new AccountContact(u.Id, u.Email, u.DisplayName, u.Language.ToLowerInvariant(), AccountAddress.NotificationMobile(u)))))
            .ToList();
    }
}
