using CoopHub.Shared.Localization;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;

namespace CoopHub.Identity.SignIn;

internal sealed record SignInCommand : ICommand<SignInOutcome>
{
    public string? Email { get; init; }

    /// <summary>Instead of <see cref="Email"/>: the Moroccan mobile number of an account made with it (any spelling: 06…, +212 6…).</summary>
    public string? Phone { get; init; }

    public string? Password { get; init; }

    /// <summary>The account's key: the number in E.164 when given, else the lower-case address.</summary>
    public string AccountKey() => AccountAddress.Key(Email, Phone);
}

/// <summary>
/// A success-shaped result even when the password is wrong, so the attempt is in the audit trail.
/// One failure for every reason (unknown address, wrong password, disabled account): the answer
/// says nothing about which addresses have accounts.
/// </summary>
internal sealed record SignInOutcome(UserRow? User, bool Unconfirmed = false)
{
    public static string Failure => ServerText.Get("identity.sign_in.failed");
}

internal sealed class SignInValidator : AbstractValidator<SignInCommand>
{
    public SignInValidator()
    {
        When(x => AccountAddress.HasPhone(x.Phone), () =>
        {
            RuleFor(x => x.Phone).MoroccanMobile();
            RuleFor(x => x.Email).Empty().WithText("identity.phone.or_email");
        }).Otherwise(() => RuleFor(x => x.Email).NotEmpty().WithText("identity.sign_in.email_or_phone_required").MaximumLength(200));
        RuleFor(x => x.Password).NotEmpty().WithText("identity.sign_in.password_required").MaximumLength(200);
    }
}

internal sealed class SignInAuthorizer : IAuthorizer<SignInCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(SignInCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// Checks the password. Repeated failures are slowed per account and client address by the
/// endpoint's <see cref="ISignInThrottle"/> (ADR 0014), not by locking the account, which anyone
/// knowing the address could keep locked.
/// </summary>
internal sealed class SignInHandler(DbSession db, TimeProvider clock) : ICommandHandler<SignInCommand, SignInOutcome>
{
    public async ValueTask<SignInOutcome> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        var user = await db.QuerySingleOrDefaultAsync<UserRow>(
            $"SELECT {UserRow.Columns} FROM idn_users WHERE {AccountAddress.KeyMatches}", new { EmailKey = command.AccountKey() }, cancellationToken);
        // A hash is verified whatever the account (a dummy one when there is none, a disabled one's
        // too), so the time taken does not tell which addresses have accounts.
        var matches = Passwords.Verify(user?.PasswordHash ?? DummyHash, command.Password!);
        if (user is null || user.Disabled || !matches) return new SignInOutcome(null);
        // The right password for an account created by sign-up whose address is not confirmed yet: say so (only the owner knows the password).
        if (user.PendingVerification) return new SignInOutcome(null, Unconfirmed: true);

        var now = clock.GetUtcNow();
        await db.ExecuteAsync("UPDATE idn_users SET last_sign_in_at = @Now WHERE id = @Id", new { Now = now, user.Id }, cancellationToken);
        user.LastSignInAt = now;
        return new SignInOutcome(user);
    }

    private static readonly string DummyHash = Passwords.Hash("not-a-real-password-" + Guid.NewGuid());
}
