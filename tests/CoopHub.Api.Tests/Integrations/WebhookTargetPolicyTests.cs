using System.Net;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Webhooks.Model;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>The address classifier range by range, and the target policy with the test resolver (no HTTP, no real DNS).</summary>
public sealed class WebhookTargetPolicyTests
{
    [TestCase("0.0.0.0", TestName = "IPv4 unspecified")]
    [TestCase("0.255.1.2", TestName = "IPv4 this network 0/8")]
    [TestCase("10.0.0.1", TestName = "IPv4 private 10/8")]
    [TestCase("10.255.255.255", TestName = "IPv4 private 10/8 end")]
    [TestCase("100.64.0.1", TestName = "IPv4 CGNAT 100.64/10")]
    [TestCase("100.127.255.254", TestName = "IPv4 CGNAT 100.64/10 end")]
    [TestCase("127.0.0.1", TestName = "IPv4 loopback")]
    [TestCase("127.255.0.9", TestName = "IPv4 loopback 127/8")]
    [TestCase("169.254.169.254", TestName = "IPv4 link-local (cloud metadata)")]
    [TestCase("172.16.0.1", TestName = "IPv4 private 172.16/12")]
    [TestCase("172.31.255.255", TestName = "IPv4 private 172.16/12 end")]
    [TestCase("192.0.0.8", TestName = "IPv4 IETF protocol assignments 192.0.0/24")]
    [TestCase("192.0.2.1", TestName = "IPv4 documentation TEST-NET-1")]
    [TestCase("192.88.99.1", TestName = "IPv4 6to4 relay anycast")]
    [TestCase("192.168.1.1", TestName = "IPv4 private 192.168/16")]
    [TestCase("198.18.0.1", TestName = "IPv4 benchmarking 198.18/15")]
    [TestCase("198.19.255.255", TestName = "IPv4 benchmarking 198.18/15 end")]
    [TestCase("198.51.100.7", TestName = "IPv4 documentation TEST-NET-2")]
    [TestCase("203.0.113.7", TestName = "IPv4 documentation TEST-NET-3")]
    [TestCase("224.0.0.1", TestName = "IPv4 multicast")]
    [TestCase("239.255.255.250", TestName = "IPv4 multicast end")]
    [TestCase("240.0.0.1", TestName = "IPv4 reserved 240/4")]
    [TestCase("255.255.255.255", TestName = "IPv4 broadcast")]
    [TestCase("::", TestName = "IPv6 unspecified")]
    [TestCase("::1", TestName = "IPv6 loopback")]
    [TestCase("::ffff:10.0.0.1", TestName = "IPv6 IPv4-mapped private")]
    [TestCase("::ffff:7f00:1", TestName = "IPv6 IPv4-mapped loopback (hex)")]
    [TestCase("::ffff:169.254.169.254", TestName = "IPv6 IPv4-mapped metadata")]
    [TestCase("::127.0.0.1", TestName = "IPv6 IPv4-compatible loopback")]
    [TestCase("::ffff:0:7f00:1", TestName = "IPv6 IPv4-translated")]
    [TestCase("64:ff9b::a00:1", TestName = "IPv6 NAT64 of a private address")]
    [TestCase("64:ff9b:1::8.8.8.8", TestName = "IPv6 local-use NAT64 64:ff9b:1::/48")]
    [TestCase("2002:7f00:1::1", TestName = "IPv6 6to4 of loopback")]
    [TestCase("2002:c0a8:101::1", TestName = "IPv6 6to4 of 192.168.1.1")]
    [TestCase("2001::1", TestName = "IPv6 Teredo 2001::/32")]
    [TestCase("2001:0:4136:e378:8000:63bf:3fff:fdd2", TestName = "IPv6 Teredo address")]
    [TestCase("2001:2::1", TestName = "IPv6 benchmarking 2001:2::/48")]
    [TestCase("2001:20::1", TestName = "IPv6 ORCHIDv2")]
    [TestCase("2001:db8::1", TestName = "IPv6 documentation 2001:db8::/32")]
    [TestCase("3fff::1", TestName = "IPv6 documentation 3fff::/20")]
    [TestCase("fc00::1", TestName = "IPv6 ULA fc00::/7")]
    [TestCase("fdff:ffff::1", TestName = "IPv6 ULA fd00::/8")]
    [TestCase("fe80::1", TestName = "IPv6 link-local")]
    [TestCase("febf:ffff::1", TestName = "IPv6 link-local fe80::/10 end")]
    [TestCase("fec0::1", TestName = "IPv6 site-local (deprecated)")]
    [TestCase("ff02::1", TestName = "IPv6 multicast")]
    [TestCase("100::1", TestName = "IPv6 discard-only 100::/64")]
    [TestCase("1::1", TestName = "IPv6 outside 2000::/3")]
    public void Given_an_address_that_is_not_public_Then_it_is_refused(string address)
        => Assert.That(PublicAddress.IsPublic(IPAddress.Parse(address)), Is.False);

