using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Webhooks.Model;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Webhooks.Subscriptions;

internal sealed record DeactivateWebhookCommand(Guid Id) : ICommand<Result<WebhookDetails>>;

internal sealed class DeactivateWebhookAuthorizer : IAuthorizer<DeactivateWebhookCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(DeactivateWebhookCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

/// <summary>Stops new deliveries; the delivery log stays.</summary>
internal sealed class DeactivateWebhookHandler(DbSession db, AuditTrail audit) : ICommandHandler<DeactivateWebhookCommand, Result<WebhookDetails>>
{
    public async ValueTask<Result<WebhookDetails>> Handle(DeactivateWebhookCommand command, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<WebhookRow>($"{WebhookRow.Select} WHERE id = @Id", new { command.Id }, cancellationToken);
        if (row is null) return WebhookErrors.NotFound();
        await db.ExecuteAsync("UPDATE app_webhooks SET active = @No WHERE id = @Id", new { No = false, command.Id }, cancellationToken);
        await db.ExecuteAsync("UPDATE app_webhook_deliveries SET status = 'cancelled' WHERE webhook_id = @Id AND status = 'pending'", new { command.Id }, cancellationToken);
        var before = row.ToDetails();
        var after = before with { Active = false };
        audit.Record("webhook", row.Id, before, after);
        return after;
    }
}

internal static class DeactivateWebhookEndpoint
{
    public static RouteGroupBuilder MapDeactivateWebhook(this RouteGroupBuilder group)
    {
        group.MapDelete("/{id:guid}", async Task<Results<Ok<WebhookDetails>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new DeactivateWebhookCommand(id), ct)))
            .WithName("DeactivateWebhook").WithSummary("Stops a subscription; pending deliveries are cancelled, the log stays.").ProducesProblems(401, 403, 404);
        return group;
    }
}
