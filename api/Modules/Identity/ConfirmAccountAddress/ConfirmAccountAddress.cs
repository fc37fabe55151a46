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

internal sealed class ConfirmAccountAddressAuthorizer : IAuthorizer<ConfirmAccountAddressCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ConfirmAccountAddressCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsUser ? null : AccessDenied.For(user, "identity.address.signed_in_only"));
}

/// <summary>
/// The right code (live: not used, not expired, fewer than <see cref="AccountCodeOptions.MaxCodeAttempts"/> wrong ones)
/// adds its address to the account, proved (<c>email</c> or <c>phone</c>, and <c>second_key</c> so either signs in); a
/// wrong one counts and the fifth burns it. An address another account has (as its key or its added address) is refused
/// on its field and the code is spent: whoever read the code may know, nobody else learns it.
/// </summary>
internal sealed class ConfirmAccountAddressHandler(DbSession db, AuditTrail audit, CurrentUser user, TimeProvider clock, IOptions<AccountCodeOptions> options)
    : ICommandHandler<ConfirmAccountAddressCommand, Result<ConfirmAccountAddressOutcome>>
{
    public async ValueTask<Result<ConfirmAccountAddressOutcome>> Handle(ConfirmAccountAddressCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { user.Id }, cancellationToken);
        if (row is null) return new Error(ErrorKind.NotFound, "user.not_found", ServerText.Get("identity.users.own_account_gone"));
        var code = await AccountCodes.ByCodeAsync(db, row.Id, CodePurposes.Address, command.Code!, now, options.Value.MaxCodeAttempts, cancellationToken);
        if (code?.Address is not { } address)
        {
            audit.Record("user", row.Id, null, new { addressCodeWrong = true });
            return new ConfirmAccountAddressOutcome(null, "code", "identity.address.code_invalid");
        }
        await AccountCodes.SpendAsync(db, code, now, cancellationToken);
        var isEmail = address.Contains('@');
        var field = isEmail ? "email" : "phone";
        if (isEmail ? !string.IsNullOrEmpty(row.Email) : !string.IsNullOrEmpty(row.Phone))
            return new ConfirmAccountAddressOutcome(null, field, isEmail ? "identity.address.has_email" : "identity.address.has_phone");
        var key = isEmail ? AccountAddress.Key(address, null) : address;
        var taken = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM idn_users WHERE {AccountAddress.KeyMatches} AND id <> @Id", new { EmailKey = key, row.Id }, cancellationToken);
        if (taken > 0)
        {
            audit.Record("user", row.Id, null, new { addressRefused = field, reason = "taken" });
            return new ConfirmAccountAddressOutcome(null, field, "identity.address.taken");
        }

        var before = new { email = row.Email, phone = row.Phone };
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
        row.SecondKey = key;
        row.UpdatedAt = now;
        try
        {
            await db.ExecuteAsync("""
                UPDATE idn_users SET email = @Email, phone = @Phone, second_key = @SecondKey, email_verified = @EmailVerified, phone_verified = @PhoneVerified,
                    version = version + 1, updated_at = @UpdatedAt
                WHERE id = @Id
                """, row, cancellationToken);
        }
        catch (Exception ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another account added the same address a moment ago (second_key is unique): the same refusal.
            return new ConfirmAccountAddressOutcome(null, field, "identity.address.taken");
        }
        row.Version++;
        audit.Record("user", row.Id, before, new { email = row.Email, phone = row.Phone, addressAdded = field });
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
                // Her session names her by her address: a fresh cookie carries the one she has now.
                await context.SignInAsync(Principals.CookieScheme, Principals.ForUser(result.Value.Account!));
                return TypedResults.NoContent();
            })
            .WithName("ConfirmAccountAddress")
            .WithSummary("Adds the e-mail address or mobile number a code was sent to (AddAccountAddress) to the signed-in account, with that 6-digit code; it then signs in with either.")
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .ProducesProblems(400, 401, 403, 404, 409, 429);
        return group;
    }
}
