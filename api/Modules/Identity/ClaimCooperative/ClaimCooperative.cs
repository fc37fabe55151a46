using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Documents;
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
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopHub.Identity.ClaimCooperative;

/// <summary>The multipart form: the registry's number and, when the registry has no contact for it, the registration certificate.</summary>
internal sealed class ClaimCooperativeForm
{
    /// <summary>As the registry writes it, e.g. <c>01-2014-000041</c>.</summary>
    public string? RegistrationNumber { get; set; }

    /// <summary>
    /// The registration certificate (PDF, JPEG, PNG or WebP, checked from the content, at most 10 MB): needed when the
    /// registry holds no contact for the cooperative; when given, the claim goes to staff even if it has one.
    /// </summary>
    public IFormFile? Proof { get; set; }
}

internal sealed record ClaimCooperativeCommand(string? RegistrationNumber, string? ProofFileName, byte[]? Proof) : ICommand<Result<ClaimDetails>>;

internal sealed class ClaimCooperativeValidator : AbstractValidator<ClaimCooperativeCommand>
{
    public ClaimCooperativeValidator()
    {
        RuleFor(x => x.RegistrationNumber).SafeText().NotEmpty().WithText("identity.claims.number_required").MaximumLength(50);
        // The proof's file name is not checked here: the vault keeps only its last segment, without control characters.
    }
}

/// <summary>A signed-in account, confirmed (it could sign in), whatever its roles; not an API key.</summary>
internal sealed class ClaimCooperativeAuthorizer() : SignedInOnly<ClaimCooperativeCommand>("identity.claims.accounts_only");

/// <summary>
/// Finds the cooperative in the registry and starts the claim: with a proof, it is stored in the cooperative's vault
/// (Documents' <see cref="StoreCooperativeDocument"/>) and the claim waits for staff; without one, a code goes to the
/// registry's e-mail and Moroccan mobile (Notifications' <see cref="QueueClaimCode"/>) and the claim waits for it.
/// </summary>
internal sealed class ClaimCooperativeHandler(DbSession db, ISender sender, AuditTrail audit, CurrentUser user, TimeProvider clock, IOptions<AccountCodeOptions> options)
    : ICommandHandler<ClaimCooperativeCommand, Result<ClaimDetails>>
{
    public async ValueTask<Result<ClaimDetails>> Handle(ClaimCooperativeCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var number = command.RegistrationNumber!.Trim();
        var registry = await sender.Send(new FindCooperativeByRegistrationNumber(number), cancellationToken);
        if (registry is null) return OnNumber(ErrorKind.NotFound, "identity.claims.unknown_number", ("number", number));
        if (registry.Status is "dissolved" or "inLiquidation")
        {
            return OnNumber(ErrorKind.Unprocessable, registry.Status == "dissolved" ? "identity.claims.cooperative_dissolved" : "identity.claims.cooperative_in_liquidation");
        }
        var account = (await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { Id = user.Id }, cancellationToken))!;
        if (ManagerBindings.IsManagerOf(account, registry.CooperativeId)) return Error.Conflict("identity.claims.already_manager");

        var open = await db.QueryAsync<ClaimRow>($"SELECT {ClaimRow.Columns} {ClaimRow.From} WHERE c.user_id = @UserId AND c.cooperative_id = @CooperativeId AND c.status IN ('awaitingCode', 'awaitingReview')",
            new { UserId = account.Id, registry.CooperativeId }, cancellationToken);
        if (open.Any(c => c.StatusValue == ClaimStatus.AwaitingReview || c.CodeLive(now, options.Value.MaxCodeAttempts))) return Error.Conflict("identity.claims.already_waiting");
        await db.ExecuteAsync("UPDATE idn_cooperative_claims SET status = 'expired' WHERE user_id = @UserId AND cooperative_id = @CooperativeId AND status = 'awaitingCode'",
            new { UserId = account.Id, registry.CooperativeId }, cancellationToken);

        var claim = new ClaimRow
        {
            Id = Guid.NewGuid(), UserId = account.Id, CooperativeId = registry.CooperativeId, RegistrationNumber = number, RegionCode = registry.RegionCode,
            CooperativeName = CooperativeClaims.NameOf(registry.NameAr, registry.NameFr, account.Language, number), CreatedAt = now,
            ClaimantName = account.DisplayName, ClaimantEmail = account.Email,
        };
        var email = CooperativeClaims.EmailOf(registry.Email);
        var mobile = CooperativeClaims.MobileOf(registry.Phone);
        if (command.Proof is not null)
        {
            var stored = await sender.Send(new StoreCooperativeDocument(registry.CooperativeId, "registrationCertificate", command.ProofFileName, command.Proof), cancellationToken);
            if (!stored.Stored) return OnProof(stored);
            claim.Method = ApiJson.Api(ClaimMethod.Proof);
            claim.Status = ApiJson.Api(ClaimStatus.AwaitingReview);
            claim.ProofDocumentId = stored.DocumentId;
        }
        else if (email is not null || mobile is not null)
        {
            var since = now - TimeSpan.FromDays(1);
            var recent = await db.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM idn_cooperative_claims WHERE user_id = @UserId AND cooperative_id = @CooperativeId AND method = 'code' AND created_at > @Since",
                new { UserId = account.Id, registry.CooperativeId, Since = since }, cancellationToken);
            if (recent >= options.Value.MaxClaimCodesPerDay) return Error.Conflict("identity.claims.too_many_codes", ("count", options.Value.MaxClaimCodesPerDay));
            var code = AccountCodes.NewCode();
            var sentTo = new List<string>();
            if (email is not null)
            {
                await sender.Send(new QueueClaimCode(registry.CooperativeId, ClaimCodeChannels.Email, email, account.Language, claim.CooperativeName, code), cancellationToken);
                sentTo.Add(CooperativeClaims.MaskEmail(email));
            }
            if (mobile is not null)
            {
                await sender.Send(new QueueClaimCode(registry.CooperativeId, ClaimCodeChannels.Sms, mobile, account.Language, claim.CooperativeName, code), cancellationToken);
                sentTo.Add(CooperativeClaims.MaskPhone(mobile));
            }
            claim.Method = ApiJson.Api(ClaimMethod.Code);
            claim.Status = ApiJson.Api(ClaimStatus.AwaitingCode);
            claim.CodeHash = AccountCodes.HashCode(claim.Id, code);
            claim.CodeExpiresAt = now + options.Value.ClaimCodeLifetime;
            claim.CodeSentTo = ApiJson.WriteList(sentTo);
        }
        else
        {
            return Error.Invalid("proof", "identity.claims.proof_required");
        }

        await db.ExecuteAsync("""
            INSERT INTO idn_cooperative_claims (id, user_id, cooperative_id, registration_number, cooperative_name, region_code, method, status, code_hash,
                code_attempts, code_expires_at, code_sent_to, proof_document_id, reason, created_at, decided_at, decided_by)
            VALUES (@Id, @UserId, @CooperativeId, @RegistrationNumber, @CooperativeName, @RegionCode, @Method, @Status, @CodeHash,
                0, @CodeExpiresAt, @CodeSentTo, @ProofDocumentId, NULL, @CreatedAt, NULL, NULL)
            """, claim, cancellationToken);
        if (claim.StatusValue == ClaimStatus.AwaitingReview)
        {
            // Staff of the region hear of it, queued in the claim's transaction: no claim waits unannounced.
            await sender.Send(new QueueClaimForReview(claim.Id, claim.CooperativeId, number, registry.NameAr, registry.NameFr, registry.RegionCode, account.DisplayName),
                cancellationToken);
        }
        var details = claim.ToDetails();
        audit.Record("cooperativeClaim", claim.Id, null, new { details.CooperativeId, details.RegistrationNumber, details.Method, details.Status, details.CodeSentTo, details.ProofDocumentId });
        return details;
    }

    private static Error OnNumber(ErrorKind kind, string code, params (string Name, object? Value)[] args)
    {
        var message = ServerText.Get(code, args);
        return new Error(kind, code, message, new Dictionary<string, string[]> { ["registrationNumber"] = [message] },
            new Dictionary<string, object?> { ["fieldCodes"] = new Dictionary<string, string[]> { ["registrationNumber"] = [code] } });
    }

    private static Error OnProof(StoredCooperativeDocument refused)
        => new(refused.Conflict ? ErrorKind.Conflict : ErrorKind.Validation, refused.RefusalCode!, refused.RefusalText!,
            new Dictionary<string, string[]> { ["proof"] = [refused.RefusalText!] },
            new Dictionary<string, object?> { ["fieldCodes"] = new Dictionary<string, string[]> { ["proof"] = [refused.RefusalCode!] } });
}

