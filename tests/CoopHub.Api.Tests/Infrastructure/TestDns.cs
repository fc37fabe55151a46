using System.Net;
using System.Net.Sockets;
using CoopHub.Webhooks.Model;

namespace CoopHub.Api.Tests.Infrastructure;

/// <summary>
/// The names webhook targets resolve to in tests, so that no test asks the real DNS (offline CI,
/// deterministic answers). Names under example.org/.com/.net are public; the .test names
/// (RFC 6761) stand for what an attacker could point a name at; any other name does not resolve.
/// </summary>
internal sealed class TestDns : IWebhookDns
{
    public static readonly IPAddress Public = IPAddress.Parse("93.184.215.14");

    private static readonly Dictionary<string, IPAddress[]> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["localhost"] = [IPAddress.Loopback, IPAddress.IPv6Loopback],
        ["private.test"] = [IPAddress.Parse("10.1.2.3")],
        ["metadata.test"] = [IPAddress.Parse("169.254.169.254")],
        ["mapped.test"] = [IPAddress.Parse("::ffff:127.0.0.1")],
        ["mixed.test"] = [Public, IPAddress.Parse("192.168.0.1")],
        ["rebind.test"] = [IPAddress.Loopback],
    };

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (host.Equals("slow.test", StringComparison.OrdinalIgnoreCase)) return new TaskCompletionSource<IPAddress[]>().Task; // never answers, ignores cancellation
        if (Names.TryGetValue(host, out var addresses)) return Task.FromResult(addresses);
        if (host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)) return Task.FromResult(Names["localhost"]);
        if (host.EndsWith(".example.org", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".example.com", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".example.net", StringComparison.OrdinalIgnoreCase)) return Task.FromResult<IPAddress[]>([Public]);
        return Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }
}
