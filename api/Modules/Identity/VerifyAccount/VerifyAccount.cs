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

/// <summary>Either the link's <c>token</c>, or the <c>email</c> and the 6-digit <c>code</c> from the message.</summary>
internal sealed record VerifyAccountCommand : ICommand<VerifyAccountOutcome>
{
    public string? Token { get; init; }

    public string? Email { get; init; }

    public string? Code { get; init; }
}

/// <summary>Success-shaped when refused (<see cref="RefusedField"/>), so a wrong code's count is committed.</summary>
internal sealed record VerifyAccountOutcome(Guid? UserId, string? RefusedField);

internal sealed class VerifyAccountValidator : AbstractValidator<VerifyAccountCommand>
{
    public VerifyAccountValidator()
    {
        When(x => string.IsNullOrEmpty(x.Token), () =>
        {
            RuleFor(x => x.Email).SafeText().NotEmpty().WithText("identity.sign_in.email_required").MaximumLength(200);
            RuleFor(x => x.Code).Cascade(CascadeMode.Stop).NotEmpty().WithText("identity.reset.code_required")
                .Matches("^[0-9]{6}$").WithText("identity.reset.code_format");
        });
        RuleFor(x => x.Token).SafeText().MaximumLength(100);
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
        var max = options.Value.MaxCodeAttempts;
        var field = string.IsNullOrEmpty(command.Token) ? "code" : "token";
        AccountCodeRow? code;
        if (!string.IsNullOrEmpty(command.Token))
        {
            code = await AccountCodes.ByTokenAsync(db, CodePurposes.Verify, command.Token, now, max, cancellationToken);
        }
        else
        {
            var userId = await db.QuerySingleOrDefaultAsync<Guid?>("SELECT id FROM idn_users WHERE email_key = @EmailKey",
                new { EmailKey = SignInBackoff.AccountKey(command.Email) }, cancellationToken);
            code = userId is { } id ? await AccountCodes.ByCodeAsync(db, id, CodePurposes.Verify, command.Code!, now, max, cancellationToken) : null;
        }
        if (code is null) return new VerifyAccountOutcome(null, field);
        await AccountCodes.SpendAsync(db, code, now, cancellationToken);
        await db.ExecuteAsync("UPDATE idn_users SET pending_verification = 0, updated_at = @Now WHERE id = @Id", new { Now = now, Id = code.UserId }, cancellationToken);
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
            .WithSummary("Confirms a new account's address with the link's token, or the address and the 6-digit code; the account can then sign in.")
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .ProducesProblems(400, 429);
        return group;
    }
}
