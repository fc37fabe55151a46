using CoopHub.Shared.Security;
using CoopHub.Webhooks.Delivery;
using CoopHub.Webhooks.Model;
using CoopHub.Webhooks.Subscriptions;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Polly;
using Polly.CircuitBreaker;

namespace CoopHub.Webhooks;

/// <summary>The module's one public entry: webhook subscriptions, the outbox dispatcher and the delivery log.</summary>
public static class WebhooksModule
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Tests turn the dispatcher on where they exercise it; every other test app must not send.
        var options = new WebhookOptions { AllowLoopbackHttp = !environment.IsProduction(), Dispatch = !environment.IsEnvironment("Testing") };
        configuration.GetSection("Webhooks").Bind(options);
        services.AddSingleton(options);
        services.AddValidatorsFromAssembly(typeof(WebhooksModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthorizersFromAssembly(typeof(WebhooksModule).Assembly);
        services.AddHttpClient(WebhookDispatcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton(new TargetPipelines(options));
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        return services;
    }

    public static RouteGroupBuilder MapWebhooks(this RouteGroupBuilder api)
    {
        api.MapGroup("/webhooks").WithTags("Webhooks").RequireAuthorization().MapWebhookSlices();
        return api;
    }
}

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
