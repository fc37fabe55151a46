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
            options.OperationFilter<IdempotencyKeyHeader>();
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

/// <summary>Every POST accepts an Idempotency-Key (ADR 0012); generated clients should offer it.</summary>
internal sealed class IdempotencyKeyHeader : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!string.Equals(context.ApiDescription.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)) return;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = CoopHub.Shared.Http.Idempotency.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Send the same key to retry safely: within 24 hours the first response is replayed (Idempotent-Replayed: true); the same key with another body is a 422.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
        });
    }
}