internal static class ClaimCooperativeEndpoint
{
    /// <summary>The proof's ceiling plus room for the form's other fields and boundaries.</summary>
    private const long FormOverhead = 64 * 1024;

    public static RouteGroupBuilder MapClaimCooperative(this RouteGroupBuilder group)
    {
        var maxBytes = ((IEndpointRouteBuilder)group).ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Documents:MaxBytes", 10L * 1024 * 1024);
        group.MapPost("/", async Task<Results<Created<ClaimDetails>, ProblemHttpResult>> ([FromForm] ClaimCooperativeForm form, ISender sender, CancellationToken ct) =>
            {
                byte[]? proof = null;
                if (form.Proof is not null)
                {
                    if (form.Proof.Length > maxBytes)
                    {
                        return TypedResults.Problem(new ProblemDetails
                        {
                            Status = StatusCodes.Status413PayloadTooLarge,
                            Title = ProblemResults.Title(413),
                            Detail = ServerText.Get("identity.claims.proof_too_large", ("limit", maxBytes / 1024)),
                            Extensions = { ["code"] = "identity.claims.proof_too_large" },
                        });
                    }
                    using var buffer = new MemoryStream((int)form.Proof.Length);
                    await form.Proof.CopyToAsync(buffer, ct);
                    proof = buffer.ToArray();
                }
                var result = await sender.Send(new ClaimCooperativeCommand(form.RegistrationNumber, form.Proof?.FileName, proof), ct);
                return result.ToCreated(c => $"{ApiRoutes.V1}/cooperative-claims?mine=true");
            })
            .WithName("ClaimCooperative")
            .WithSummary("Claims a cooperative by its registration number (multipart: registrationNumber, proof?): a code goes to the registry's contact, or the registration certificate goes to staff of its region.")
            .RequireAuthorization()
            .DisableAntiforgery()
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .WithBodySizeLimit(maxBytes + FormOverhead)
            .ProducesProblems(400, 401, 403, 404, 409, 413, 415, 422, 429);
        return group;
    }
}