    [TestCase("8.8.8.8")]
    [TestCase("1.1.1.1")]
    [TestCase("93.184.215.14")]
    [TestCase("100.63.255.255", TestName = "just below CGNAT")]
    [TestCase("100.128.0.0", TestName = "just above CGNAT")]
    [TestCase("172.15.255.255", TestName = "just below 172.16/12")]
    [TestCase("172.32.0.0", TestName = "just above 172.16/12")]
    [TestCase("198.20.0.1", TestName = "just above benchmarking")]
    [TestCase("223.255.255.254", TestName = "just below multicast")]
    [TestCase("2606:4700:4700::1111")]
    [TestCase("2a00:1450:4007:80e::200e")]
    [TestCase("2001:200::1", TestName = "just above 2001::/23")]
    [TestCase("::ffff:8.8.8.8", TestName = "IPv4-mapped public")]
    [TestCase("64:ff9b::808:808", TestName = "NAT64 of a public address")]
    [TestCase("2002:808:808::1", TestName = "6to4 of a public address")]
    public void Given_a_public_address_Then_it_is_allowed(string address)
        => Assert.That(PublicAddress.IsPublic(IPAddress.Parse(address)), Is.True);

    private static WebhookTargets Policy(bool allowPrivate = false)
        => new(new WebhookOptions { AllowPrivateTargets = allowPrivate, ResolveTimeout = TimeSpan.FromMilliseconds(200) }, new TestDns());

    [TestCase("https://localhost/hook")]
    [TestCase("https://api.localhost/hook")]
    [TestCase("https://LOCALHOST/hook")]
    [TestCase("https://rebind.test/hook", TestName = "a name resolving to loopback")]
    [TestCase("https://mapped.test/hook", TestName = "a name resolving to an IPv4-mapped loopback")]
    [TestCase("https://metadata.test/hook", TestName = "a name resolving to cloud metadata")]
    [TestCase("https://mixed.test/hook", TestName = "a name resolving to one public and one private address")]
    [TestCase("https://nowhere.invalid/hook", TestName = "a name that does not resolve")]
    [TestCase("https://slow.test/hook", TestName = "a name that never answers")]
    public async Task Given_a_name_that_is_not_public_Then_the_policy_refuses_it(string url)
        => Assert.That(await Policy().CheckAsync(url, CancellationToken.None), Is.Not.Null);

    [Test]
    public async Task Given_a_public_name_Then_the_policy_accepts_it_and_with_private_targets_allowed_a_private_name_too()
    {
        // The refusal is a sentence of the module's catalogue, in the reader's language (here English; no request sets it).
        CoopHub.Shared.Localization.ServerText.AddCatalogue("webhooks", typeof(CoopHub.Webhooks.WebhooksModule).Assembly);
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        try
        {
            Assert.That(await Policy(allowPrivate: true).CheckAsync("https://nowhere.invalid/hook", CancellationToken.None),
                Is.EqualTo("The host name nowhere.invalid does not resolve; check the address."));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
        Assert.Multiple(async () =>
        {
            Assert.That(await Policy().CheckAsync("https://partner.example.org/hook", CancellationToken.None), Is.Null);
            Assert.That(await Policy(allowPrivate: true).CheckAsync("https://rebind.test/hook", CancellationToken.None), Is.Null);
        });
    }

    [TestCase("https://user:pw@partner.example.org/hook?token=abc", "https://partner.example.org/hook")]
    [TestCase("http://[::1]:8080/a/b", "http://[::1]:8080/a/b")]
    [TestCase("not a url", "(not a valid URL)")]
    public void Given_a_url_Then_what_is_logged_has_no_user_info_and_no_query(string url, string logged)
        => Assert.That(WebhookTargets.Redact(url), Is.EqualTo(logged));
}
