using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
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
            options.OperationFilter<GenericResponses>();
            options.SchemaFilter<ProblemDetailsExtensions>();
            options.SchemaFilter<NullableReferences>();
            // Wall-clock times (an event's start in its time zone) carry no offset: not an RFC 3339 date-time.
            options.MapType<DateTime>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Format = "date-time-local",
                Description = "Local date and time without offset (YYYY-MM-DDThh:mm:ss), in the record's time zone.",
            });
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
        // A 400 names fields when it can (validation, a wrong type); a malformed request or a missing antiforgery
        // header has nothing to name, so errors is optional.
        concrete.Required?.Remove("errors");
    }
}

/// <summary>
/// A nullable property whose type is a component (<c>CooperativeStatus? FromStatus</c>, <c>AwardDetails? Award</c>)
/// is a bare <c>$ref</c>, and OpenAPI 3.0 ignores a <c>nullable</c> beside a <c>$ref</c>: wrap it as
/// <c>allOf: [$ref], nullable: true</c> so clients accept the null the API sends.
/// </summary>
internal sealed class NullableReferences : ISchemaFilter
{
    private static readonly System.Reflection.NullabilityInfoContext Nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties } || context.Type is null) return;
        foreach (var member in context.Type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
        {
            var name = properties.Keys.FirstOrDefault(k => string.Equals(k, member.Name, StringComparison.OrdinalIgnoreCase));
            if (name is null || properties[name] is not OpenApiSchemaReference reference) continue;
            var nullable = Nullable.GetUnderlyingType(member.PropertyType) is not null
                || (!member.PropertyType.IsValueType && Nullability.Create(member).ReadState == System.Reflection.NullabilityState.Nullable);
            if (nullable) properties[name] = new OpenApiSchema { AllOf = [reference], Type = JsonSchemaType.Null };
        }
    }
}

/// <summary>
/// Statuses the pipeline answers for whole classes of operations, declared where they happen (issue 14, item 8):
/// 401 everywhere (a bad API key is refused on any route), 403 where the endpoint requires authorization, 400 on
/// unsafe methods (antiforgery), 413 and 415 where there is a body, 404 where there is a path id, 429 on anonymous
/// reads and rate-limited endpoints, and the media type of a 200 an endpoint declares with Produces(contentType).
/// </summary>
internal sealed class GenericResponses : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var method = context.ApiDescription.HttpMethod ?? "GET";
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        var requiresIdentity = metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any()
            && !metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
        var rateLimited = metadata.OfType<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>().Any();
        var hasBody = operation.RequestBody is not null;
        var hasPathId = context.ApiDescription.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path);

        operation.Responses ??= [];
        Add(operation, context, 401, typeof(ProblemDetails));
        if (requiresIdentity) Add(operation, context, 403, typeof(ProblemDetails));
        if (!safe) Add(operation, context, 400, typeof(HttpValidationProblemDetails));
        if (hasBody)
        {
            Add(operation, context, 413, typeof(ProblemDetails));
            Add(operation, context, 415, typeof(HttpValidationProblemDetails));
        }
        if (hasPathId) Add(operation, context, 404, typeof(ProblemDetails));
        if (rateLimited || (safe && !requiresIdentity)) Add(operation, context, 429, typeof(ProblemDetails));
        DeclareMediaTypes(operation, metadata);

        var sorted = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (status, response) in sorted) operation.Responses[status] = response;
    }

    private static void Add(OpenApiOperation operation, OperationFilterContext context, int status, Type problem)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key)) return;
        operation.Responses[key] = new OpenApiResponse
        {
            Description = ReasonPhrases.GetReasonPhrase(status),
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(problem, context.SchemaRepository) },
            },
        };
    }

    /// <summary>Produces(200, contentType: "text/csv") without a type leaves the response without content; say what it is.</summary>
    private static void DeclareMediaTypes(OpenApiOperation operation, IList<object> metadata)
    {
        foreach (var produces in metadata.OfType<IProducesResponseTypeMetadata>().Where(p => p.Type is null || p.Type == typeof(void)))
        {
            var key = produces.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses!.GetValueOrDefault(key) is not OpenApiResponse response) continue;
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var contentType in produces.ContentTypes)
            {
                if (response.Content.ContainsKey(contentType)) continue;
                response.Content[contentType] = new OpenApiMediaType
                {
                    Schema = contentType.EndsWith("json", StringComparison.Ordinal)
                        ? new OpenApiSchema { Type = JsonSchemaType.Object }
                        : new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }
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
