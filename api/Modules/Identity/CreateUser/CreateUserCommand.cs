using CoopHub.Shared.Localization;
using CoopHub.Identity.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;

namespace CoopHub.Identity.CreateUser;

internal sealed record CreateUserCommand : AccessFields, ICommand<Result<UserDetails>>
{
    public string? Email { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>ar, fr or en; default fr.</summary>
    public Language? Language { get; init; }

    /// <summary>At least 12 characters, not a common password. Never returned.</summary>
    public string? Password { get; init; }
}

internal sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator(ReferenceData reference, ISender sender)
    {
        RuleFor(x => x.Email).SafeText().NotEmpty().WithText("identity.users.email_required")
            .MaximumLength(200)
            .EmailAddress();
        RuleFor(x => x.DisplayName).SafeText().NotEmpty().WithText("identity.users.display_name_required")
            .MaximumLength(200);
        RuleFor(x => x.Password).StrongPassword();
        AccessRules.Apply(this, reference, sender);
    }
}

internal sealed class CreateUserAuthorizer : IAuthorizer<CreateUserCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateUserCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

internal sealed class CreateUserHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<CreateUserCommand, Result<UserDetails>>
{
    private const string Sql = """
        INSERT INTO idn_users (id, email, email_key, display_name, language, password_hash, roles, regions, cooperatives, networks,
            disabled, failed_sign_ins, locked_until, last_sign_in_at, version, created_at, updated_at)
        VALUES (@Id, @Email, @EmailKey, @DisplayName, @Language, @PasswordHash, @Roles, @Regions, @Cooperatives, @Networks,
            @Disabled, 0, NULL, NULL, 1, @CreatedAt, @UpdatedAt)
        """;

    public async ValueTask<Result<UserDetails>> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var row = await UserWrites.CreateAsync(db, clock, command.Email!, command.DisplayName!, command.Language ?? Language.Fr,
            command.Password!, command.Roles!, command.Regions, command.Cooperatives, command.Networks, cancellationToken);
        if (row is null)
        {
            return Error.Conflict("user.email_taken") with
            {
                Fields = new Dictionary<string, string[]> { ["email"] = [ServerText.Get("identity.users.email_taken_field")] },
                Extensions = new Dictionary<string, object?> { ["fieldCodes"] = new Dictionary<string, string[]> { ["email"] = ["identity.users.email_taken_field"] } },
            };
        }
        var details = row.ToDetails();
        audit.Record("user", row.Id, null, details);
        return details;
    }

    public static string InsertSql => Sql;
}

internal static class UserWrites
{
    /// <summary>Creates an account, or returns null when the email is taken.</summary>
    public static async Task<UserRow?> CreateAsync(DbSession db, TimeProvider clock, string email, string displayName, Language language,
        string password, IEnumerable<string> roles, IEnumerable<string>? regions, IEnumerable<Guid>? cooperatives, IEnumerable<Guid>? networks, CancellationToken ct)
    {
        var key = email.Trim().ToLowerInvariant();
        if (await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM idn_users WHERE email_key = @Key OR second_key = @Key", new { Key = key }, ct) > 0) return null;
        var now = clock.GetUtcNow();
        var row = new UserRow
        {
            Id = Guid.NewGuid(),
            Email = email.Trim(),
            EmailKey = key,
            DisplayName = displayName.Trim(),
            Language = language.ToString().ToLowerInvariant(),
            PasswordHash = Passwords.Hash(password),
            Roles = IdentityJson.Write(roles.Distinct()),
            Regions = IdentityJson.Write(regions?.Distinct()),
            Cooperatives = IdentityJson.Write(cooperatives?.Distinct()),
            Networks = IdentityJson.Write(networks?.Distinct()),
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        try
        {
            await db.ExecuteAsync(CreateUserHandler.InsertSql, row, ct);
        }
        catch (Exception ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return null;
        }
        return row;
    }
}
