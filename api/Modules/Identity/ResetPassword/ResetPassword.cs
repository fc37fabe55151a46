using CoopHub.Identity.Model;
using CoopHub.Identity.SignIn;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CoopHub.Identity.ResetPassword;

/// <summary>Either the link's <c>token</c>, or the <c>email</c> (or <c>phone</c>) and the 6-digit <c>code</c> from the message; and the new password.</summary>
internal sealed record ResetPasswordCommand : ICommand<ResetPasswordOutcome>, ICodeProof
{
    public string? Token { get; init; }

    public string? Email { get; init; }

    /// <summary>Instead of <see cref="Email"/>: the Moroccan mobile number of an account made with it.</summary>
    public string? Phone { get; init; }

    public string? Code { get; init; }

    public string? NewPassword { get; init; }
}

/// <summary>
/// Success-shaped even when the token or code is wrong (<see cref="RefusedField"/> set), so the wrong code's count is
/// committed: a failed result would roll the attempt back, and a guesser would have unlimited tries.
/// </summary>
internal sealed record ResetPasswordOutcome(Guid? UserId, string? RefusedField);

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator()
    {
        this.ApplyProofRules();
        RuleFor(x => x.NewPassword).StrongPassword();
    }
}

internal sealed class ResetPasswordAuthorizer : IAuthorizer<ResetPasswordCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ResetPasswordCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// Sets the new password when the token or the code is live, spends it, and ends every session of the account (the
/// session's stamp includes the password hash). Unknown, used, expired or burnt: one answer, which names no account.
/// A reset also confirms the address (the person read a message sent there).
/// </summary>
internal sealed class ResetPasswordHandler(DbSession db, AuditTrail audit, TimeProvider clock, IOptions<AccountCodeOptions> options)
    : ICommandHandler<ResetPasswordCommand, ResetPasswordOutcome>
{
    public async ValueTask<ResetPasswordOutcome> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (code, field) = await AccountCodes.FindAsync(db, CodePurposes.Reset, command, now, options.Value.MaxCodeAttempts, cancellationToken);
        if (code is null) return new ResetPasswordOutcome(null, field);
        var user = await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { Id = code.UserId }, cancellationToken);
        if (user is null || user.Disabled) return new ResetPasswordOutcome(null, field);

        await AccountCodes.SpendAsync(db, code, now, cancellationToken);
        await db.ExecuteAsync("""
            UPDATE idn_users SET password_hash = @Hash, pending_verification = 0, updated_at = @Now,
                email_verified = CASE WHEN pending_verification = 1 AND email <> '' THEN 1 ELSE email_verified END,
                phone_verified = CASE WHEN pending_verification = 1 AND email = '' AND phone IS NOT NULL THEN 1 ELSE phone_verified END
            WHERE id = @Id
            """,
            new { Hash = Passwords.Hash(command.NewPassword!), Now = now, user.Id }, cancellationToken);
        audit.Record("user", user.Id, null, new { passwordReset = true, by = string.IsNullOrEmpty(command.Token) ? "code" : "link" });
        return new ResetPasswordOutcome(user.Id, null);
    }
}

internal static class ResetPasswordEndpoint
{
    public static RouteGroupBuilder MapResetPassword(this RouteGroupBuilder group)
    {
        group.MapPost("/password-reset/confirm", async Task<Results<NoContent, ProblemHttpResult>> (ResetPasswordCommand command, ISender sender, CancellationToken ct) =>
            {
                var outcome = await sender.Send(command, ct);
                return outcome.RefusedField is { } field ? Error.Invalid(field, "identity.reset.invalid").ToProblem() : TypedResults.NoContent();
            })
            .WithName("ResetPassword")
            .WithSummary("Sets a new password with the reset link's token, or the e-mail address or mobile number and the 6-digit code; every session of the account ends.")
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .ProducesProblems(400, 429);
        return group;
    }
}
