namespace CoopHub.Api;

/// <summary>Security headers, HSTS outside development, CORS closed unless configured, no server banner.</summary>
internal static class Hardening
{
    // Fit for the SPA served from the same origin: no inline script, no framing. Swagger UI needs inline styles.
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
        return services;
    }

    public static IApplicationBuilder UseCoopHubHardening(this IApplicationBuilder app, IWebHostEnvironment environment)
    {
        if (!environment.IsDevelopment()) app.UseHsts();
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger")
                ? ContentSecurityPolicy.Replace("script-src 'self'", "script-src 'self' 'unsafe-inline'", StringComparison.Ordinal)
                : ContentSecurityPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            await next(context);
        });
    }
}
