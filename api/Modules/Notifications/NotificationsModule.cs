using CoopHub.Notifications.Channels;
using CoopHub.Notifications.DeliveryLog;
using CoopHub.Notifications.Dispatch;
using CoopHub.Notifications.Inbox;
using CoopHub.Notifications.Model;
using CoopHub.Notifications.Preferences;
using CoopHub.Notifications.Segments;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopHub.Notifications;

/// <summary>The module's one public entry: the outbox fan-out to people, the channels (inbox, e-mail, SMS), the inbox and the delivery log.</summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        CoopHub.Shared.Localization.ServerText.AddCatalogue("notifications", typeof(NotificationsModule).Assembly);
        // Tests turn the dispatcher on where they exercise it; every other test app must not send.
        var options = new NotificationOptions { Dispatch = !environment.IsEnvironment("Testing") };
        configuration.GetSection("Notifications").Bind(options);
        if (!Path.IsPathRooted(options.PickupDirectory)) options.PickupDirectory = Path.GetFullPath(options.PickupDirectory);
        var smtp = new SmtpOptions();
        configuration.GetSection("Smtp").Bind(smtp);
        if (!Path.IsPathRooted(options.SmsPickupDirectory)) options.SmsPickupDirectory = Path.GetFullPath(options.SmsPickupDirectory);
        var sms = new SmsOptions();
        configuration.GetSection("Sms").Bind(sms);
        if (string.IsNullOrWhiteSpace(sms.PublicBaseUrl)) sms.PublicBaseUrl = options.PublicBaseUrl;
        services.AddSingleton(options);
        services.AddSingleton(smtp);
        services.AddSingleton(sms);
        services.AddValidatorsFromAssembly(typeof(NotificationsModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthorizersFromAssembly(typeof(NotificationsModule).Assembly);
        services.AddSingleton<UnsubscribeTokens>();
        services.AddSingleton<INotificationChannel, InAppChannel>();
        services.AddSingleton<INotificationChannel, EmailChannel>();
        // The channel sets its own timeout (Sms:Timeout) per request; no redirect is followed (a 3xx is a failure).
        services.AddHttpClient(SmsChannel.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddSingleton<INotificationChannel, SmsChannel>();
        services.AddSingleton<ChannelRateLimits>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        services.AddSingleton<CoopHub.Shared.Outbox.IOutboxQueue, NotificationQueue>(); // its backlog in the metrics and /health/ready (ADR 0033)
        services.AddSingleton<Scheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<Scheduler>());
        return services;
    }

    public static RouteGroupBuilder MapNotifications(this RouteGroupBuilder api)
    {
        api.MapGroup(NotificationsRoutes.Prefix).WithTags("Notifications").RequireAuthorization()
            .MapListNotifications()
            .MapMarkNotificationRead()
            .MapListNotificationDeliveries()
            .MapRetryNotificationDelivery()
            .MapGetNotificationPreferences()
            .MapUpdateNotificationPreferences()
            .MapGetRegistryContactConsent()
            .MapChangeRegistryContactConsent()
            .MapPreviewSegmentMessage()
            .MapSendSegmentMessage()
            .MapGetSegmentMessage()
            .MapListSegmentMessages();
        // The link in a message works without signing in: the signed token is the credential (rate-limited like a registration code).
        api.MapGroup(NotificationsRoutes.Prefix).WithTags("Notifications").RequireRateLimiting(RateLimitPolicies.CodeLookup)
            .MapUnsubscribeFromNotifications()
            .MapGetContactPreferences()
            .MapUpdateContactPreferences();
        // The provider's delivery receipts: its signature is the credential, and it posts one per state of every SMS (no rate limit a campaign would hit).
        api.MapGroup(NotificationsRoutes.Prefix).WithTags("Notifications")
            .MapRecordSmsDeliveryReceipt();
        return api;
    }
}
