using CoopHub.Networks.Bodies;
using CoopHub.Networks.DemoData;
using CoopHub.Networks.Members;
using CoopHub.Networks.Organisations;
using CoopHub.Networks.Projects;
using CoopHub.Networks.Registry;
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
        CoopHub.Shared.Localization.ServerText.AddCatalogue("networks", typeof(NetworksModule).Assembly);
        services.AddValidatorsFromAssembly(typeof(NetworksModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthorizersFromAssembly(typeof(NetworksModule).Assembly);
        services.AddScoped<IDemoDataSeeder, NetworksDemoSeeder>();
        services.AddSingleton<CoopHub.Shared.Migrations.IMigrationStep, Model.NetworkSearch.NetworkReindex>();
        services.AddSingleton<CoopHub.Shared.Migrations.IMigrationStep, Model.NetworkSearch.OrganisationReindex>();
        return services;
    }

    public static RouteGroupBuilder MapNetworks(this RouteGroupBuilder api)
    {
        api.MapGroup(NetworksRoutes.OrganisationsPrefix).WithTags("Organisations")
            .MapListOrganisations()
            .MapGetOrganisation()
            .MapCreateOrganisation()
            .MapUpdateOrganisation();
        api.MapGroup(NetworksRoutes.NetworksPrefix).WithTags("Networks")
            .MapListNetworks()
            .MapGetNetwork()
            .MapCreateNetwork()
            .MapUpdateNetwork()
            .MapListNetworkMembers()
            .MapAddNetworkMember()
            .MapEndNetworkMembership()
            .MapListNetworkBodies()
            .MapCreateNetworkBody()
            .MapAppointMandate()
            .MapEndMandate()
            .MapListExpiringMandates()
            .MapListNetworkProjects()
            .MapCreateNetworkProject()
            .MapRecordImpactAssessment()
            .MapGetNetworkImpact();
        return api;
    }
}
