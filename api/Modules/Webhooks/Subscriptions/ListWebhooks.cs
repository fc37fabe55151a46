using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using CoopHub.Webhooks.Model;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Webhooks.Subscriptions;

internal sealed record ListWebhooksQuery : IQuery<IReadOnlyList<WebhookDetails>>;

internal sealed class ListWebhooksAuthorizer : IAuthorizer<ListWebhooksQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListWebhooksQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

internal sealed class ListWebhooksHandler(DbSession db) : IQueryHandler<ListWebhooksQuery, IReadOnlyList<WebhookDetails>>
{
    public async ValueTask<IReadOnlyList<WebhookDetails>> Handle(ListWebhooksQuery query, CancellationToken cancellationToken)
        => (await db.QueryAsync<WebhookRow>($"{WebhookRow.Select} ORDER BY created_at, id", null, cancellationToken)).Select(r => r.ToDetails()).ToList();
}

internal static class ListWebhooksEndpoint
{
    public static RouteGroupBuilder MapListWebhooks(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<IReadOnlyList<WebhookDetails>>> (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListWebhooksQuery(), ct)))
            .WithName("ListWebhooks").WithSummary("Webhook subscriptions (administrators).").ProducesProblems(401, 403);
        return group;
    }
}
