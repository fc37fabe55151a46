using CoopHub.Identity.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.RevokeApiKey;

internal sealed record RevokeApiKeyCommand(Guid Id) : ICommand<Result<ApiKeyDetails>>;

internal sealed class RevokeApiKeyAuthorizer : IAuthorizer<RevokeApiKeyCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RevokeApiKeyCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

internal sealed class RevokeApiKeyHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<RevokeApiKeyCommand, Result<ApiKeyDetails>>
{
    public async ValueTask<Result<ApiKeyDetails>> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<ApiKeyRow>($"SELECT {ApiKeyRow.Columns} FROM idn_api_keys WHERE id = @Id", new { command.Id }, cancellationToken);
        if (row is null) return Error.NotFound("api_key.not_found");
        if (row.RevokedAt is not null) return row.ToDetails();
        var before = row.ToDetails();
        row.RevokedAt = clock.GetUtcNow();
        await db.ExecuteAsync("UPDATE idn_api_keys SET revoked_at = @RevokedAt WHERE id = @Id", row, cancellationToken);
        var after = row.ToDetails();
        audit.Record("apiKey", row.Id, before, after);
        return after;
    }
}

internal static class RevokeApiKeyEndpoint
{
    public static RouteGroupBuilder MapRevokeApiKey(this RouteGroupBuilder group)
    {
        group.MapDelete("/{id:guid}", async Task<Results<Ok<ApiKeyDetails>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                (await sender.Send(new RevokeApiKeyCommand(id), ct)).ToOk())
            .WithName("RevokeApiKey")
            .WithSummary("Revokes an API key at once (administrators); calls with it then get 401.")
            .ProducesProblems(401, 403, 404);
        return group;
    }
}
