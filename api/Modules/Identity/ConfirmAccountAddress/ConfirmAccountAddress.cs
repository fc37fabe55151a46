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

namespace CoopHub.Identity.ConfirmAccountAddress;

/// <summary>The 6-digit code sent to the address being added.</summary>
internal sealed record ConfirmAccountAddressCommand : ICommand<Result<ConfirmAccountAddressOutcome>>
{
    public string? Code { get; init; }
}

/// <summary>
/// Success-shaped when refused (<see cref="RefusedField"/>, <see cref="RefusalCode"/>), so a wrong code's count, or the
/// spending of a code that proved an address another account has, is committed (a failed result rolls back).
/// </summary>
internal sealed record ConfirmAccountAddressOutcome(UserRow? Account, string? RefusedField, string? RefusalCode);

internal sealed class ConfirmAccountAddressValidator : AbstractValidator<ConfirmAccountAddressCommand>
{
    public ConfirmAccountAddressValidator()
    {
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop).NotEmpty().WithText("identity.reset.code_required").Matches("^[0-9]{6}$").WithText("identity.reset.code_format");
    }
}

internal sealed class ConfirmAccountAddressAuthorizer() : SignedInOnly<ConfirmAccountAddressCommand>("identity.address.signed_in_only");

/// <summary>
/// The right code (live: not used, not expired, fewer than <see cref="AccountCodeOptions.MaxCodeAttempts"/> wrong ones)
/// does what its address asks: the account's own address (<c>VerifyAccountAddress</c>) is marked proved; an address of a
/// kind the account lacks is added, proved (<c>email</c> or <c>phone</c>, and <c>second_key</c> so either signs in); one
/// of a kind it has (<c>ReplaceAccountAddress</c>) replaces the old one, which stops signing in. A wrong code counts and
/// the fifth burns it. An address another account has (as its key or its added address) is refused
/// on its field and the code is spent: whoever read the code may know, nobody else learns it.
/// </summary>
internal sealed class ConfirmAccountAddressHandler(DbSession db, AuditTrail audit, CurrentUser user, TimeProvider clock, IOptions<AccountCodeOptions> options)
    : ICommandHandler<ConfirmAccountAddressCommand, Result<ConfirmAccountAddressOutcome>>
{
    public async ValueTask<Result<ConfirmAccountAddressOutcome>> Handle(ConfirmAccountAddressCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = await OwnAccount.LoadAsync(db, user.Id, cancellationToken);
        if (row is null) return OwnAccount.Gone();
        var code = await AccountCodes.ByCodeAsync(db, row.Id, CodePurposes.Address, command.Code!, now, options.Value.MaxCodeAttempts, cancellationToken);
        if (code?.Address is not { } address)
        {
            audit.Record("user", row.Id, null, new { addressCodeWrong = true });
            return new ConfirmAccountAddressOutcome(null, "code", "identity.address.code_invalid");
        }
        await AccountCodes.SpendAsync(db, code, now, cancellationToken);
        var isEmail = address.Contains('@');
        var field = isEmail ? "email" : "phone";
        var current = isEmail ? row.Email : row.Phone;
        var key = isEmail ? AccountAddress.Key(address, null) : address;
        var currentKey = string.IsNullOrEmpty(current) ? null : isEmail ? AccountAddress.Key(current, null) : current;
        var before = new { email = row.Email, phone = row.Phone };
        if (currentKey == key)
        {
            // VerifyAccountAddress: the account's own address, proved now.
            if (isEmail) row.EmailVerified = true;
            else row.PhoneVerified = true;
            row.UpdatedAt = now;
            await db.ExecuteAsync("UPDATE idn_users SET email_verified = @EmailVerified, phone_verified = @PhoneVerified, version = version + 1, updated_at = @UpdatedAt WHERE id = @Id",
                row, cancellationToken);
            row.Version++;
            audit.Record("user", row.Id, null, new { addressVerified = field });
            return new ConfirmAccountAddressOutcome(row, null, null);
        }
        var taken = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM idn_users WHERE {AccountAddress.KeyMatches} AND id <> @Id", new { EmailKey = key, row.Id }, cancellationToken);
        if (taken > 0)
        {
            audit.Record("user", row.Id, null, new { addressRefused = field, reason = "taken" });
            return new ConfirmAccountAddressOutcome(null, field, "identity.address.taken");
        }

        // Added (the account had no address of this kind: its key is second_key) or replaced (ReplaceAccountAddress: the
        // new address takes the old one's key, email_key or second_key).
        if (currentKey is null || row.EmailKey != currentKey) row.SecondKey = key;
        else row.EmailKey = key;
        if (isEmail)
        {
            row.Email = address;
            row.EmailVerified = true;
        }
        else
        {
            row.Phone = address;
            row.PhoneVerified = true;
        }
        row.UpdatedAt = now;
        try
        {
            await db.ExecuteAsync("""
                UPDATE idn_users SET email = @Email, phone = @Phone, email_key = @EmailKey, second_key = @SecondKey, email_verified = @EmailVerified,
                    phone_verified = @PhoneVerified, version = version + 1, updated_at = @UpdatedAt
                WHERE id = @Id
                """, row, cancellationToken);
        }
        catch (Exception ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another account took the same address a moment ago (both keys are unique): the same refusal.
            return new ConfirmAccountAddressOutcome(null, field, "identity.address.taken");
        }
        row.Version++;
        audit.Record("user", row.Id, before, currentKey is null
            ? new { email = row.Email, phone = row.Phone, addressAdded = field }
            : new { email = row.Email, phone = row.Phone, addressReplaced = field });
        return new ConfirmAccountAddressOutcome(row, null, null);
    }
}

internal static class ConfirmAccountAddressEndpoint
{
    public static RouteGroupBuilder MapConfirmAccountAddress(this RouteGroupBuilder group)
    {
        group.MapPost("/me/addresses/confirm", async Task<Results<NoContent, ProblemHttpResult>> (ConfirmAccountAddressCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
            {
                var result = await sender.Send(command, ct);
                if (result.IsFailure) return result.Error!.ToProblem();
                if (result.Value.RefusedField is { } field)
                {
                    var refusal = Error.Invalid(field, result.Value.RefusalCode!);
                    return (field == "code" ? refusal : refusal with { Kind = ErrorKind.Conflict }).ToProblem();
                }
                // Her session names her by her address, and its stamp by her addresses: a fresh cookie carries the ones she
                // has now, and her other sessions end when an address was added or replaced.
                await context.SignInAsync(Principals.CookieScheme, Principals.ForUser(result.Value.Account!));
                return TypedResults.NoContent();
            })
            .WithName("ConfirmAccountAddress")
            .WithSummary("With the 6-digit code, adds (AddAccountAddress), replaces (ReplaceAccountAddress) or marks verified (VerifyAccountAddress) the e-mail address or mobile number it was sent to; the account then signs in with it.")
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .ProducesProblems(400, 401, 403, 404, 409, 429);
        return group;
    }
}
