using CoopHub.Webhooks.Model;
using Polly;
using Polly.CircuitBreaker;

namespace CoopHub.Webhooks.Delivery;

/// <summary>One pipeline per target (scheme://host:port), built on first use: a timeout inside a circuit breaker that opens after consecutive failures.</summary>
internal sealed class TargetPipelines(WebhookOptions options) : IAsyncDisposable
{
    private readonly Polly.Registry.ResiliencePipelineRegistry<string> _registry = new();

    public ResiliencePipeline<HttpResponseMessage> For(string target) => _registry.GetOrAddPipeline<HttpResponseMessage>(target, builder => builder
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not null || args.Outcome.Result is { IsSuccessStatusCode: false }),
            FailureRatio = 1.0,
            MinimumThroughput = Math.Max(2, options.BreakerFailures),
            SamplingDuration = TimeSpan.FromMinutes(10),
            BreakDuration = options.BreakerBreak,
        })
        .AddTimeout(options.RequestTimeout));

    public ValueTask DisposeAsync() => _registry.DisposeAsync();
}
