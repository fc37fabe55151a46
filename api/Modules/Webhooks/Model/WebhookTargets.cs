using System.Net;
using System.Net.Sockets;
using CoopHub.Shared.Localization;

namespace CoopHub.Webhooks.Model;

/// <summary>Resolves host names for the target checks; tests replace it so that no test asks the real DNS.</summary>
internal interface IWebhookDns
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

internal sealed class SystemWebhookDns : IWebhookDns
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken);
}

/// <summary>Raised where a target is refused at connect time; the dispatcher records "target refused", nothing more.</summary>
internal sealed class WebhookTargetRefusedException() : Exception("The webhook target is not a public address.");

/// <summary>
/// Where webhooks may go: https to a public address (ADR 0013). Without this an administrator
/// (or whoever steals an administrator's key) could make the server POST into its own network —
/// cloud metadata, databases, admin consoles — and read the answers in the delivery log. Checked
/// twice: at subscription (the URL's shape, its literal address, or every address its name
/// resolves to, within a short timeout) and at every connection (the dispatcher's
/// <see cref="ConnectAsync"/> resolves the name itself, judges every address and connects to the
/// address it judged, so a name that re-resolves to 127.0.0.1 after subscribing — DNS
/// rebinding — is still refused). <c>Webhooks:AllowPrivateTargets</c> lets non-public addresses
/// through for on-premise receivers and tests; the spelling tricks stay refused.
/// </summary>
internal sealed class WebhookTargets(WebhookOptions options, IWebhookDns dns)
{
    /// <summary>The problem's code when a subscription's URL is refused.</summary>
    public const string RefusedCode = "webhook.target_refused";

    /// <summary>At subscription: null when the URL may be subscribed, otherwise why not, in the reader's language (for the url field).</summary>
    public async Task<string?> CheckAsync(string url, CancellationToken cancellationToken)
    {
        if (ShapeProblem(url.Trim(), options, subscribing: true, out var uri) is { } problem) return problem;
        if (Literal(uri) is { } literal) return Allowed(literal) ? null : ServerText.Get("webhooks.target.not_public", ("host", uri.Host));
        if (IsLocalhost(uri.IdnHost) && !options.AllowPrivateTargets) return ServerText.Get("webhooks.target.this_server", ("host", uri.Host));
        IPAddress[] addresses;
        try
        {
            addresses = await dns.ResolveAsync(uri.IdnHost, cancellationToken).WaitAsync(options.ResolveTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return ServerText.Get("webhooks.target.resolve_timeout", ("host", uri.Host), ("seconds", Math.Round(options.ResolveTimeout.TotalSeconds, 1)));
        }
        catch (Exception ex) when (ex is SocketException or ArgumentException)
        {
            return ServerText.Get("webhooks.target.does_not_resolve", ("host", uri.Host));
        }
        if (addresses.Length == 0) return ServerText.Get("webhooks.target.does_not_resolve", ("host", uri.Host));
        return addresses.All(Allowed) ? null : ServerText.Get("webhooks.target.resolves_private", ("host", uri.Host));
    }

    /// <summary>
    /// The checks that need no network: an absolute http(s) URL without user info; at subscription
    /// also https (http only to loopback where allowed), an IP address written as four decimal
    /// numbers (2130706433, 0x7f.0.0.1, 017700000001 and 127.1 all mean 127.0.0.1), and no host
    /// that ends in a number or a dot.
    /// </summary>
    public static string? ShapeProblem(string url, WebhookOptions options, bool subscribing, out Uri uri)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out uri!) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Host.Length == 0)
            return ServerText.Get("webhooks.target.not_absolute");
        var authority = RawAuthority(url);
        if (uri.UserInfo.Length > 0 || authority.Contains('@'))
            return ServerText.Get("webhooks.target.credentials");
        if (!subscribing) return null;
        if (uri.Scheme != Uri.UriSchemeHttps && !(options.AllowLoopbackHttp && uri.IsLoopback))
            return ServerText.Get("webhooks.target.https_only");
        if (uri.HostNameType == UriHostNameType.IPv4 && !string.Equals(authority.Split(':')[0], uri.Host, StringComparison.Ordinal))
            return ServerText.Get("webhooks.target.ip_spelling", ("host", uri.Host));
        if (uri.HostNameType is UriHostNameType.Dns or UriHostNameType.Basic)
        {
            if (uri.Host.EndsWith('.')) return ServerText.Get("webhooks.target.trailing_dot");
            var last = uri.Host[(uri.Host.LastIndexOf('.') + 1)..];
            if (last.All(char.IsAsciiDigit) || last.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
                return ServerText.Get("webhooks.target.not_a_host", ("host", uri.Host));
        }
        return null;
    }

    /// <summary>
    /// The dispatcher's connect callback: resolves the host itself, refuses it unless every
    /// address is allowed, and connects to one of the addresses it judged.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await AddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    private async Task<IPAddress[]> AddressesAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
            return Allowed(literal) ? [literal] : throw new WebhookTargetRefusedException();
        if (host.Contains(':') || (IsLocalhost(host) && !options.AllowPrivateTargets)) throw new WebhookTargetRefusedException();
        var addresses = await dns.ResolveAsync(host, cancellationToken).WaitAsync(options.ResolveTimeout, cancellationToken);
        if (addresses.Length == 0) throw new SocketException((int)SocketError.HostNotFound);
        return addresses.All(Allowed) ? addresses : throw new WebhookTargetRefusedException();
    }

    /// <summary>A URL as it may be logged: no user info, no query (either can carry a secret).</summary>
    public static string Redact(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}" : "(not a valid URL)";

    private bool Allowed(IPAddress address) => options.AllowPrivateTargets || PublicAddress.IsPublic(address);

    private static IPAddress? Literal(Uri uri)
        => (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6) && IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) ? address : null;

    private static bool IsLocalhost(string host)
        => host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    /// <summary>The authority as written, before Uri turns 0x7f.1 into 127.0.0.1.</summary>
    private static string RawAuthority(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.IndexOfAny(['/', '?', '#', '\\'], start);
        return end < 0 ? url[start..] : url[start..end];
    }
}
