using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Identity.GetUser;
using CoopHub.Identity.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.UpdateUser;

/// <summary>Roles, scopes, name, language and the disabled flag of an account (administrators).</summary>
internal sealed record UpdateUserCommand : AccessFields, ICommand<Result<UserDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    public string? DisplayName { get; init; }

    public Language? Language { get; init; }

    public bool? Disabled { get; init; }
}

internal sealed class UpdateUserValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserValidator(ReferenceData reference, ISender sender)
    {
        RuleFor(x => x.DisplayName).SafeText().NotEmpty().WithText("identity.users.display_name_required")
            .MaximumLength(200);
        AccessRules.Apply(this, reference, sender);
    }
}

internal sealed class UpdateUserAuthorizer : IAuthorizer<UpdateUserCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UpdateUserCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (Require.Admin(user) is { } denied) return ValueTask.FromResult<AccessDenied?>(denied);
        // An administrator cannot lock themself out by accident.
        return ValueTask.FromResult(user.Id == message.Id && (message.Disabled == true || message.Roles?.Contains(Roles.Admin) == false)
            ? AccessDenied.Forbidden("identity.users.cannot_lock_yourself_out")
            : null);
    }
}

internal sealed class UpdateUserHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<UpdateUserCommand, Result<UserDetails>>
{
    private const string Sql = """
        UPDATE idn_users SET display_name = @DisplayName, language = @Language, roles = @Roles, regions = @Regions,
            cooperatives = @Cooperatives, networks = @Networks, disabled = @Disabled, version = @Version, updated_at = @UpdatedAt
        WHERE id = @Id AND version = @Version - 1
        """;

    public async ValueTask<Result<UserDetails>> Handle(UpdateUserCommand command, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { command.Id }, cancellationToken);
        if (row is null) return GetUserHandler.NotFound();
        if (command.ExpectedVersion is { } expected && expected != row.Version)
        {
            return Error.PreconditionFailed();
        }
        var before = row.ToDetails();
        row.DisplayName = command.DisplayName!.Trim();
        row.Language = (command.Language ?? Enum.Parse<Language>(row.Language, true)).ToString().ToLowerInvariant();
        row.Roles = IdentityJson.Write(command.Roles!.Distinct());
        row.Regions = IdentityJson.Write(command.Regions?.Distinct());
        row.Cooperatives = IdentityJson.Write(command.Cooperatives?.Distinct());
        row.Networks = IdentityJson.Write(command.Networks?.Distinct());
        row.Disabled = command.Disabled ?? row.Disabled;
        row.Version++;
        row.UpdatedAt = clock.GetUtcNow();
        if (await db.ExecuteAsync(Sql, row, cancellationToken) == 0)
        {
            return Error.PreconditionFailed();
        }
        var after = row.ToDetails();
        audit.Record("user", row.Id, before, after);
        return after;
    }
}

internal static class UpdateUserEndpoint
{
    public static RouteGroupBuilder MapUpdateUser(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", async Task<Results<Ok<UserDetails>, ProblemHttpResult>> (
                Guid id, UpdateUserCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                await request.WriteIfMatched(version => sender.Send(command with { Id = id, ExpectedVersion = version }, ct), user => user.Version))
            .WithName("UpdateUser")
            .WithSummary("Changes an account's roles, scopes, name, language or disabled flag (administrators). Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 412, 428);
        return group;
    }
}
