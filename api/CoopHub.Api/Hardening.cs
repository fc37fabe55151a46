using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CoopHub.Api;

/// <summary>
/// Forwarded headers from configured proxies only, security headers, HSTS outside development,
/// CORS closed unless configured, no server banner.
/// </summary>
internal static partial class Hardening
{
    // Fit for the SPA served from the same origin: no inline script but index.html's own (by hash), no framing. Swagger UI needs inline styles.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddCoopHubHardening(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options => options.AddServerHeader = false);
        // Cors:AllowedOrigins lists the partner sites allowed to call from a browser; none by default.
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            if (origins.Length > 0) policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().AllowCredentials();
        }));
        if (!environment.IsDevelopment())
        {
            services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        }
        // ReverseProxy:KnownProxies (addresses) and ReverseProxy:KnownNetworks (CIDR) name the proxies whose
        // X-Forwarded-For/-Proto count; nobody's by default, not even loopback's.
        var proxies = Parse(configuration, "ReverseProxy:KnownProxies", IPAddress.Parse);
        var networks = Parse(configuration, "ReverseProxy:KnownNetworks", System.Net.IPNetwork.Parse);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
            // Every hop must be a known proxy for the next one to count, so a chain of them may be unwound.
            options.ForwardLimit = null;
        });
        return services;
    }

    private static T[] Parse<T>(IConfiguration configuration, string key, Func<string, T> parse)
        => (configuration.GetSection(key).Get<string[]>() ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(value =>
        {
            try
            {
                return parse(value.Trim());
            }
            catch (FormatException)
            {
                throw new InvalidOperationException($"{key} holds '{value}', which is not {(typeof(T) == typeof(IPAddress) ? "an IP address" : "a network like 10.0.0.0/8")}.");
            }
        }).ToArray();

    /// <summary>
    /// The CSP with the hashes of the built index.html's inline scripts (the one that sets the language and direction
    /// before the first paint, ADR 0018): those scripts run, no other inline script does.
    /// </summary>
    internal static string PolicyFor(string? spaRoot)
    {
        var index = string.IsNullOrWhiteSpace(spaRoot) ? null : Path.Combine(spaRoot, "index.html");
        if (index is null || !File.Exists(index)) return ContentSecurityPolicy;
        var hashes = InlineScript().Matches(File.ReadAllText(index))
            .Select(m => $" 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["body"].Value)))}'");
        return ContentSecurityPolicy.Replace("script-src 'self'", "script-src 'self'" + string.Concat(hashes), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<script>(?<body>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    public static IApplicationBuilder UseCoopHubHardening(this IApplicationBuilder app, IWebHostEnvironment environment, IConfiguration configuration)
    {
        var policy = PolicyFor(configuration["Spa:Root"]);
        // First, so HSTS, cookies, rate limits and sign-in throttling see the client's scheme and address.
        // Only with proxies configured: with none, the middleware would trust every sender.
        var forwarded = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (forwarded.KnownProxies.Count + forwarded.KnownIPNetworks.Count > 0) app.UseForwardedHeaders();
        if (!environment.IsDevelopment()) app.UseHsts();
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger")
                ? ContentSecurityPolicy.Replace("script-src 'self'", "script-src 'self' 'unsafe-inline'", StringComparison.Ordinal)
                : policy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            await next(context);
        });
    }
}
