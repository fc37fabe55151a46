using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace CoopHub.Api;

/// <summary>
/// Serves the built SPA (Spa:Root, e.g. web/dist) from "/": hashed assets cached for a year, the rest revalidated,
/// each file as the Brotli or gzip copy the build wrote beside it when the browser accepts one (ADR 0018), and every
/// other GET that is not an API, health or Swagger route answered with index.html so client-side routes survive a
/// reload. Without Spa:Root the host is API-only.
/// </summary>
internal static class SpaHosting
{
    private static readonly string[] ServerPrefixes = ["/api", "/health", "/swagger"];

    private static readonly (string Token, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    private const string EncodingItem = "CoopHub.Spa.Encoding";

    public static void UseCoopHubSpa(this WebApplication app)
    {
        var root = app.Configuration["Spa:Root"];
        if (string.IsNullOrWhiteSpace(root) || !File.Exists(Path.Combine(root, "index.html")))
        {
            if (!string.IsNullOrWhiteSpace(root)) app.Logger.LogWarning("Spa:Root {Root} has no index.html; serving the API only.", root);
            return;
        }
        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        app.Use((context, next) =>
        {
            ChoosePrecompressed(context, files);
            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new PrecompressedContentTypes(),
            OnPrepareResponse = context =>
            {
                var response = context.Context.Response;
                if (context.Context.Items[EncodingItem] is string encoding) response.Headers.ContentEncoding = encoding;
                if (context.Context.Items.ContainsKey(EncodingItem) || HasCopies(files, context.Context.Request.Path.Value!))
                {
                    response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                }
                if (context.Context.Request.Path.StartsWithSegments("/assets"))
                {
                    response.Headers.CacheControl = "public, max-age=31536000, immutable";
                    WithoutDocumentHeaders(response.Headers);
                }
                else
                {
                    response.Headers.CacheControl = "no-cache";
                }
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
                await context.Response.SendFileAsync(files.GetFileInfo("index.html")); // compressed on the fly: it is small
            })
            .WithOrder(int.MaxValue)
            .ExcludeFromDescription();
    }

    /// <summary>
    /// A hashed script or stylesheet is not a document: the policy, framing, referrer and opener headers do nothing on it,
    /// and on a phone's slow link they cost ~450 bytes for each of the dozens of files a first visit loads (issue 16).
    /// <c>nosniff</c> stays (it guards scripts and stylesheets); so does the ETag. A name that carries the content's
    /// hash never changes, so Last-Modified adds nothing to the year-long cache.
    /// </summary>
    private static void WithoutDocumentHeaders(IHeaderDictionary headers)
    {
        headers.Remove(HeaderNames.ContentSecurityPolicy);
        headers.Remove(HeaderNames.XFrameOptions);
        headers.Remove("Referrer-Policy");
        headers.Remove("Cross-Origin-Opener-Policy");
        headers.Remove(HeaderNames.LastModified);
    }

    /// <summary>Points the request at <c>file.br</c> or <c>file.gz</c> when the file has one and the browser accepts it.</summary>
    private static void ChoosePrecompressed(HttpContext context, IFileProvider files)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return;
        var path = request.Path.Value;
        if (string.IsNullOrEmpty(path) || !Path.HasExtension(path) || ServerPrefixes.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))) return;
        if (!files.GetFileInfo(path).Exists) return;
        var accepted = Accepted(request.Headers.AcceptEncoding);
        foreach (var (token, suffix) in Encodings)
        {
            if (!accepted.Contains(token) || !files.GetFileInfo(path + suffix).Exists) continue;
            request.Path = path + suffix;
            context.Items[EncodingItem] = token;
            return;
        }
    }

    private static bool HasCopies(IFileProvider files, string path) => Encodings.Any(e => files.GetFileInfo(path + e.Suffix).Exists);

    /// <summary>The codings the browser accepts (q above zero); <c>*</c> accepts both.</summary>
    private static HashSet<string> Accepted(Microsoft.Extensions.Primitives.StringValues header)
    {
        var accepted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!StringWithQualityHeaderValue.TryParseList(header, out var values)) return accepted;
        foreach (var value in values)
        {
            if (value.Quality is 0) continue;
            if (value.Value == "*") accepted.UnionWith(Encodings.Select(e => e.Token));
            else accepted.Add(value.Value.Value!);
        }
        return accepted;
    }

    /// <summary>The type of <c>app.js.br</c> is the type of <c>app.js</c>.</summary>
    private sealed class PrecompressedContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider inner = new()
        {
            Mappings = { [".webmanifest"] = "application/manifest+json" },
        };

        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, suffix) in Encodings)
            {
                if (subpath.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return inner.TryGetContentType(subpath[..^suffix.Length], out contentType!);
            }
            return inner.TryGetContentType(subpath, out contentType!);
        }
    }
}
