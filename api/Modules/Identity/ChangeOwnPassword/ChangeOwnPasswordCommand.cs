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
        RuleFor(x => x.CurrentPassword).NotEmpty().WithText("identity.give_your_current_password");
        RuleFor(x => x.NewPassword).Must(p => Passwords.Problem(p) is null).WithMessage(x => Passwords.Problem(x.NewPassword)!)
            .NotEqual(x => x.CurrentPassword).WithText("identity.choose_password_different_current_one");
    }
}

internal sealed class ChangeOwnPasswordAuthorizer : IAuthorizer<ChangeOwnPasswordCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ChangeOwnPasswordCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsUser ? null : AccessDenied.ForUntranslated(user, "Only a signed-in user has a password to change."));
}

internal sealed class ChangeOwnPasswordHandler(DbSession db, AuditTrail audit, IHttpContextAccessor http, TimeProvider clock)
    : ICommandHandler<ChangeOwnPasswordCommand, Result<UserRow>>
{
    public async ValueTask<Result<UserRow>> Handle(ChangeOwnPasswordCommand command, CancellationToken cancellationToken)
    {
        var id = CurrentUserServices.FromContext(http).Id;
        var row = await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { Id = id }, cancellationToken);
        if (row is null) return Error.NotFoundUntranslated("user.not_found", "Your account no longer exists.");
        if (!Passwords.Verify(row.PasswordHash, command.CurrentPassword!))
        {
            return Error.InvalidUntranslated("currentPassword", "The current password is wrong.");
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
