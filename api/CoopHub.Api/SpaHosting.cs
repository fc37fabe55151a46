using Microsoft.Extensions.FileProviders;

namespace CoopHub.Api;

/// <summary>
/// Serves the built SPA (Spa:Root, e.g. web/dist) from "/": files as they are, hashed assets
/// cached for a year, and every other GET that is not an API, health or Swagger route answered
/// with index.html so client-side routes survive a reload. Without Spa:Root the host is API-only.
/// </summary>
internal static class SpaHosting
{
    private static readonly string[] ServerPrefixes = ["/api", "/health", "/swagger"];

    public static void UseCoopHubSpa(this WebApplication app)
    {
        var root = app.Configuration["Spa:Root"];
        if (string.IsNullOrWhiteSpace(root) || !File.Exists(Path.Combine(root, "index.html")))
        {
            if (!string.IsNullOrWhiteSpace(root)) app.Logger.LogWarning("Spa:Root {Root} has no index.html; serving the API only.", root);
            return;
        }
        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
        app.MapMethods("/{**path}", ["GET", "HEAD"], async context =>
            {
                if (ServerPrefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound; // the status-code pages write the problem
                    return;
                }
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-cache";
                await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
            })
            .WithOrder(int.MaxValue)
            .ExcludeFromDescription();
    }
}
