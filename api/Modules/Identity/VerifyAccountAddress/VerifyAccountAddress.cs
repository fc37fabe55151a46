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

namespace CoopHub.Identity.VerifyAccountAddress;

/// <summary>Which of the account's own addresses to prove.</summary>
internal sealed record VerifyAccountAddressCommand : ICommand<Result<AccountAddressCodeSent>>
{
    /// <summary><c>email</c> or <c>phone</c>.</summary>
    public AccountAddressKind? Kind { get; init; }
}

internal sealed class VerifyAccountAddressValidator : AbstractValidator<VerifyAccountAddressCommand>
{
    public VerifyAccountAddressValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithText("identity.address.kind_required");
    }
}

internal sealed class VerifyAccountAddressAuthorizer() : SignedInOnly<VerifyAccountAddressCommand>("identity.address.signed_in_only");

/// <summary>
/// Sends a 6-digit code to an address the signed-in account has but never proved (an account an administrator made has
/// an unverified e-mail): the same code as adding an address, confirmed by <c>ConfirmAccountAddress</c>, which then
/// marks it verified. 409 when the account has no such address (<c>identity.address.missing</c>) or it is already proved
/// (<c>identity.address.already_verified</c>).
/// </summary>
internal sealed class VerifyAccountAddressHandler(DbSession db, ISender sender, AuditTrail audit, CurrentUser user, TimeProvider clock, IOptions<AccountCodeOptions> options)
    : ICommandHandler<VerifyAccountAddressCommand, Result<AccountAddressCodeSent>>
{
    public async ValueTask<Result<AccountAddressCodeSent>> Handle(VerifyAccountAddressCommand command, CancellationToken cancellationToken)
    {
        var row = await OwnAccount.LoadAsync(db, user.Id, cancellationToken);
        if (row is null) return OwnAccount.Gone();
        var email = command.Kind == AccountAddressKind.Email;
        var address = email ? row.Email : row.Phone;
        if (string.IsNullOrEmpty(address)) return Error.Conflict("identity.address.missing");
        if (email ? row.EmailVerified : row.PhoneVerified) return Error.Conflict("identity.address.already_verified");
        await AddressCodes.SendAsync(db, sender, audit, row, address, "verify", options.Value.AddressCodeLifetime, clock.GetUtcNow(), cancellationToken);
        return new AccountAddressCodeSent(ServerText.Get(email ? "identity.address.verify_sent_email" : "identity.address.verify_sent_phone", ("address", address)));
    }
}

internal static class VerifyAccountAddressEndpoint
{
    public static RouteGroupBuilder MapVerifyAccountAddress(this RouteGroupBuilder group)
    {
        group.MapPost("/me/addresses/verify", async Task<Results<Accepted<AccountAddressCodeSent>, ProblemHttpResult>> (VerifyAccountAddressCommand command, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(command, ct);
                return result.IsFailure ? result.Error!.ToProblem() : TypedResults.Accepted((string?)null, result.Value);
            })
            .WithName("VerifyAccountAddress")
            .WithSummary("Sends a 6-digit code to the signed-in account's own e-mail address or mobile number that was never proved; ConfirmAccountAddress with it marks it verified.")
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .ProducesProblems(400, 401, 403, 404, 409, 429);
        return group;
    }
}
