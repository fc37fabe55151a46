using CoopHub.Shared.Localization;
using CoopHub.Identity.Authentication;
using CoopHub.Identity.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.ChangeOwnPassword;

internal sealed record ChangeOwnPasswordCommand : ICommand<Result<UserRow>>
{
    public string? CurrentPassword { get; init; }

    public string? NewPassword { get; init; }
}

internal sealed class ChangeOwnPasswordValidator : AbstractValidator<ChangeOwnPasswordCommand>
{
    public ChangeOwnPasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithText("identity.password.current_required");
        RuleFor(x => x.NewPassword).StrongPassword()
            .NotEqual(x => x.CurrentPassword).WithText("identity.password.same_as_current");
    }
}

internal sealed class ChangeOwnPasswordAuthorizer() : SignedInOnly<ChangeOwnPasswordCommand>("identity.password.signed_in_only");

internal sealed class ChangeOwnPasswordHandler(DbSession db, AuditTrail audit, IHttpContextAccessor http, TimeProvider clock)
    : ICommandHandler<ChangeOwnPasswordCommand, Result<UserRow>>
{
    public async ValueTask<Result<UserRow>> Handle(ChangeOwnPasswordCommand command, CancellationToken cancellationToken)
    {
        var id = CurrentUserServices.FromContext(http).Id;
        var row = await OwnAccount.LoadAsync(db, id, cancellationToken);
        if (row is null) return OwnAccount.Gone();
        if (!Passwords.Verify(row.PasswordHash, command.CurrentPassword!))
        {
            return Error.Invalid("currentPassword", "identity.password.current_wrong");
        }
        row.PasswordHash = Passwords.Hash(command.NewPassword!);
        row.UpdatedAt = clock.GetUtcNow();
        await db.ExecuteAsync("UPDATE idn_users SET password_hash = @PasswordHash, updated_at = @UpdatedAt WHERE id = @Id", row, cancellationToken);
        audit.Record("user", row.Id, null, new { passwordChanged = true });
        return row;
    }
}

internal static class ChangeOwnPasswordEndpoint
{
    public static RouteGroupBuilder MapChangeOwnPassword(this RouteGroupBuilder group)
    {
        group.MapPost("/me/password", async Task<Results<NoContent, ProblemHttpResult>> (ChangeOwnPasswordCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
            {
                var result = await sender.Send(command, ct);
                if (result.IsFailure) return result.Error!.ToProblem();
                // The session cookie carries a stamp of the password: issue a fresh one so this session stays open.
                await context.SignInAsync(Principals.CookieScheme, Principals.ForUser(result.Value));
                return TypedResults.NoContent();
            })
            .WithName("ChangeOwnPassword")
            .WithSummary("Changes the signed-in user's password; other sessions end.")
            .ProducesProblems(400, 401, 403);
        return group;
    }
}
