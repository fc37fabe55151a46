using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoopHub.Api;

internal static class OpenApiSetup
{
    public static IServiceCollection AddCoopHubOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "CoopHub API",
                Version = "v1",
                Description = "The system of record for Morocco's social and solidarity economy: cooperatives, programs, events, networks and the project bank.",
            });
            // Schema ids are the type names; the architecture tests keep them unique across modules.
            options.CustomSchemaIds(type => SchemaId(type));
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
        });
        return services;
    }

    private static string SchemaId(Type type)
    {
        if (!type.IsGenericType) return type.Name;
        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return string.Concat(type.GetGenericArguments().Select(SchemaId)) + name;
    }
}
