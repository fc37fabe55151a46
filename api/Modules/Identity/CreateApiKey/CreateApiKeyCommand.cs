using CoopHub.Shared.Localization;
using CoopHub.Identity.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Security;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.CreateApiKey;

internal sealed record CreateApiKeyCommand : AccessFields, ICommand<CreatedApiKey>
{
    /// <summary>Who uses it, e.g. "Réseau ESS Al Hoceima — sync".</summary>
    public string? Name { get; init; }

    /// <summary>Optional; the key stops working at this instant.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}

internal sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyValidator(ReferenceData reference, ISender sender, TimeProvider clock)
    {
        RuleFor(x => x.Name).SafeText().NotEmpty().WithText("identity.api_keys.name_required")
            .MaximumLength(200);
        RuleFor(x => x.ExpiresAt).Must(e => e is null || e > clock.GetUtcNow()).WithText("identity.api_keys.expiry_past");
        AccessRules.Apply(this, reference, sender);
    }
}

internal sealed class CreateApiKeyAuthorizer : IAuthorizer<CreateApiKeyCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateApiKeyCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

internal sealed class CreateApiKeyHandler(DbSession db, AuditTrail audit, IHttpContextAccessor http, TimeProvider clock) : ICommandHandler<CreateApiKeyCommand, CreatedApiKey>
{
    public async ValueTask<CreatedApiKey> Handle(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        var (prefix, secret) = ApiKeySecrets.Generate();
        var row = await ApiKeyWrites.InsertAsync(db, clock, command.Name!, prefix, secret, command.Roles!, command.Regions, command.Cooperatives, command.Networks,
            command.ExpiresAt, CurrentUserServices.FromContext(http).Name, cancellationToken);
        var details = row.ToDetails();
        audit.Record("apiKey", row.Id, null, details);
        return new CreatedApiKey(details, secret);
    }
}

internal static class ApiKeyWrites
{
    public static async Task<ApiKeyRow> InsertAsync(DbSession db, TimeProvider clock, string name, string prefix, string secret,
        IEnumerable<string> roles, IEnumerable<string>? regions, IEnumerable<Guid>? cooperatives, IEnumerable<Guid>? networks, DateTimeOffset? expiresAt, string? createdBy, CancellationToken ct)
    {
        var row = new ApiKeyRow
        {
            Id = Guid.NewGuid(),
            Name = name.Trim(),
            Prefix = prefix,
            SecretHash = ApiKeySecrets.Hash(secret),
            Roles = IdentityJson.Write(roles.Distinct()),
            Regions = IdentityJson.Write(regions?.Distinct()),
            Cooperatives = IdentityJson.Write(cooperatives?.Distinct()),
            Networks = IdentityJson.Write(networks?.Distinct()),
            ExpiresAt = expiresAt,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = createdBy,
        };
        await db.ExecuteAsync("""
            INSERT INTO idn_api_keys (id, name, prefix, secret_hash, roles, regions, cooperatives, networks, expires_at, revoked_at, created_at, created_by, last_used_at)
            VALUES (@Id, @Name, @Prefix, @SecretHash, @Roles, @Regions, @Cooperatives, @Networks, @ExpiresAt, NULL, @CreatedAt, @CreatedBy, NULL)
            """, row, ct);
        return row;
    }
}

internal static class CreateApiKeyEndpoint
{
    public static RouteGroupBuilder MapCreateApiKey(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Created<CreatedApiKey>> (CreateApiKeyCommand command, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                return TypedResults.Created(IdentityRoutes.ApiKey(created.Key.Id), created);
            })
            .WithName("CreateApiKey")
            .WithoutCompression()
            .WithSummary("Creates an API key (administrators). The secret is in this response only; send it as X-Api-Key.")
            .ProducesProblems(400, 401, 403);
        return group;
    }
}
