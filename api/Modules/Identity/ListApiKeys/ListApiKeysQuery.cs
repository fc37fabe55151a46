using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.ListApiKeys;

internal sealed record ListApiKeysQuery : IQuery<IReadOnlyList<ApiKeyDetails>>;

internal sealed class ListApiKeysAuthorizer : IAuthorizer<ListApiKeysQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListApiKeysQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

internal sealed class ListApiKeysHandler(DbSession db) : IQueryHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDetails>>
{
    public async ValueTask<IReadOnlyList<ApiKeyDetails>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
        => (await db.QueryAsync<ApiKeyRow>($"SELECT {ApiKeyRow.Columns} FROM idn_api_keys ORDER BY created_at DESC", null, cancellationToken))
            .Select(r => r.ToDetails()).ToList();
}

internal static class ListApiKeysEndpoint
{
    public static RouteGroupBuilder MapListApiKeys(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<IReadOnlyList<ApiKeyDetails>>> (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListApiKeysQuery(), ct)))
            .WithName("ListApiKeys")
            .WithSummary("API keys, newest first, without their secrets (administrators).")
            .ProducesProblems(401, 403);
        return group;
    }
}
