using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CoopHub.Shared.Http;

/// <summary>Endpoint metadata raising the body limit above the 1 MB default (CSV import).</summary>
public sealed record BodySizeLimit(long Bytes)
{
    public const long Default = 1024 * 1024;
}

public static class BodySizeLimitExtensions
{
    public static TBuilder WithBodySizeLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(new BodySizeLimit(bytes));

    /// <summary>
    /// Rejects a declared oversize body with 413 before anything reads it, and caps streamed bodies
    /// through the server's own limit (exceeding it surfaces as a 413 from the exception handler).
    /// </summary>
    public static IApplicationBuilder UseBodySizeLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>()?.Bytes ?? BodySizeLimit.Default;
        if (context.Request.ContentLength > limit)
        {
            var sized = ServerText.Get("body.too_large_sized",
                ("size", (long)Math.Ceiling(context.Request.ContentLength.Value / 1024.0)), ("limit", limit / 1024));
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await Microsoft.AspNetCore.Http.Results.Problem(
                detail: sized,
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: ProblemResults.Title(413),
                extensions: new Dictionary<string, object?> { ["code"] = "body.too_large" }).ExecuteAsync(context);
            return;
        }
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;
        await next(context);
    });
}
