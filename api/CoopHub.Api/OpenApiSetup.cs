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
            options.OperationFilter<CamelCaseQueryParameters>();
            options.SchemaFilter<ProblemDetailsExtensions>();
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

/// <summary>Query parameters as clients write them (q, pageSize); binding ignores case, the contract should not.</summary>
internal sealed class CamelCaseQueryParameters : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name && char.IsUpper(name[0]))
            {
                parameter.Name = char.ToLowerInvariant(name[0]) + name[1..];
            }
        }
    }
}

/// <summary>Every problem CoopHub returns carries a machine-readable code and the trace id; say so in the contract.</summary>
internal sealed class ProblemDetailsExtensions : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || !typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.Type)) return;
        concrete.Properties ??= new Dictionary<string, IOpenApiSchema>();
        concrete.Properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "Machine-readable reason, e.g. cooperative.registration_number_taken." };
        concrete.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "Quote it when reporting a problem." };
    }
}
