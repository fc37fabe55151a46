using CoopHub.Notifications.Model;
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

namespace CoopHub.Notifications.DeliveryLog;

internal sealed record RetryNotificationDeliveryCommand(Guid DeliveryId) : ICommand<Result<NotificationDeliveryDetails>>;

internal sealed class RetryNotificationDeliveryAuthorizer : IAuthorizer<RetryNotificationDeliveryCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RetryNotificationDeliveryCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.Admin(user));
}

/// <summary>Queues a failed or dead message again, now, with its attempts counted afresh; a sent one is refused (it would reach the person twice).</summary>
internal sealed class RetryNotificationDeliveryHandler(DbSession db, TimeProvider clock, AuditTrail audit)
    : ICommandHandler<RetryNotificationDeliveryCommand, Result<NotificationDeliveryDetails>>
{
    public async ValueTask<Result<NotificationDeliveryDetails>> Handle(RetryNotificationDeliveryCommand command, CancellationToken cancellationToken)
    {
        var select = $"SELECT {MessageRow.Columns} FROM ntf_messages m WHERE m.id = @Id";
        var before = await db.QuerySingleOrDefaultAsync<MessageRow>(select, new { Id = command.DeliveryId }, cancellationToken);
        if (before is null) return Error.NotFound("notifications.delivery_not_found");
        if (before.Status == DeliveryStates.Sent) return Error.Conflict("notifications.delivery_already_sent");
        await db.ExecuteAsync("UPDATE ntf_messages SET status = @Queued, attempts = 0, next_attempt_at = @Now, claimed_until = NULL WHERE id = @Id",
            new { Queued = DeliveryStates.Queued, Now = clock.GetUtcNow(), Id = command.DeliveryId }, cancellationToken);
        var after = (await db.QuerySingleOrDefaultAsync<MessageRow>(select, new { Id = command.DeliveryId }, cancellationToken))!.ToDelivery();
        audit.Record("notificationDelivery", command.DeliveryId, new { before.Status, before.Attempts }, new { after.Status });
        return after;
    }
}

internal static class RetryNotificationDeliveryEndpoint
{
    public static RouteGroupBuilder MapRetryNotificationDelivery(this RouteGroupBuilder group)
    {
        group.MapPost("/deliveries/{id:guid}/retry", async Task<Results<Ok<NotificationDeliveryDetails>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new RetryNotificationDeliveryCommand(id), ct)))
            .WithName("RetryNotificationDelivery").WithSummary("Queues a failed or dead message again.").ProducesProblems(401, 403, 404, 409);
        return group;
    }
}
