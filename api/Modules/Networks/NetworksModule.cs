using CoopHub.Networks.Bodies;
using CoopHub.Networks.DemoData;
using CoopHub.Networks.Members;
using CoopHub.Networks.Networks;
using CoopHub.Networks.Organisations;
using CoopHub.Networks.Projects;
using CoopHub.Shared;
using CoopHub.Shared.Security;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Networks;

/// <summary>The module's one public entry: the partner directory, networks and unions, members, bodies and mandates.</summary>
public static class NetworksModule
{
    public static IServiceCollection AddNetworks(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(NetworksModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthorizersFromAssembly(typeof(NetworksModule).Assembly);
        services.AddScoped<IDemoDataSeeder, NetworksDemoSeeder>();
        return services;
    }

    public static RouteGroupBuilder MapNetworks(this RouteGroupBuilder api)
    {
        api.MapGroup("/organisations").WithTags("Organisations")
            .MapOrganisationReads().MapCreateOrganisation().MapUpdateOrganisation();
        api.MapGroup("/networks").WithTags("Networks")
            .MapNetworkReads().MapNetworkWrites().MapNetworkMembers().MapNetworkBodies().MapNetworkProjects();
        return api;
    }
}
