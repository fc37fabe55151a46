using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;

namespace CoopHub.Identity.Model;

/// <summary>The signed-in person's own account, for the use cases that change it (its password, language, addresses).</summary>
internal static class OwnAccount
{
    /// <summary>The caller's row, or null when the account was deleted while the session lived.</summary>
    public static Task<UserRow?> LoadAsync(DbSession db, Guid? id, CancellationToken cancellationToken)
        => db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { Id = id }, cancellationToken);

    /// <summary>404: the account the session names is gone.</summary>
    public static Error Gone() => new(ErrorKind.NotFound, "user.not_found", ServerText.Get("identity.users.own_account_gone"));
}

/// <summary>
/// An operation on the caller's own account or for an account only: any signed-in person, never an API key or an
/// anonymous caller (401/403 with <paramref name="code"/>, which says what to do in the reader's language).
/// </summary>
internal abstract class SignedInOnly<TMessage>(string code) : IAuthorizer<TMessage>
    where TMessage : Mediator.IMessage
{
    public ValueTask<AccessDenied?> AuthorizeAsync(TMessage message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsUser ? null : AccessDenied.For(user, code));
}
