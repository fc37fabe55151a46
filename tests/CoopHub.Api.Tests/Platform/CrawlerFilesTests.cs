using System.Xml.Linq;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CoopHub.Api.Tests.Platform;

/// <summary>Search engines find the public pages, and never index index.html as robots.txt.</summary>
public sealed class CrawlerFilesTests(Engine engine) : ApiTest(engine)
{
    [Test]
    public async Task Given_a_crawler_Then_robots_txt_keeps_it_out_of_private_pages_and_names_the_sitemap()
    {
        var robots = await Anonymous.GetAsync("/robots.txt");
        var text = await robots.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(robots.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(text, Does.StartWith("User-agent: *"));
            Assert.That(text, Does.Contain("Disallow: /api/"));
            Assert.That(text, Does.Contain("Disallow: /admin/"));
            Assert.That(text, Does.Contain("Sitemap: http://localhost/sitemap.xml"));
            Assert.That(text, Does.Not.Contain("<html"));
        });
    }

    [Test]
    public async Task Given_registered_cooperatives_Then_the_sitemap_lists_the_public_lists_and_each_cooperative_under_the_public_url()
    {
        var created = await BodyAsync(await PostJsonAsync("/api/v1/cooperatives", CooperativeBodies.Valid(registrationNumber: "02-2020-000777")));
        await using var app = new CoopHubApp(Engine, ConnectionString, configure: b => b.UseSetting("Site:PublicUrl", "https://coophub.example.ma/"));
        using var client = app.CreateClient();

        var response = await client.GetAsync("/sitemap.xml");
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Root!.Elements(ns + "url").Select(u => (string)u.Element(ns + "loc")!).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
            Assert.That(locations, Does.Contain("https://coophub.example.ma/cooperatives"));
            Assert.That(locations, Does.Contain("https://coophub.example.ma/events"));
            Assert.That(locations, Does.Contain($"https://coophub.example.ma/cooperatives/{(string?)created["id"]}"));
            Assert.That(locations, Has.None.Contains("/admin"));
            Assert.That(response.Headers.CacheControl?.Public, Is.True);
        });
    }
}
