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
using Microsoft.Extensions.Options;

namespace CoopHub.Identity.ProveClaimWithCode;

/// <summary>The 6-digit code sent to the registry's contact.</summary>
internal sealed record ProveClaimWithCodeBody(string? Code);

internal sealed record ProveClaimWithCodeCommand(Guid ClaimId, string? Code) : ICommand<Result<ProveClaimOutcome>>;

/// <summary>
/// Success-shaped when the code is wrong (<see cref="WrongCode"/>), so the wrong attempt's count is committed (a failed
/// result rolls back); <see cref="Account"/> is the claimant's row once bound, for a fresh session cookie.
/// </summary>
internal sealed record ProveClaimOutcome(ClaimDetails? Claim, UserRow? Account, bool WrongCode);

internal sealed class ProveClaimWithCodeValidator : AbstractValidator<ProveClaimWithCodeCommand>
{
    public ProveClaimWithCodeValidator()
    {
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop).NotEmpty().WithText("identity.reset.code_required").Matches("^[0-9]{6}$").WithText("identity.reset.code_format");
    }
}

internal sealed class ProveClaimWithCodeAuthorizer() : SignedInOnly<ProveClaimWithCodeCommand>("identity.claims.accounts_only");

/// <summary>
/// The claimant's own claim waiting for its code: the right code (live: not expired, fewer than
/// <see cref="AccountCodeOptions.MaxCodeAttempts"/> wrong ones) proves it and binds her as a manager at once; a wrong one
/// counts, and the fifth burns the code. Someone else's claim is not found.
/// </summary>
internal sealed class ProveClaimWithCodeHandler(DbSession db, AuditTrail audit, CurrentUser user, TimeProvider clock, IOptions<AccountCodeOptions> options)
    : ICommandHandler<ProveClaimWithCodeCommand, Result<ProveClaimOutcome>>
{
    public async ValueTask<Result<ProveClaimOutcome>> Handle(ProveClaimWithCodeCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claim = await CooperativeClaims.FindAsync(db, command.ClaimId, cancellationToken);
        if (claim is null || claim.UserId != user.Id) return CooperativeClaims.NotFound();
        if (claim.StatusValue != ClaimStatus.AwaitingCode) return Error.Conflict("identity.claims.not_awaiting_code");
        if (!claim.CodeLive(now, options.Value.MaxCodeAttempts)) return new ProveClaimOutcome(null, null, true);
        if (!AccountCodes.Matches(claim.Id, claim.CodeHash!, command.Code!))
        {
            await db.ExecuteAsync("UPDATE idn_cooperative_claims SET code_attempts = code_attempts + 1 WHERE id = @Id", new { claim.Id }, cancellationToken);
            audit.Record("cooperativeClaim", claim.Id, null, new { wrongCode = true, attempts = claim.CodeAttempts + 1 });
            return new ProveClaimOutcome(null, null, true);
        }
        var changed = await db.ExecuteAsync("""
            UPDATE idn_cooperative_claims SET status = 'proved', code_hash = NULL, decided_at = @Now, decided_by = @By WHERE id = @Id AND status = 'awaitingCode'
            """, new { Now = now, By = user.Name, claim.Id }, cancellationToken);
        if (changed == 0) return Error.Conflict("identity.claims.not_awaiting_code");
        var account = await ManagerBindings.BindAsync(db, claim.UserId, claim.CooperativeId, now, cancellationToken);
        claim.Status = ApiJson.Api(ClaimStatus.Proved);
        claim.DecidedAt = now;
        claim.DecidedBy = user.Name;
        audit.Record("cooperativeClaim", claim.Id, null, new { status = claim.Status, claim.CooperativeId });
        audit.Record("user", claim.UserId, null, new { managerOf = claim.CooperativeId, byClaim = claim.Id });
        return new ProveClaimOutcome(claim.ToDetails(), account, false);
    }
}

internal static class ProveClaimWithCodeEndpoint
{
    public static RouteGroupBuilder MapProveClaimWithCode(this RouteGroupBuilder group)
    {
        group.MapPost("/{claimId:guid}/code", async Task<Results<Ok<ClaimDetails>, ProblemHttpResult>> (
                Guid claimId, ProveClaimWithCodeBody body, ISender sender, HttpContext context, CancellationToken ct) =>
            {
                var result = await sender.Send(new ProveClaimWithCodeCommand(claimId, body.Code), ct);
                if (result.IsFailure) return result.Error!.ToProblem();
                if (result.Value.WrongCode) return Error.Invalid("code", "identity.claims.code_invalid").ToProblem();
                // Her roles changed, so her session's stamp did: a fresh cookie keeps this session open with the new rights.
                await context.SignInAsync(Principals.CookieScheme, Principals.ForUser(result.Value.Account!));
                return TypedResults.Ok(result.Value.Claim!);
            })
            .WithName("ProveClaimWithCode")
            .WithSummary("Proves the caller's claim with the 6-digit code sent to the registry's contact: she manages the cooperative at once.")
            .RequireAuthorization()
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .ProducesProblems(400, 401, 403, 404, 409, 429);
        return group;
    }
}
