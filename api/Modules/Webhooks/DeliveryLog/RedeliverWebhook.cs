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

namespace CoopHub.Webhooks.DeliveryLog;

internal sealed record RedeliverWebhookCommand(Guid WebhookId, Guid DeliveryId) : ICommand<Result<DeliveryDetails>>;

internal sealed class RedeliverWebhookAuthorizer : IAuthorizer<RedeliverWebhookCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RedeliverWebhookCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

/// <summary>Queues the same message again (same webhook-id, so a consumer that already has it can ignore it).</summary>
internal sealed class RedeliverWebhookHandler(DbSession db, TimeProvider clock, AuditTrail audit) : ICommandHandler<RedeliverWebhookCommand, Result<DeliveryDetails>>
{
    public async ValueTask<Result<DeliveryDetails>> Handle(RedeliverWebhookCommand command, CancellationToken cancellationToken)
    {
        var changed = await db.ExecuteAsync("""
            UPDATE app_webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = @Now, claimed_until = NULL
            WHERE id = @DeliveryId AND webhook_id = @WebhookId
            """, new { Now = clock.GetUtcNow(), command.DeliveryId, command.WebhookId }, cancellationToken);
        if (changed == 0) return WebhookErrors.DeliveryNotFound();
        var after = (await db.QuerySingleOrDefaultAsync<DeliveryRow>($"SELECT {DeliveryRow.Columns} FROM app_webhook_deliveries d WHERE d.id = @DeliveryId",
            new { command.DeliveryId }, cancellationToken))!.ToDetails();
        audit.Record("webhookDelivery", command.DeliveryId, null, new { after.Id, after.Status });
        return after;
    }
}

internal static class RedeliverWebhookEndpoint
{
    public static RouteGroupBuilder MapRedeliverWebhook(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", async Task<Results<Ok<DeliveryDetails>, ProblemHttpResult>> (Guid id, Guid deliveryId, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new RedeliverWebhookCommand(id, deliveryId), ct)))
            .WithName("RedeliverWebhook").WithSummary("Sends a delivery again (same webhook-id).").ProducesProblems(401, 403, 404);
        return group;
    }
}
