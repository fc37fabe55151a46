using System.Collections.Concurrent;

namespace CoopHub.Api.Tests.Instances;

/// <summary>
/// A browser's cookies, kept apart from any one client so the same jar can go to several hosts (two instances, or one
/// host before and after a restart). It keeps Secure cookies over plain http too: the hosts under test serve http on
/// loopback, where a real deployment has TLS at the proxy.
/// </summary>
internal sealed class CookieJar
{
    private readonly ConcurrentDictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    public DelegatingHandler Handler() => new JarHandler(this);

    /// <summary>A client on <paramref name="inner"/> that sends and keeps this jar's cookies.</summary>
    public HttpClient Client(HttpMessageHandler inner, Uri baseAddress)
        => new(new JarHandler(this) { InnerHandler = inner }) { BaseAddress = baseAddress };

    private sealed class JarHandler(CookieJar jar) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!jar._cookies.IsEmpty) request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", jar._cookies.Select(c => $"{c.Key}={c.Value}")));
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    var pair = value.Split(';', 2)[0];
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0) continue;
                    var name = pair[..equals].Trim();
                    var content = pair[(equals + 1)..].Trim();
                    if (content.Length == 0 || value.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) jar._cookies.TryRemove(name, out _);
                    else jar._cookies[name] = content;
                }
            }
            return response;
        }
    }
}
