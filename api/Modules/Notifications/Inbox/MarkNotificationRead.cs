using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Notifications.Inbox;

internal sealed record MarkNotificationReadCommand(Guid NotificationId) : ICommand<Result<NotificationDetails>>;

internal sealed class MarkNotificationReadAuthorizer : IAuthorizer<MarkNotificationReadCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(MarkNotificationReadCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>Marks one message of the caller's own inbox read (again: no change); another person's message is not found.</summary>
internal sealed class MarkNotificationReadHandler(DbSession db, CurrentUser user, TimeProvider clock) : ICommandHandler<MarkNotificationReadCommand, Result<NotificationDetails>>
{
    public async ValueTask<Result<NotificationDetails>> Handle(MarkNotificationReadCommand command, CancellationToken cancellationToken)
    {
        var args = new { Id = command.NotificationId, Recipient = user.Id ?? Guid.Empty, Channel = ChannelNames.InApp, Now = clock.GetUtcNow() };
        await db.ExecuteAsync("UPDATE ntf_messages SET read_at = @Now WHERE id = @Id AND recipient_id = @Recipient AND channel = @Channel AND read_at IS NULL", args, cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<MessageRow>(
            $"SELECT {MessageRow.Columns} FROM ntf_messages m WHERE m.id = @Id AND m.recipient_id = @Recipient AND m.channel = @Channel", args, cancellationToken);
        return row is null ? Error.NotFound("notifications.not_found") : row.ToNotification();
    }
}

internal static class MarkNotificationReadEndpoint
{
    public static RouteGroupBuilder MapMarkNotificationRead(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/read", async Task<Results<Ok<NotificationDetails>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new MarkNotificationReadCommand(id), ct)))
            .WithName("MarkNotificationRead").WithSummary("Marks a message of the caller's inbox read.").ProducesProblems(401, 404);
        return group;
    }
}
