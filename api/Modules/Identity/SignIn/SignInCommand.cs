using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;

namespace CoopHub.Identity.SignIn;

internal sealed record SignInCommand : ICommand<SignInOutcome>
{
    public string? Email { get; init; }

    public string? Password { get; init; }
}

/// <summary>
/// A success-shaped result even when the password is wrong, so the failed-attempt counter the
/// handler wrote is committed.
/// </summary>
internal sealed record SignInOutcome(UserRow? User, string? Failure);

internal sealed class SignInValidator : AbstractValidator<SignInCommand>
{
    public SignInValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Give your email address.").MaximumLength(200).WithMessage("An email address has at most 200 characters.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Give your password.").MaximumLength(200).WithMessage("A password has at most 200 characters.");
    }
}

internal sealed class SignInAuthorizer : IAuthorizer<SignInCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(SignInCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

internal sealed class SignInHandler(DbSession db, TimeProvider clock) : ICommandHandler<SignInCommand, SignInOutcome>
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(15);
    private const string Wrong = "The email address or the password is wrong.";

    public async ValueTask<SignInOutcome> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        var user = await db.QuerySingleOrDefaultAsync<UserRow>(
            $"SELECT {UserRow.Columns} FROM app_users WHERE email_key = @EmailKey", new { EmailKey = command.Email!.Trim().ToLowerInvariant() }, cancellationToken);
        var now = clock.GetUtcNow();
        if (user is null)
        {
            // Same work as a real check, so timing does not tell which emails exist.
            Passwords.Verify(DummyHash, command.Password!);
            return new SignInOutcome(null, Wrong);
        }
        if (user.LockedUntil is { } locked && locked > now)
        {
            return new SignInOutcome(null, $"Too many failed attempts: this account is locked until {locked:HH:mm} UTC.");
        }
        if (user.Disabled || !Passwords.Verify(user.PasswordHash, command.Password!))
        {
            var failures = user.FailedSignIns + 1;
            DateTimeOffset? lockUntil = failures >= MaxFailures ? now + LockDuration : null;
            await db.ExecuteAsync(
                "UPDATE app_users SET failed_sign_ins = @Failures, locked_until = @LockUntil WHERE id = @Id",
                new { Failures = lockUntil is null ? failures : 0, LockUntil = lockUntil, user.Id }, cancellationToken);
            return new SignInOutcome(null, lockUntil is null ? Wrong : $"Too many failed attempts: this account is locked until {lockUntil:HH:mm} UTC.");
        }
        await db.ExecuteAsync(
            "UPDATE app_users SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = @Now WHERE id = @Id",
            new { Now = now, user.Id }, cancellationToken);
        user.LastSignInAt = now;
        return new SignInOutcome(user, null);
    }

    private static readonly string DummyHash = Passwords.Hash("not-a-real-password-" + Guid.NewGuid());
}
