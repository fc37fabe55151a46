using System.Diagnostics;
using CoopHub.Shared.Observability;
using Mediator;

namespace CoopHub.Shared.Pipeline;

/// <summary>
/// The outermost behaviour: a span per mediator request (named after the request, under the HTTP request's span, above
/// its SQL commands) and the <c>coophub.mediator.duration</c> and <c>coophub.mediator.failures</c> metrics. A failed
/// result is recorded as a failure without marking the span an error (a 404 or a 409 is an answer, not a fault); an
/// exception other than validation, access denied or cancellation marks it an error.
/// </summary>
public sealed class TracingBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!Telemetry.Source.HasListeners() && !Telemetry.HandlerDuration.Enabled) return await next(message, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        using var activity = Telemetry.Source.StartActivity(MessageName, ActivityKind.Internal);
        activity?.SetTag("coophub.message", MessageName);
        var outcome = "ok";
        try
        {
            var response = await next(message, cancellationToken);
            if (response is Results.IResult { IsFailure: true }) outcome = "failed";
            return response;
        }
        catch (Exception ex) when (ex is RequestValidationException or Security.AccessDeniedException or OperationCanceledException)
        {
            outcome = "failed";
            throw;
        }
        catch (Exception ex)
        {
            outcome = "error";
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity?.SetTag("error.type", ex.GetType().FullName);
            throw;
        }
        finally
        {
            activity?.SetTag("coophub.outcome", outcome);
            var tags = new TagList { { "coophub.message", MessageName }, { "coophub.outcome", outcome } };
            Telemetry.HandlerDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            if (outcome != "ok") Telemetry.HandlerFailures.Add(1, tags);
        }
    }
}
