using CoopHub.Events.Calendar;
using CoopHub.Events.Catalogue;
using CoopHub.Events.DemoData;
using CoopHub.Events.Registrations;
using CoopHub.Shared;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Events;

/// <summary>The module's one public entry: events, registrations with capacity and waitlists, check-in, attendance, calendars.</summary>
public static class EventsModule
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        CoopHub.Shared.Localization.ServerText.AddCatalogue("events", typeof(EventsModule).Assembly);
        services.AddValidatorsFromAssembly(typeof(EventsModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthorizersFromAssembly(typeof(EventsModule).Assembly);
        services.AddScoped<IDemoDataSeeder, EventsDemoSeeder>();
        services.AddSingleton<CoopHub.Shared.Migrations.IMigrationStep, Model.EventSearch.Reindex>();
        return services;
    }

    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        var events = api.MapGroup(EventsRoutes.Prefix).WithTags("Events")
            .MapListEvents()
            .MapGetEvent()
            .MapCreateEvent()
            .MapUpdateEvent()
            .MapRecordWalkIns()
            .MapRegisterForEvent()
            .MapListEventRegistrations()
            .MapCancelRegistration()
            .MapCheckIn()
            .MapGetEventAttendance()
            .MapListMyRegistrations();
        api.MapGroup(EventsRoutes.ByCodePrefix).WithTags("Events").RequireRateLimiting(RateLimitPolicies.CodeLookup)
            .MapGetRegistrationByCode()
            .MapCancelRegistrationByCode();
        api.MapGetEventsCalendar();
        events.MapGetEventCalendar();
        return api;
    }
}
