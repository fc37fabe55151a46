using CoopHub.Identity.Authentication;
using CoopHub.Identity.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.RemoveAccountAddress;

/// <summary>Which address to take off the account, and the account's password.</summary>
internal sealed record RemoveAccountAddressCommand : ICommand<Result<UserRow>>
{
    /// <summary><c>email</c> or <c>phone</c>.</summary>
    public AccountAddressKind? Kind { get; init; }

    /// <summary>The account's current password.</summary>
    public string? Password { get; init; }
}

internal sealed class RemoveAccountAddressValidator : AbstractValidator<RemoveAccountAddressCommand>
{
    public RemoveAccountAddressValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithText("identity.address.kind_required");
        RuleFor(x => x.Password).NotEmpty().WithText("identity.password.current_required").MaximumLength(200);
    }
}

internal sealed class RemoveAccountAddressAuthorizer() : SignedInOnly<RemoveAccountAddressCommand>("identity.address.signed_in_only");

/// <summary>
/// Takes an e-mail address or a mobile number off the account, with its password, as long as the other one stays and
/// was proved by a code (409 <c>identity.address.last_verified</c> otherwise: the account must stay reachable for a
/// reset). The remaining address becomes the account's key (<c>email_key</c>) when the removed one was; an address
/// code waiting is spent (it could bring the removed address back). Audited; other sessions end (the session's stamp
/// names the account's addresses).
/// </summary>
internal sealed class RemoveAccountAddressHandler(DbSession db, AuditTrail audit, CurrentUser user, TimeProvider clock)
    : ICommandHandler<RemoveAccountAddressCommand, Result<UserRow>>
{
    public async ValueTask<Result<UserRow>> Handle(RemoveAccountAddressCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = await OwnAccount.LoadAsync(db, user.Id, cancellationToken);
        if (row is null) return OwnAccount.Gone();
        if (!Passwords.Verify(row.PasswordHash, command.Password!)) return Error.Invalid("password", "identity.password.current_wrong");
        var email = command.Kind == AccountAddressKind.Email;
        if (string.IsNullOrEmpty(email ? row.Email : row.Phone)) return Error.Conflict("identity.address.missing");
        var otherStays = email ? !string.IsNullOrEmpty(row.Phone) && row.PhoneVerified : !string.IsNullOrEmpty(row.Email) && row.EmailVerified;
        if (!otherStays) return Error.Conflict("identity.address.last_verified");

        var before = new { email = row.Email, phone = row.Phone };
        var removedKey = email ? AccountAddress.Key(row.Email, null) : row.Phone!;
        if (row.EmailKey == removedKey) row.EmailKey = row.SecondKey!;
        row.SecondKey = null;
        if (email)
        {
            row.Email = "";
            row.EmailVerified = false;
        }
        else
        {
            row.Phone = null;
            row.PhoneVerified = false;
        }
        row.UpdatedAt = now;
        await db.ExecuteAsync("""
            UPDATE idn_users SET email = @Email, phone = @Phone, email_key = @EmailKey, second_key = @SecondKey, email_verified = @EmailVerified,
                phone_verified = @PhoneVerified, version = version + 1, updated_at = @UpdatedAt
            WHERE id = @Id
            """, row, cancellationToken);
        await db.ExecuteAsync("UPDATE idn_account_codes SET used_at = @Now WHERE user_id = @Id AND purpose = @Purpose AND used_at IS NULL",
            new { Now = now, row.Id, Purpose = CodePurposes.Address }, cancellationToken);
        row.Version++;
        audit.Record("user", row.Id, before, new { email = row.Email, phone = row.Phone, addressRemoved = email ? "email" : "phone" });
        return row;
    }
}

internal static class RemoveAccountAddressEndpoint
{
    public static RouteGroupBuilder MapRemoveAccountAddress(this RouteGroupBuilder group)
    {
        group.MapPost("/me/addresses/remove", async Task<Results<NoContent, ProblemHttpResult>> (RemoveAccountAddressCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
            {
                var result = await sender.Send(command, ct);
                if (result.IsFailure) return result.Error!.ToProblem();
                // The stamp names the account's addresses: this session gets a fresh cookie, the others end.
                await context.SignInAsync(Principals.CookieScheme, Principals.ForUser(result.Value));
                return TypedResults.NoContent();
            })
            .WithName("RemoveAccountAddress")
            .WithSummary("With the account's password, takes its e-mail address or its mobile number off it, as long as the other one stays, proved; other sessions end.")
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .ProducesProblems(400, 401, 403, 404, 409, 429);
        return group;
    }
}
