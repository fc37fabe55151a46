using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Notifications;
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
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.DecideCooperativeClaim;

internal enum ClaimDecision
{
    Approve,
    Refuse,
}

/// <summary>approve, or refuse with a reason (required then; shown to the claimant as typed).</summary>
internal sealed record DecideCooperativeClaimBody(ClaimDecision? Decision, string? Reason);

internal sealed record DecideCooperativeClaimCommand(Guid ClaimId, ClaimDecision? Decision, string? Reason) : ICommand<Result<ClaimDetails>>;

internal sealed class DecideCooperativeClaimValidator : AbstractValidator<DecideCooperativeClaimCommand>
{
    public DecideCooperativeClaimValidator()
    {
        RuleFor(x => x.Decision).NotNull().WithText("identity.claims.decision_required");
        RuleFor(x => x.Reason).SafeMultilineText().MaximumLength(1000);
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(x => x.Decision == ClaimDecision.Refuse).WithText("identity.claims.reason_required");
    }
}

internal sealed class DecideCooperativeClaimAuthorizer : IAuthorizer<DecideCooperativeClaimCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(DecideCooperativeClaimCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "auth.staff_only"));
}

/// <summary>
/// Staff of the cooperative's region (as the registry says today) decide a claim waiting for them; anyone else's is not
/// found. Approving binds the claimant as a manager; either way she is told, in her language, in the inbox and by e-mail.
/// </summary>
internal sealed class DecideCooperativeClaimHandler(DbSession db, ISender sender, AuditTrail audit, CurrentUser user, TimeProvider clock)
    : ICommandHandler<DecideCooperativeClaimCommand, Result<ClaimDetails>>
{
    public async ValueTask<Result<ClaimDetails>> Handle(DecideCooperativeClaimCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claim = await CooperativeClaims.FindAsync(db, command.ClaimId, cancellationToken);
        if (claim is null) return CooperativeClaims.NotFound();
        var region = (await sender.Send(new GetCooperativeSummary(claim.CooperativeId), cancellationToken))?.RegionCode ?? claim.RegionCode;
        if (!user.CanManageRegion(region)) return CooperativeClaims.NotFound();
        if (claim.StatusValue != ClaimStatus.AwaitingReview) return Error.Conflict("identity.claims.not_awaiting_review");
        var approve = command.Decision == ClaimDecision.Approve;
        var status = ApiJson.Api(approve ? ClaimStatus.Approved : ClaimStatus.Refused);
        var reason = approve ? null : command.Reason!.Trim();
        var changed = await db.ExecuteAsync("""
            UPDATE idn_cooperative_claims SET status = @Status, reason = @Reason, decided_at = @Now, decided_by = @By WHERE id = @Id AND status = 'awaitingReview'
            """, new { Status = status, Reason = reason, Now = now, By = user.Name, claim.Id }, cancellationToken);
        if (changed == 0) return Error.Conflict("identity.claims.not_awaiting_review");
        if (approve)
        {
            await ManagerBindings.BindAsync(db, claim.UserId, claim.CooperativeId, now, cancellationToken);
            audit.Record("user", claim.UserId, null, new { managerOf = claim.CooperativeId, byClaim = claim.Id });
        }
        var claimant = await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { Id = claim.UserId }, cancellationToken);
        await sender.Send(new QueueClaimDecision(claim.UserId, claim.ClaimantEmail, claimant?.Language ?? "ar", claim.CooperativeName ?? claim.RegistrationNumber, approve, reason,
            claimant is null ? null : AccountAddress.NotificationMobile(claimant)), cancellationToken);
        claim.Status = status;
        claim.Reason = reason;
        claim.DecidedAt = now;
        claim.DecidedBy = user.Name;
        audit.Record("cooperativeClaim", claim.Id, null, new { status, reason, claim.CooperativeId });
        return claim.ToDetails();
    }
}

internal static class DecideCooperativeClaimEndpoint
{
    public static RouteGroupBuilder MapDecideCooperativeClaim(this RouteGroupBuilder group)
    {
        group.MapPost("/{claimId:guid}/decision", async Task<Results<Ok<ClaimDetails>, ProblemHttpResult>> (
                Guid claimId, DecideCooperativeClaimBody body, ISender sender, CancellationToken ct)
                => (await sender.Send(new DecideCooperativeClaimCommand(claimId, body.Decision, body.Reason), ct)).ToOk())
            .WithName("DecideCooperativeClaim")
            .WithSummary("Staff of the cooperative's region approve a claim waiting for them (the claimant becomes a manager), or refuse it with a reason; the claimant is told.")
            .RequireAuthorization()
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}
