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

namespace CoopHub.Identity.AddAccountAddress;

/// <summary>The address to add: an e-mail address to an account made with a mobile number, or a Moroccan mobile number to an e-mail account.</summary>
internal sealed record AddAccountAddressCommand : ICommand<Result<AccountAddressCodeSent>>, IAccountAddressFields
{
    /// <summary>An e-mail address; or leave it out and give <see cref="Phone"/>.</summary>
    public string? Email { get; init; }

    /// <summary>A Moroccan mobile number (06…, 07…, +212…): the code comes by SMS.</summary>
    public string? Phone { get; init; }
}

internal sealed class AddAccountAddressValidator : AbstractValidator<AddAccountAddressCommand>
{
    public AddAccountAddressValidator()
    {
        this.EmailOrMoroccanMobile("identity.users.email_or_phone_required");
    }
}

internal sealed class AddAccountAddressAuthorizer() : SignedInOnly<AddAccountAddressCommand>("identity.address.signed_in_only");

/// <summary>
/// Sends a 6-digit code to the address the signed-in account adds (an e-mail, or an SMS to the number), kept with the
/// code until it is confirmed (<c>ConfirmAccountAddress</c>); earlier unconfirmed ones stop working. Whether another
/// account has the address is not looked at here, so the answer never tells: only whoever reads the code can learn it.
/// An account that already has an address of that kind: 409 (it replaces it with <c>ReplaceAccountAddress</c>).
/// </summary>
internal sealed class AddAccountAddressHandler(DbSession db, ISender sender, AuditTrail audit, CurrentUser user, TimeProvider clock, IOptions<AccountCodeOptions> options)
    : ICommandHandler<AddAccountAddressCommand, Result<AccountAddressCodeSent>>
{
    public async ValueTask<Result<AccountAddressCodeSent>> Handle(AddAccountAddressCommand command, CancellationToken cancellationToken)
    {
        var row = await OwnAccount.LoadAsync(db, user.Id, cancellationToken);
        if (row is null) return OwnAccount.Gone();
        var byPhone = AccountAddress.HasPhone(command.Phone);
        if (byPhone && !string.IsNullOrEmpty(row.Phone)) return Error.Conflict("identity.address.has_phone");
        if (!byPhone && !string.IsNullOrEmpty(row.Email)) return Error.Conflict("identity.address.has_email");

        var address = byPhone ? AccountAddress.Mobile(command.Phone)! : command.Email!.Trim();
        await AddressCodes.SendAsync(db, sender, audit, row, address, "add", options.Value.AddressCodeLifetime, clock.GetUtcNow(), cancellationToken);
        return new AccountAddressCodeSent(ServerText.Get(byPhone ? "identity.address.sent_phone" : "identity.address.sent_email", ("address", address)));
    }
}

internal static class AddAccountAddressEndpoint
{
    public static RouteGroupBuilder MapAddAccountAddress(this RouteGroupBuilder group)
    {
        group.MapPost("/me/addresses", async Task<Results<Accepted<AccountAddressCodeSent>, ProblemHttpResult>> (AddAccountAddressCommand command, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(command, ct);
                return result.IsFailure ? result.Error!.ToProblem() : TypedResults.Accepted((string?)null, result.Value);
            })
            .WithName("AddAccountAddress")
            .WithSummary("Sends a 6-digit code to the e-mail address or Moroccan mobile number the signed-in account adds; the same 202 answer whether or not another account has it.")
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .ProducesProblems(400, 401, 403, 404, 409, 429);
        return group;
    }
}
