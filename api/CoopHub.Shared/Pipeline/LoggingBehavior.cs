using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace CoopHub.Shared.Pipeline;

public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var name = typeof(TMessage).Name;
        try
        {
            var response = await next(message, cancellationToken);
            var outcome = response is Results.IResult { IsFailure: true } ? "failed" : "ok";
            logger.LogInformation("{Message} {Outcome} in {ElapsedMs:0.0} ms", name, outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex) when (ex is not RequestValidationException and not Security.AccessDeniedException and not OperationCanceledException)
        {
            logger.LogError(ex, "{Message} threw after {ElapsedMs:0.0} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
