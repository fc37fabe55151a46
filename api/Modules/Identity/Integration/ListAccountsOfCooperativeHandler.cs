using CoopHub.Contracts.Identity;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Identity.Integration;

/// <summary>Answers <see cref="ListAccountsOfCooperative"/>: the enabled accounts bound to the cooperative, to write to (Notifications).</summary>
internal sealed class ListAccountsOfCooperativeHandler(DbSession db) : IQueryHandler<ListAccountsOfCooperative, IReadOnlyList<AccountContact>>
{
    public async ValueTask<IReadOnlyList<AccountContact>> Handle(ListAccountsOfCooperative query, CancellationToken cancellationToken)
    {
        // The bindings are a JSON list: the LIKE narrows, the parsed list decides.
        var users = await db.QueryAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE disabled = @No AND cooperatives LIKE @Pattern ORDER BY display_name, id",
            new { No = false, Pattern = "%" + query.CooperativeId.ToString("D") + "%" }, cancellationToken);
        return users.Where(u => IdentityJson.Guids(u.Cooperatives).Contains(query.CooperativeId))
            .Select(u => new AccountContact(u.Id, u.Email, u.DisplayName, u.Language.ToLowerInvariant(), AccountAddress.NotificationMobile(u)))
            .ToList();
    }
}
