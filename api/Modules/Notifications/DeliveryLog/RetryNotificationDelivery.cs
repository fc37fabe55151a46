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

/// <summary>
/// Queues a message again, now, with its attempts counted afresh: a failed or dead one, or an SMS the channel accepted
/// whose delivery receipt says it never reached the phone (<c>undelivered</c>, <c>failed</c>; ADR 0023 amendment). A
/// message sent with no such receipt is refused (it would reach the person twice), and so is a sent account message
/// (its code was blanked once sent: the person asks for a new one). The retried SMS forgets the old receipt and sid, so
/// the new attempt's receipt is the one the log shows; the audit row keeps what they were.
/// </summary>
internal sealed class RetryNotificationDeliveryHandler(DbSession db, TimeProvider clock, AuditTrail audit)
    : ICommandHandler<RetryNotificationDeliveryCommand, Result<NotificationDeliveryDetails>>
{
    public async ValueTask<Result<NotificationDeliveryDetails>> Handle(RetryNotificationDeliveryCommand command, CancellationToken cancellationToken)
    {
        var select = $"SELECT {MessageRow.Columns} FROM ntf_messages m WHERE m.id = @Id";
        var before = await db.QuerySingleOrDefaultAsync<MessageRow>(select, new { Id = command.DeliveryId }, cancellationToken);
        if (before is null) return Error.NotFound("notifications.delivery_not_found");
        if (before.Status == DeliveryStates.Sent && !(Undelivered(before) && before.Topic != Topics.Account))
            return Error.Conflict("notifications.delivery_already_sent");
        // Compare-and-set on what was read: a receipt saying "delivered" that lands in between wins, and the retry is refused.
        var changed = await db.ExecuteAsync("""
            UPDATE ntf_messages SET status = @Queued, attempts = 0, next_attempt_at = @Now, claimed_until = NULL,
                provider_id = NULL, receipt = NULL, receipt_error = NULL, receipt_at = NULL
            WHERE id = @Id AND status = @Status AND (receipt IS NULL OR receipt <> @Delivered)
            """, new { Queued = DeliveryStates.Queued, Now = clock.GetUtcNow(), Id = command.DeliveryId, before.Status, Delivered = ReceiptStates.Delivered }, cancellationToken);
        if (changed == 0) return Error.Conflict("notifications.delivery_already_sent");
        var after = (await db.QuerySingleOrDefaultAsync<MessageRow>(select, new { Id = command.DeliveryId }, cancellationToken))!.ToDelivery();
        audit.Record("notificationDelivery", command.DeliveryId, new { before.Status, before.Attempts, before.ProviderId, before.Receipt, before.ReceiptError },
            new { after.Status });
        return after;
    }

    /// <summary>The provider said the SMS it accepted never reached the phone.</summary>
    public static bool Undelivered(MessageRow message)
        => message.Channel == ChannelNames.Sms && message.Receipt is ReceiptStates.Undelivered or ReceiptStates.Failed;
}

internal static class RetryNotificationDeliveryEndpoint
{
    public static RouteGroupBuilder MapRetryNotificationDelivery(this RouteGroupBuilder group)
    {
        group.MapPost("/deliveries/{id:guid}/retry", async Task<Results<Ok<NotificationDeliveryDetails>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new RetryNotificationDeliveryCommand(id), ct)))
            .WithName("RetryNotificationDelivery").WithSummary("Queues a failed or dead message again, or an SMS whose delivery receipt says undelivered or failed.").ProducesProblems(401, 403, 404, 409);
        return group;
    }
}
