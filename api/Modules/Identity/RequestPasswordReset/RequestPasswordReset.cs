using CoopHub.Contracts.Notifications;
using CoopHub.Identity.Model;
using CoopHub.Identity.SignIn;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CoopHub.Identity.RequestPasswordReset;

internal sealed record RequestPasswordResetCommand : ICommand<PasswordResetRequested>, IAccountAddressFields
{
    /// <summary>The account's e-mail address; or leave it out and give <see cref="Phone"/>.</summary>
    public string? Email { get; init; }

    /// <summary>The Moroccan mobile number of an account made with it: the code comes by SMS.</summary>
    public string? Phone { get; init; }
}

/// <summary>The one answer, whether or not the address has an account: nobody learns which addresses do.</summary>
internal sealed record PasswordResetRequested(string Message);

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetValidator()
    {
        this.EmailOrMoroccanMobile("identity.sign_in.email_or_phone_required");
    }
}

internal sealed class RequestPasswordResetAuthorizer : IAuthorizer<RequestPasswordResetCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RequestPasswordResetCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// An enabled account with this address gets a reset link and code by e-mail (an account made with its mobile number: the code by SMS) (queued in this transaction, in its
/// language); earlier unused ones stop working. An unknown or disabled address gets nothing, and the same answer.
/// </summary>
internal sealed class RequestPasswordResetHandler(DbSession db, ISender sender, TimeProvider clock, IOptions<AccountCodeOptions> options)
    : ICommandHandler<RequestPasswordResetCommand, PasswordResetRequested>
{
    public async ValueTask<PasswordResetRequested> Handle(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        var user = await db.QuerySingleOrDefaultAsync<UserRow>(
            $"SELECT {UserRow.Columns} FROM idn_users WHERE {AccountAddress.KeyMatches}", new { EmailKey = AccountAddress.Key(command.Email, command.Phone) }, cancellationToken);
        if (user is { Disabled: false })
        {
            var issued = await AccountCodes.IssueAsync(db, user.Id, CodePurposes.Reset, options.Value.ResetCodeLifetime, clock.GetUtcNow(), cancellationToken);
            await AccountMessages.SendAsync(sender, user, AccountMessageKinds.PasswordReset, issued, cancellationToken, toPhone: AccountAddress.HasPhone(command.Phone));
        }
        return new PasswordResetRequested(ServerText.Get("identity.reset.requested"));
    }
}

internal static class RequestPasswordResetEndpoint
{
    public static RouteGroupBuilder MapRequestPasswordReset(this RouteGroupBuilder group)
    {
        group.MapPost("/password-reset", async Task<Accepted<PasswordResetRequested>> (RequestPasswordResetCommand command, ISender sender, CancellationToken ct)
                => TypedResults.Accepted((string?)null, await sender.Send(command, ct)))
            .WithName("RequestPasswordReset")
            .WithSummary("Sends a password reset link and a 6-digit code to the e-mail address, or a code by SMS to the mobile number, if it has an account; the same 202 answer either way.")
            .RequireRateLimiting(IdentityModule.AccountCodesRateLimit)
            .ProducesProblems(400, 429);
        return group;
    }
}
