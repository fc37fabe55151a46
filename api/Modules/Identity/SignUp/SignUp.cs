using CoopHub.Contracts.Notifications;
using CoopHub.Identity.CreateUser;
using CoopHub.Identity.Model;
using CoopHub.Identity.SignIn;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CoopHub.Identity.SignUp;

/// <summary>A person creates their own account: no role yet (claiming a cooperative comes next), usable once the address is confirmed.</summary>
internal sealed record SignUpCommand : ICommand<SignUpRequested>, IAccountAddressFields
{
    /// <summary>The e-mail address to confirm; or leave it out and give <see cref="Phone"/>.</summary>
    public string? Email { get; init; }

    /// <summary>A Moroccan mobile number (06…, 07…, +212…) instead of an e-mail address: the code comes by SMS.</summary>
    public string? Phone { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>At least 12 characters, not a common password. Never returned.</summary>
    public string? Password { get; init; }

    /// <summary>ar, fr or en: the language of the messages the account receives; default ar.</summary>
    public Language? Language { get; init; }
}

/// <summary>The one answer, whether or not the address already had an account.</summary>
internal sealed record SignUpRequested(string Message);

internal sealed class SignUpValidator : AbstractValidator<SignUpCommand>
{
    public SignUpValidator()
    {
        this.EmailOrMoroccanMobile("identity.users.email_or_phone_required");
        RuleFor(x => x.DisplayName).SafeText().NotEmpty().WithText("identity.users.display_name_required").MaximumLength(200);
        RuleFor(x => x.Password).StrongPassword();
    }
}

internal sealed class SignUpAuthorizer : IAuthorizer<SignUpCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(SignUpCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// A new address (an e-mail, or a Moroccan mobile whose messages go by SMS): an account waiting for confirmation, and a link and a code sent there. An address waiting already: a
/// fresh link and code (the earlier ones stop working). A confirmed account: its owner is told someone tried, and the
/// caller learns nothing. The password is hashed in every case, so the time taken does not tell either.
/// </summary>
internal sealed class SignUpHandler(DbSession db, ISender sender, TimeProvider clock, IOptions<AccountCodeOptions> options) : ICommandHandler<SignUpCommand, SignUpRequested>
{
    public async ValueTask<SignUpRequested> Handle(SignUpCommand command, CancellationToken cancellationToken)
    {
        var answer = new SignUpRequested(ServerText.Get("identity.sign_up.requested"));
        var language = command.Language ?? Language.Ar;
        var key = AccountAddress.Key(command.Email, command.Phone);
        var existing = await db.QuerySingleOrDefaultAsync<UserRow>(
            $"SELECT {UserRow.Columns} FROM idn_users WHERE {AccountAddress.KeyMatches}", new { EmailKey = key }, cancellationToken);
        if (existing is not null)
        {
            var hash = Passwords.Hash(command.Password!); // in every branch, once: the time taken tells nothing
            if (existing.Disabled) return answer;
            if (existing.PendingVerification)
            {
                await db.ExecuteAsync("UPDATE idn_users SET password_hash = @Hash, display_name = @Name, language = @Language, updated_at = @Now WHERE id = @Id",
                    new { Hash = hash, Name = command.DisplayName!.Trim(), Language = language.ToString().ToLowerInvariant(), Now = clock.GetUtcNow(), existing.Id },
                    cancellationToken);
                existing.Language = language.ToString().ToLowerInvariant();
                await SendVerificationAsync(existing, cancellationToken);
                return answer;
            }
            await AccountMessages.SendAsync(sender, existing, AccountMessageKinds.AlreadyRegistered, null, cancellationToken, toPhone: AccountAddress.HasPhone(command.Phone));
            return answer;
        }
        // A number's account is created under its key, then its e-mail emptied and the number kept (AccountAddress).
        var row = await UserWrites.CreateAsync(db, clock, AccountAddress.HasPhone(command.Phone) ? key : command.Email!, command.DisplayName!, language, command.Password!, [], null, null, null, cancellationToken);
        if (row is null) return answer; // created a moment ago by a twin request: that one sent the message
        if (AccountAddress.HasPhone(command.Phone))
        {
            row.Email = "";
            row.Phone = key;
        }
        await db.ExecuteAsync("UPDATE idn_users SET pending_verification = 1, email = @Email, phone = @Phone WHERE id = @Id", new { row.Id, row.Email, row.Phone }, cancellationToken);
        await SendVerificationAsync(row, cancellationToken);
        return answer;
    }

    private async Task SendVerificationAsync(UserRow user, CancellationToken ct)
    {
        var issued = await AccountCodes.IssueAsync(db, user.Id, CodePurposes.Verify, options.Value.VerificationLifetime, clock.GetUtcNow(), ct);
        await AccountMessages.SendAsync(sender, user, AccountMessageKinds.Verification, issued, ct);
    }
}

internal static class SignUpEndpoint
{
    public static RouteGroupBuilder MapSignUp(this RouteGroupBuilder group)
    {
        group.MapPost("/sign-up", async Task<Accepted<SignUpRequested>> (SignUpCommand command, ISender sender, CancellationToken ct)
                => TypedResults.Accepted((string?)null, await sender.Send(command, ct)))
            .WithName("SignUp")
            .WithSummary("Creates an account waiting for its e-mail address (a link and a 6-digit code) or Moroccan mobile number (a 6-digit code by SMS) to be confirmed; the same 202 answer whether or not it had an account.")
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .ProducesProblems(400, 429);
        return group;
    }
}
