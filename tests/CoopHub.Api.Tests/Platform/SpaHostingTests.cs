using System.Net;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CoopHub.Api.Tests.Platform;

public sealed class SpaHostingTests
{
    [Test]
    public async Task Given_a_built_spa_Then_routes_fall_back_to_index_html_but_api_routes_stay_problems()
    {
        var root = Directory.CreateTempSubdirectory("coophub-spa").FullName;
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), "<!doctype html><html><body>CoopHub SPA</body></html>");
        await File.WriteAllTextAsync(Path.Combine(root, "assets", "app-abc123.js"), "console.log('coophub')");
        var connectionString = await TestDatabases.NewSqliteAsync();
        await using var app = new CoopHubApp(Engine.Sqlite, connectionString, configure: b => b.UseSetting("Spa:Root", root));
        using var client = app.CreateClient();

        var home = await client.GetAsync("/");
        var deepLink = await client.GetAsync("/cooperatives/5f0e7d1c-0000-4000-8000-000000000000?lang=ar");
        var asset = await client.GetAsync("/assets/app-abc123.js");
        var unknownApi = await client.GetAsync("/api/v1/unicorns");
        var wrongMethod = await client.DeleteAsync("/api/v1/cooperatives");
        var api = await client.GetAsync("/api/v1/reference/sectors");

        Assert.Multiple(async () =>
        {
            Assert.That(await home.Content.ReadAsStringAsync(), Does.Contain("CoopHub SPA"));
            Assert.That(await deepLink.Content.ReadAsStringAsync(), Does.Contain("CoopHub SPA"));
            Assert.That(deepLink.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(asset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(asset.Headers.CacheControl?.ToString(), Does.Contain("immutable"));
            Assert.That((int)unknownApi.StatusCode, Is.EqualTo(404));
            Assert.That(unknownApi.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That((int)wrongMethod.StatusCode, Is.EqualTo(405));
            Assert.That(api.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        });
        TestDatabases.DeleteSqlite(connectionString);
        Directory.Delete(root, recursive: true);
    }

    [Test]
    public async Task Given_the_service_worker_and_manifest_Then_the_worker_is_always_revalidated_and_the_manifest_has_its_type()
    {
        var root = Directory.CreateTempSubdirectory("coophub-spa").FullName;
        Directory.CreateDirectory(Path.Combine(root, "icons"));
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), "<!doctype html><html><body>CoopHub SPA</body></html>");
        await File.WriteAllTextAsync(Path.Combine(root, "sw.js"), "self.addEventListener('fetch', () => {});");
        await File.WriteAllTextAsync(Path.Combine(root, "manifest.webmanifest"), "{\"name\":\"CoopHub\"}");
        await File.WriteAllBytesAsync(Path.Combine(root, "icons", "icon-192.png"), [0x89, 0x50, 0x4E, 0x47]);
        var connectionString = await TestDatabases.NewSqliteAsync();
        await using var app = new CoopHubApp(Engine.Sqlite, connectionString, configure: b => b.UseSetting("Spa:Root", root));
        using var client = app.CreateClient();

        var worker = await client.GetAsync("/sw.js");
        var manifest = await client.GetAsync("/manifest.webmanifest");
        var icon = await client.GetAsync("/icons/icon-192.png");

        Assert.Multiple(() =>
        {
            // A new version must be seen on the next check (ADR 0019): never kept by the HTTP cache.
            Assert.That(worker.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(worker.Headers.CacheControl?.NoCache, Is.True);
            Assert.That(worker.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
            Assert.That(manifest.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/manifest+json"));
            Assert.That(icon.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        });
        TestDatabases.DeleteSqlite(connectionString);
        Directory.Delete(root, recursive: true);
    }
}
