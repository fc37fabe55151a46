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

namespace CoopHub.Identity.VerifyAccount;

/// <summary>Either the link's <c>token</c>, or the <c>email</c> (or <c>phone</c>) and the 6-digit <c>code</c> from the message.</summary>
internal sealed record VerifyAccountCommand : ICommand<VerifyAccountOutcome>, ICodeProof
{
    public string? Token { get; init; }

    public string? Email { get; init; }

    /// <summary>Instead of <see cref="Email"/>: the Moroccan mobile number of an account made with it.</summary>
    public string? Phone { get; init; }

    public string? Code { get; init; }
}

/// <summary>Success-shaped when refused (<see cref="RefusedField"/>), so a wrong code's count is committed.</summary>
internal sealed record VerifyAccountOutcome(Guid? UserId, string? RefusedField);

internal sealed class VerifyAccountValidator : AbstractValidator<VerifyAccountCommand>
{
    public VerifyAccountValidator()
    {
        this.ApplyProofRules();
    }
}

internal sealed class VerifyAccountAuthorizer : IAuthorizer<VerifyAccountCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(VerifyAccountCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>Confirms the address of an account created by sign-up: it can sign in from now on. Again with a spent link: refused, the account stays confirmed.</summary>
internal sealed class VerifyAccountHandler(DbSession db, AuditTrail audit, TimeProvider clock, IOptions<AccountCodeOptions> options)
    : ICommandHandler<VerifyAccountCommand, VerifyAccountOutcome>
{
    public async ValueTask<VerifyAccountOutcome> Handle(VerifyAccountCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (code, field) = await AccountCodes.FindAsync(db, CodePurposes.Verify, command, now, options.Value.MaxCodeAttempts, cancellationToken);
        if (code is null) return new VerifyAccountOutcome(null, field);
        await AccountCodes.SpendAsync(db, code, now, cancellationToken);
        await db.ExecuteAsync("""
            UPDATE idn_users SET pending_verification = 0, updated_at = @Now,
                email_verified = CASE WHEN email <> '' THEN 1 ELSE email_verified END,
                phone_verified = CASE WHEN email = '' AND phone IS NOT NULL THEN 1 ELSE phone_verified END
            WHERE id = @Id
            """, new { Now = now, Id = code.UserId }, cancellationToken);
        audit.Record("user", code.UserId, null, new { addressConfirmed = true });
        return new VerifyAccountOutcome(code.UserId, null);
    }
}

internal static class VerifyAccountEndpoint
{
    public static RouteGroupBuilder MapVerifyAccount(this RouteGroupBuilder group)
    {
        group.MapPost("/verify", async Task<Results<NoContent, ProblemHttpResult>> (VerifyAccountCommand command, ISender sender, CancellationToken ct) =>
            {
                var outcome = await sender.Send(command, ct);
                return outcome.RefusedField is { } field ? Error.Invalid(field, "identity.reset.invalid").ToProblem() : TypedResults.NoContent();
            })
            .WithName("VerifyAccount")
            .WithSummary("Confirms a new account's address with the link's token, or the e-mail address or mobile number and the 6-digit code; the account can then sign in.")
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .ProducesProblems(400, 429);
        return group;
    }
}
