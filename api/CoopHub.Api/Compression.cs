using System.IO.Compression;
using CoopHub.Shared.Http;
using Microsoft.AspNetCore.ResponseCompression;

namespace CoopHub.Api;

/// <summary>
/// Compresses API responses (JSON, problem details, CSV, iCalendar) with Brotli or gzip, whichever the client
/// prefers; static files are compressed once at build time and served by <see cref="SpaHosting"/> (ADR 0018).
/// An endpoint marked <see cref="NoCompression"/> is never compressed.
/// </summary>
internal static class Compression
{
    private static readonly string[] TextTypes =
    [
        "application/json", "application/problem+json", "text/csv", "text/calendar", "text/plain", "application/xml", "text/xml",
        "text/html", "text/css", "application/javascript", "text/javascript", "image/svg+xml", "application/manifest+json",
    ];

    public static IServiceCollection AddCoopHubCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Responses that carry a secret opt out by endpoint metadata; the rest hold nothing an attacker can pair with a secret.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = TextTypes;
        });
        // Fastest: on a 2-core server Brotli's optimal level costs more time than it saves on a 400 kbit/s link for JSON pages.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>After routing, so the endpoint's metadata is known.</summary>
    public static IApplicationBuilder UseCoopHubCompression(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<NoCompression>() is not null)
            {
                context.Request.Headers.AcceptEncoding = "identity";
            }
            return next(context);
        });
        return app.UseResponseCompression();
    }
}
