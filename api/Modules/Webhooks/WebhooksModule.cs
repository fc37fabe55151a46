using CoopHub.Shared.Security;
using CoopHub.Webhooks.Delivery;
using CoopHub.Webhooks.DeliveryLog;
using CoopHub.Webhooks.Model;
using CoopHub.Webhooks.Subscriptions;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopHub.Webhooks;

/// <summary>The module's one public entry: webhook subscriptions, the outbox dispatcher and the delivery log.</summary>
public static class WebhooksModule
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        CoopHub.Shared.Localization.ServerText.AddCatalogue("webhooks", typeof(WebhooksModule).Assembly);
        // Tests turn the dispatcher on where they exercise it; every other test app must not send.
        var options = new WebhookOptions { AllowLoopbackHttp = !environment.IsProduction(), Dispatch = !environment.IsEnvironment("Testing") };
        configuration.GetSection("Webhooks").Bind(options);
        services.AddSingleton(options);
        services.AddValidatorsFromAssembly(typeof(WebhooksModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthorizersFromAssembly(typeof(WebhooksModule).Assembly);
        services.AddSingleton<IWebhookDns, SystemWebhookDns>();
        services.AddSingleton<WebhookTargets>();
        // The connect callback judges every address it connects to; redirects are not followed (a
        // 3xx is a failed delivery) and no proxy is used (the check would judge the proxy, not the target).
        services.AddHttpClient(WebhookDispatcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, UseProxy = false, UseCookies = false, ConnectCallback = sp.GetRequiredService<WebhookTargets>().ConnectAsync,
            });
        services.AddSingleton(new TargetPipelines(options));
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<CoopHub.Shared.Outbox.IOutboxQueue, WebhookQueue>();
        return services;
    }

    public static RouteGroupBuilder MapWebhooks(this RouteGroupBuilder api)
    {
        api.MapGroup(WebhooksRoutes.Prefix).WithTags("Webhooks").RequireAuthorization()
            .MapListWebhooks()
            .MapCreateWebhook()
            .MapDeactivateWebhook()
            .MapListWebhookDeliveries()
            .MapRedeliverWebhook();
        return api;
    }
}
