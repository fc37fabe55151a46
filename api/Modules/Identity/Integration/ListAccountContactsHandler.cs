using CoopHub.Contracts.Identity;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Identity.Integration;

/// <summary>Answers <see cref="ListAccountContacts"/>: the enabled accounts among the ids, one query per 500.</summary>
internal sealed class ListAccountContactsHandler(DbSession db) : IQueryHandler<ListAccountContacts, IReadOnlyList<AccountContact>>
{
    public async ValueTask<IReadOnlyList<AccountContact>> Handle(ListAccountContacts query, CancellationToken cancellationToken)
    {
        var contacts = new List<AccountContact>();
        foreach (var chunk in query.AccountIds.Distinct().Select(id => id.ToString("D")).Chunk(500))
        {
            var users = await db.QueryAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE disabled = @No AND id IN @Ids", new { No = false, Ids = chunk }, cancellationToken);
            contacts.AddRange(users.Select(u => new AccountContact(u.Id, u.Email, u.DisplayName, u.Language.ToLowerInvariant(), AccountAddress.NotificationMobile(u))));
        }
        return contacts;
    }
}
