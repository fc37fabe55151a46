using System.Text;
using System.Xml;
using CoopHub.Contracts.Cooperatives;
using Mediator;

namespace CoopHub.Api;

/// <summary>
/// <c>/robots.txt</c> and <c>/sitemap.xml</c> for the public pages people search the web for (the directory and
/// each cooperative, calls, events, ideas), so search engines stop indexing the SPA's index.html under those names.
/// The absolute URLs use <c>Site:PublicUrl</c> when set (behind a proxy), else the request's own origin.
/// </summary>
internal static class CrawlerFiles
{
    /// <summary>The sitemap protocol's limit for one file.</summary>
    private const int MaxUrls = 50_000;

    private static readonly string[] PublicLists = ["/", "/cooperatives", "/calls", "/events", "/ideas", "/competitions", "/networks"];

    private static readonly string[] PrivatePaths = ["/api/", "/admin/", "/account", "/sign-in", "/my-registrations", "/registrations/", "/reviews", "/dashboard", "/unsubscribe"];

    public static IEndpointRouteBuilder MapCrawlerFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpContext context, IConfiguration configuration) =>
            {
                var text = new StringBuilder("User-agent: *\n");
                text.Append("Allow: /\nAllow: /api/v1/open-data/\n");
                foreach (var path in PrivatePaths) text.Append("Disallow: ").Append(path).Append('\n');
                text.Append("Sitemap: ").Append(Origin(context, configuration)).Append("/sitemap.xml\n");
                return TypedResults.Text(text.ToString(), "text/plain; charset=utf-8");
            })
            .ExcludeFromDescription();
        app.MapGet("/sitemap.xml", async (HttpContext context, IConfiguration configuration, ISender sender, CancellationToken ct) =>
            {
                var origin = Origin(context, configuration);
                var cooperatives = await sender.Send(new ListMatchingCooperatives(new CooperativeCriteria([], [], [], [], null, null, false)), ct);
                var urls = PublicLists.Select(p => origin + p).Concat(cooperatives.Select(c => $"{origin}/cooperatives/{c.Id}")).Take(MaxUrls);
                context.Response.ContentType = "application/xml; charset=utf-8";
                // Shared caches may keep it only when the origin is configured, not taken from the request's Host.
                context.Response.Headers.CacheControl = configuration["Site:PublicUrl"] is { Length: > 0 } ? "public, max-age=3600" : "no-cache";
                await using var writer = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });
                await writer.WriteStartDocumentAsync();
                await writer.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                foreach (var url in urls)
                {
                    await writer.WriteStartElementAsync(null, "url", null);
                    await writer.WriteElementStringAsync(null, "loc", null, url);
                    await writer.WriteEndElementAsync();
                }
                await writer.WriteEndElementAsync();
                await writer.WriteEndDocumentAsync();
                await writer.FlushAsync();
            })
            .ExcludeFromDescription();
        return app;
    }

    private static string Origin(HttpContext context, IConfiguration configuration)
        => configuration["Site:PublicUrl"] is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{context.Request.Scheme}://{context.Request.Host}";
}
