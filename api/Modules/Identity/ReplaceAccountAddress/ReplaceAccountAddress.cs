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
using Microsoft.Extensions.Options;

namespace CoopHub.Identity.ReplaceAccountAddress;

/// <summary>The new address, of the kind the account has (an e-mail for its e-mail, a number for its number), and the account's password.</summary>
internal sealed record ReplaceAccountAddressCommand : ICommand<Result<AccountAddressCodeSent>>, IAccountAddressFields
{
    /// <summary>The new e-mail address; or leave it out and give <see cref="Phone"/>.</summary>
    public string? Email { get; init; }

    /// <summary>The new Moroccan mobile number (06…, 07…, +212…): the code comes by SMS.</summary>
    public string? Phone { get; init; }

    /// <summary>The account's current password: whoever holds an open session alone cannot move the account elsewhere.</summary>
    public string? Password { get; init; }
}

internal sealed class ReplaceAccountAddressValidator : AbstractValidator<ReplaceAccountAddressCommand>
{
    public ReplaceAccountAddressValidator()
    {
        this.EmailOrMoroccanMobile("identity.users.email_or_phone_required");
        RuleFor(x => x.Password).NotEmpty().WithText("identity.password.current_required").MaximumLength(200);
    }
}

internal sealed class ReplaceAccountAddressAuthorizer() : SignedInOnly<ReplaceAccountAddressCommand>("identity.address.signed_in_only");

/// <summary>
/// With the right password, sends a 6-digit code to the new address exactly as <c>AddAccountAddress</c> does (the same
/// answer whether or not another account has it); the old address stays the account's until <c>ConfirmAccountAddress</c>
/// takes the code. An account without an address of that kind adds one instead (409 <c>identity.address.missing</c>);
/// the address it already has is 400 on the field.
/// </summary>
internal sealed class ReplaceAccountAddressHandler(DbSession db, ISender sender, AuditTrail audit, CurrentUser user, TimeProvider clock, IOptions<AccountCodeOptions> options)
    : ICommandHandler<ReplaceAccountAddressCommand, Result<AccountAddressCodeSent>>
{
    public async ValueTask<Result<AccountAddressCodeSent>> Handle(ReplaceAccountAddressCommand command, CancellationToken cancellationToken)
    {
        var row = await OwnAccount.LoadAsync(db, user.Id, cancellationToken);
        if (row is null) return OwnAccount.Gone();
        if (!Passwords.Verify(row.PasswordHash, command.Password!)) return Error.Invalid("password", "identity.password.current_wrong");
        var byPhone = AccountAddress.HasPhone(command.Phone);
        var current = byPhone ? row.Phone : row.Email;
        if (string.IsNullOrEmpty(current)) return Error.Conflict("identity.address.missing");

        var address = byPhone ? AccountAddress.Mobile(command.Phone)! : command.Email!.Trim();
        if (AccountAddress.Key(byPhone ? null : address, byPhone ? address : null) == AccountAddress.Key(byPhone ? null : current, byPhone ? current : null))
            return Error.Invalid(byPhone ? "phone" : "email", "identity.address.same");
        await AddressCodes.SendAsync(db, sender, audit, row, address, "replace", options.Value.AddressCodeLifetime, clock.GetUtcNow(), cancellationToken);
        return new AccountAddressCodeSent(ServerText.Get(byPhone ? "identity.address.replace_sent_phone" : "identity.address.replace_sent_email", ("address", address)));
    }
}

internal static class ReplaceAccountAddressEndpoint
{
    public static RouteGroupBuilder MapReplaceAccountAddress(this RouteGroupBuilder group)
    {
        group.MapPost("/me/addresses/replace", async Task<Results<Accepted<AccountAddressCodeSent>, ProblemHttpResult>> (ReplaceAccountAddressCommand command, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(command, ct);
                return result.IsFailure ? result.Error!.ToProblem() : TypedResults.Accepted((string?)null, result.Value);
            })
            .WithName("ReplaceAccountAddress")
            .WithSummary("With the account's password, sends a 6-digit code to the new e-mail address or Moroccan mobile number that is to replace the one of that kind; the old one stays until ConfirmAccountAddress takes the code.")
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .ProducesProblems(400, 401, 403, 404, 409, 429);
        return group;
    }
}
