using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using Mediator;
using Microsoft.Extensions.Logging;
using Polly;

namespace CoopHub.Shared.Pipeline;

/// <summary>
/// A command runs in one transaction, retried whole on a transient database error; a failed
/// result rolls back; a successful one writes its audit rows in the same transaction.
/// Notifications it raised are published after commit, each in its own transaction so a subscriber's writes are atomic too. Queries are retried without a transaction.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(
    DbSession session, DomainEvents events, AuditTrail audit, IPublisher publisher, ResiliencePipeline retry, ILogger<UnitOfWorkBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || session.Transaction is not null)
        {
            return await retry.ExecuteAsync(async ct =>
            {
                try
                {
                    return await next(message, ct);
                }
                catch (Exception ex) when (TransientErrors.IsTransient(ex) && session.Transaction is null)
                {
                    await session.ResetAsync();
                    throw;
                }
            }, cancellationToken);
        }

        var response = await retry.ExecuteAsync(async ct =>
        {
            await session.BeginAsync(ct);
            try
            {
                var result = await next(message, ct);
                if (result is Results.IResult { IsFailure: true })
                {
                    await session.RollbackAsync();
                    events.Drain();
                    audit.Clear();
                }
                else
                {
                    await audit.FlushAsync(session, typeof(TMessage).Name, ct);
                    await session.CommitAsync(ct);
                }
                return result;
            }
            catch
            {
                events.Drain();
                audit.Clear();
                await session.ResetAsync();
                throw;
            }
        }, cancellationToken);

        foreach (var notification in events.Drain())
        {
            try
            {
                await retry.ExecuteAsync(async ct =>
                {
                    await session.BeginAsync(ct);
                    try
                    {
                        await publisher.Publish(notification, ct);
                        await session.CommitAsync(ct);
                    }
                    catch
                    {
                        await session.ResetAsync();
                        throw;
                    }
                }, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The command itself committed: its caller gets its answer. A subscriber that still fails
                // after the retries is logged loudly; a transactional outbox (DESIGN, Scale) will replay it.
                logger.LogError(ex, "Subscriber of {Notification} failed after {Message} committed.", notification.GetType().Name, typeof(TMessage).Name);
            }
        }
        return response;
    }
}
