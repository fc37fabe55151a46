using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CoopHub.Api.Tests.Platform;

/// <summary>What a phone on a slow link receives (ADR 0018): compressed JSON and static files, never a compressed secret.</summary>
public sealed class CompressionTests(Engine engine) : ApiTest(engine)
{
    private async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await client.SendAsync(request);
    }

    private static async Task<string> DecodeAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        Stream stream = encoding switch
        {
            "br" => new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress),
            null => new MemoryStream(bytes),
            _ => throw new AssertionException($"unexpected encoding {encoding}"),
        };
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Test]
    public async Task Given_a_json_list_Then_it_comes_in_brotli_or_gzip_as_the_browser_prefers_and_decodes_to_the_same_body()
    {
        for (var i = 1; i <= 12; i++) await PostJsonAsync("/api/v1/cooperatives", CooperativeBodies.Valid(registrationNumber: $"02-2020-0000{i:00}"));

        var plain = await GetAsync(Client, "/api/v1/cooperatives?pageSize=50", null);
        var brotli = await GetAsync(Client, "/api/v1/cooperatives?pageSize=50", "gzip, deflate, br");
        var gzip = await GetAsync(Client, "/api/v1/cooperatives?pageSize=50", "gzip");
        var refused = await GetAsync(Client, "/api/v1/cooperatives?pageSize=50", "br;q=0, gzip;q=0");
        var plainText = await DecodeAsync(plain);

        Assert.Multiple(async () =>
        {
            Assert.That(plain.Content.Headers.ContentEncoding, Is.Empty);
            Assert.That(brotli.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
            Assert.That(gzip.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
            Assert.That(refused.Content.Headers.ContentEncoding, Is.Empty);
            Assert.That(brotli.Headers.Vary, Does.Contain("Accept-Encoding"));
            Assert.That(await DecodeAsync(brotli), Is.EqualTo(plainText));
            Assert.That(await DecodeAsync(gzip), Is.EqualTo(plainText));
            Assert.That((await brotli.Content.ReadAsByteArrayAsync()).Length, Is.LessThan(Encoding.UTF8.GetByteCount(plainText) / 3),
                "a page of twelve cooperatives shrinks to under a third");
            Assert.That(JsonNode.Parse(plainText)!["items"]!.AsArray(), Has.Count.EqualTo(12));
        });
    }

    [Test]
    public async Task Given_a_problem_Then_it_is_compressed_too()
    {
        var problem = await GetAsync(Client, $"/api/v1/cooperatives/{Guid.NewGuid()}", "br");

        Assert.That((int)problem.StatusCode, Is.EqualTo(404));
        Assert.That(problem.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((string?)JsonNode.Parse(await DecodeAsync(problem))!["title"], Is.Not.Empty);
    }

    [Test]
    public async Task Given_responses_carrying_a_secret_Then_they_are_never_compressed()
    {
        var antiforgery = await GetAsync(Anonymous, "/api/v1/auth/antiforgery", "br, gzip");
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/v1/api-keys")
        {
            Content = new StringContent("""{"name":"partner","roles":["staff"],"regions":["MA-02"]}""", Encoding.UTF8, "application/json"),
        };
        create.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        var key = await Client.SendAsync(create);

        Assert.Multiple(async () =>
        {
            Assert.That(antiforgery.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(antiforgery.Content.Headers.ContentEncoding, Is.Empty);
            Assert.That((string?)JsonNode.Parse(await antiforgery.Content.ReadAsStringAsync())!["token"], Is.Not.Empty);
            Assert.That(key.StatusCode, Is.EqualTo(HttpStatusCode.Created), await key.Content.ReadAsStringAsync());
            Assert.That(key.Content.Headers.ContentEncoding, Is.Empty);
            Assert.That(await key.Content.ReadAsStringAsync(), Does.Contain("chk_"));
        });
    }

    [Test]
    public async Task Given_a_built_spa_with_compressed_copies_Then_each_browser_gets_the_copy_it_accepts()
    {
        if (Engine != Engine.Sqlite) Assert.Ignore("static files do not depend on the database engine");
        var root = Directory.CreateTempSubdirectory("coophub-spa").FullName;
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        var script = string.Concat(Enumerable.Repeat("console.log('تعاونية coophub');\n", 200));
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), "<!doctype html><html><body>CoopHub SPA</body></html>");
        await File.WriteAllTextAsync(Path.Combine(root, "assets", "app-abc123.js"), script);
        await WriteCompressedAsync(Path.Combine(root, "assets", "app-abc123.js"), script);
        await using var app = new CoopHubApp(Engine, ConnectionString, configure: b => b.UseSetting("Spa:Root", root));
        using var client = app.CreateClient();

        var brotli = await GetAsync(client, "/assets/app-abc123.js", "gzip, br");
        var gzip = await GetAsync(client, "/assets/app-abc123.js", "gzip");
        var plain = await GetAsync(client, "/assets/app-abc123.js", null);
        var home = await GetAsync(client, "/cooperatives", "br");

        Assert.Multiple(async () =>
        {
            Assert.That(brotli.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
            Assert.That(brotli.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
            Assert.That(brotli.Headers.CacheControl?.ToString(), Does.Contain("immutable"));
            Assert.That(brotli.Headers.Vary, Does.Contain("Accept-Encoding"));
            Assert.That(await DecodeAsync(brotli), Is.EqualTo(script));
            Assert.That(gzip.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
            Assert.That(await DecodeAsync(gzip), Is.EqualTo(script));
            Assert.That(plain.Content.Headers.ContentEncoding, Is.Empty);
            Assert.That(plain.Headers.Vary, Does.Contain("Accept-Encoding"), "caches must keep the copies apart");
            Assert.That(await plain.Content.ReadAsStringAsync(), Is.EqualTo(script));
            Assert.That(await DecodeAsync(home), Does.Contain("CoopHub SPA"));
        });
        Directory.Delete(root, recursive: true);
    }

    [Test]
    public async Task Given_a_hashed_asset_Then_it_carries_no_document_headers_and_the_page_keeps_them()
    {
        if (Engine != Engine.Sqlite) Assert.Ignore("static files do not depend on the database engine");
        var root = Directory.CreateTempSubdirectory("coophub-spa").FullName;
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), "<!doctype html><html><body>CoopHub SPA</body></html>");
        await File.WriteAllTextAsync(Path.Combine(root, "assets", "app-abc123.js"), "console.log('coophub');");
        await using var app = new CoopHubApp(Engine, ConnectionString, configure: b => b.UseSetting("Spa:Root", root));
        using var client = app.CreateClient();

        var asset = await GetAsync(client, "/assets/app-abc123.js", "br");
        var page = await GetAsync(client, "/cooperatives", "br");

        Assert.Multiple(() =>
        {
            Assert.That(asset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(asset.Headers.Contains("Content-Security-Policy"), Is.False);
            Assert.That(asset.Headers.Contains("X-Frame-Options"), Is.False);
            Assert.That(asset.Headers.Contains("Referrer-Policy"), Is.False);
            Assert.That(asset.Headers.Contains("Cross-Origin-Opener-Policy"), Is.False);
            Assert.That(asset.Content.Headers.LastModified, Is.Null);
            Assert.That(asset.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(asset.Headers.ETag, Is.Not.Null);
            Assert.That(asset.Headers.CacheControl?.ToString(), Does.Contain("immutable"));
            Assert.That(page.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("frame-ancestors 'none'"));
            Assert.That(page.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
            Assert.That(page.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        });
        Directory.Delete(root, recursive: true);
    }

    [Test]
    public async Task Given_the_built_index_html_Then_the_policy_lets_its_inline_script_run_and_no_other()
    {
        if (Engine != Engine.Sqlite) Assert.Ignore("headers do not depend on the database engine");
        var root = Directory.CreateTempSubdirectory("coophub-spa").FullName;
        const string script = "document.documentElement.lang='ar'";
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), $"<!doctype html><html><head><script>{script}</script></head><body></body></html>");
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        await using var app = new CoopHubApp(Engine, ConnectionString, configure: b => b.UseSetting("Spa:Root", root));
        using var client = app.CreateClient();

        var page = await client.GetAsync("/cooperatives");
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        var scriptSrc = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));

        Assert.That(scriptSrc, Is.EqualTo($"script-src 'self' 'sha256-{hash}'"));
        Directory.Delete(root, recursive: true);
    }

    [Test]
    public void Given_the_real_index_html_Then_its_inline_script_is_hashed_into_the_policy()
    {
        var policy = CoopHub.Api.Hardening.PolicyFor(RepoPaths.Combine("web"));

        Assert.That(policy, Does.Match(@"script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'"), "web/index.html holds one inline script: the language and direction");
    }

    private static async Task WriteCompressedAsync(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await using (var br = new BrotliStream(File.Create(path + ".br"), CompressionLevel.SmallestSize)) await br.WriteAsync(bytes);
        await using (var gz = new GZipStream(File.Create(path + ".gz"), CompressionLevel.SmallestSize)) await gz.WriteAsync(bytes);
    }
}
