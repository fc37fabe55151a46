using CoopHub.Cooperatives.ChangeCooperativeStatus;
using CoopHub.Cooperatives.DemoData;
using CoopHub.Cooperatives.ExportCooperatives;
using CoopHub.Cooperatives.GetCooperative;
using CoopHub.Cooperatives.GetCooperativeStatistics;
using CoopHub.Cooperatives.GetCooperativeStatusHistory;
using CoopHub.Cooperatives.ImportCooperatives;
using CoopHub.Cooperatives.ListCooperatives;
using CoopHub.Cooperatives.GetOpenCooperativesCsv;
using CoopHub.Cooperatives.GetOpenCooperativesJson;
using CoopHub.Cooperatives.RegisterCooperative;
using CoopHub.Cooperatives.UpdateCooperative;
using CoopHub.Shared;
using CoopHub.Shared.Security;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Cooperatives;

/// <summary>The module's one public entry: the registry of cooperatives.</summary>
public static class CooperativesModule
{
    public const string Tag = "Cooperatives";

    public static IServiceCollection AddCooperatives(this IServiceCollection services)
    {
        CoopHub.Shared.Localization.ServerText.AddCatalogue("cooperatives", typeof(CooperativesModule).Assembly);
        services.AddValidatorsFromAssembly(typeof(CooperativesModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton<RegisterCooperativeValidator>();
        services.AddAuthorizersFromAssembly(typeof(CooperativesModule).Assembly);
        services.AddScoped<IDemoDataSeeder, CooperativeDemoSeeder>();
        services.AddSingleton<CoopHub.Shared.Migrations.IMigrationStep, Model.CooperativeSearchReindex>();
        return services;
    }

    public static RouteGroupBuilder MapCooperatives(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(CooperativesRoutes.Prefix).WithTags(Tag);
        group.MapListCooperatives()
            .MapRegisterCooperative()
            .MapExportCooperatives()
            .MapGetCooperativeStatistics()
            .MapImportCooperatives()
            .MapGetCooperative()
            .MapUpdateCooperative()
            .MapChangeCooperativeStatus()
            .MapGetCooperativeStatusHistory();
        api.MapGroup("/open-data").WithTags("OpenData")
            .MapGetOpenCooperativesJson()
            .MapGetOpenCooperativesCsv();
        return api;
    }

    /// <summary>Writes <paramref name="count"/> generated cooperatives as import CSV (benchmark input).</summary>
    public static Task WriteDemoCsvAsync(TextWriter writer, int count, int seed, CancellationToken ct)
        => CooperativeDemoData.WriteCsvAsync(writer, count, seed, ct);
}
