using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using SkiaSharp;

namespace CoopHub.Api.Tests.Documents;

/// <summary>GetDocumentThumbnail through HTTP: an image's small picture, none for a PDF, the vault's read rule (issue 19 item 6).</summary>
public sealed class DocumentThumbnailTests(Engine engine) : ApiTest(engine)
{
    private const int MaxSide = 160;
    private string _coopA = "";
    private string _coopB = "";

    private string Vault(string coop) => $"/api/v1/cooperatives/{coop}/documents";

    [SetUp]
    public async Task Arrange()
    {
        _coopA = await CooperativeAsync("THUMB-A", "MA-02", "MA-OUJ");
        _coopB = await CooperativeAsync("THUMB-B", "MA-06", "MA-CAS");
    }

    private async Task<string> CooperativeAsync(string number, string region, string province)
    {
        using var response = await Client.PostAsync("/api/v1/cooperatives", new StringContent(
            CooperativeBodies.Valid(registrationNumber: number, region: region, province: province).ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (string)(await BodyAsync(response))["id"]!;
    }

    private HttpClient KeyClient(string role, string? region = null, string? cooperative = null)
    {
        using var created = Client.PostAsync("/api/v1/api-keys", new StringContent(new JsonObject
        {
            ["name"] = $"thumbnails {role} {region}{cooperative}",
            ["roles"] = new JsonArray(role),
            ["regions"] = region is null ? new JsonArray() : new JsonArray(region),
            ["cooperatives"] = cooperative is null ? new JsonArray() : new JsonArray(cooperative),
        }.ToJsonString(), Encoding.UTF8, "application/json")).GetAwaiter().GetResult();
        Assert.That((int)created.StatusCode, Is.EqualTo(201));
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)JsonNode.Parse(created.Content.ReadAsStringAsync().GetAwaiter().GetResult())!["secret"]!);
        return client;
    }

    private async Task<JsonNode> UploadAsync(byte[] bytes, string fileName)
    {
        using var response = await Client.SendAsync(DocumentFiles.Upload(Vault(_coopA), bytes, fileName, "photo"));
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return await BodyAsync(response);
    }

    [Test]
    public async Task Given_an_uploaded_jpeg_Then_its_thumbnail_is_a_small_inline_image_cached_privately()
    {
        var document = await UploadAsync(DocumentFiles.Jpeg(1200, 900), "champ.jpg");
        var url = (string?)document["thumbnailUrl"];
        Assert.That(url, Is.EqualTo($"/api/v1/documents/{document["id"]}/thumbnail"));

        using var response = await Client.GetAsync(url);
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.Multiple(() =>
        {
            Assert.That(bitmap, Is.Not.Null, "the thumbnail decodes as an image");
            Assert.That(Math.Max(bitmap.Width, bitmap.Height), Is.EqualTo(MaxSide));
            Assert.That(bitmap.Width * 3, Is.EqualTo(bitmap.Height * 4), "the proportions are kept");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/webp"));
            Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("inline"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.CacheControl?.Private, Is.True);
            Assert.That(response.Headers.CacheControl?.MaxAge, Is.GreaterThanOrEqualTo(TimeSpan.FromDays(30)));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}\""),
                "the ETag is the thumbnail's content hash");
        });

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await Client.SendAsync(again);
        Assert.That((int)revalidated.StatusCode, Is.EqualTo(304));

        using var list = await Client.GetAsync(Vault(_coopA));
        Assert.That((string?)(await BodyAsync(list))["items"]![0]!["thumbnailUrl"], Is.EqualTo(url), "the vault's list names it");
    }

    [Test]
    public async Task Given_an_image_uploaded_before_thumbnails_Then_its_thumbnail_is_drawn_on_the_first_request_and_kept()
    {
        var document = await UploadAsync(DocumentFiles.Jpeg(1200, 900), "ancienne.jpg");
        var id = (string)document["id"]!;
        // As migration 0035 left an older image: no thumbnail recorded, none on disk.
        var drawnAtUpload = (string)(await DocumentDatabase.ScalarAsync(Engine, ConnectionString, $"SELECT thumbnail_sha256 FROM doc_documents WHERE id = '{id}'"))!;
        await DocumentDatabase.ExecuteAsync(Engine, ConnectionString, $"UPDATE doc_documents SET thumbnail_sha256 = NULL WHERE id = '{id}'");
        File.Delete(Path.Combine(App.FilesRoot, drawnAtUpload[..2], drawnAtUpload[2..4], drawnAtUpload));

        using var details = await Client.GetAsync($"/api/v1/documents/{id}");
        var url = (string?)(await BodyAsync(details))["thumbnailUrl"];
        Assert.That(url, Is.EqualTo($"/api/v1/documents/{id}/thumbnail"), "an image always offers its thumbnail");
        using var response = await Client.GetAsync(url);

        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var bitmap = SKBitmap.Decode(bytes);
        var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Multiple(async () =>
        {
            Assert.That(Math.Max(bitmap.Width, bitmap.Height), Is.EqualTo(MaxSide));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/webp"));
            Assert.That(await DocumentDatabase.ScalarAsync(Engine, ConnectionString, $"SELECT thumbnail_sha256 FROM doc_documents WHERE id = '{id}'"), Is.EqualTo(key),
                "recorded, so the next request reads it");
            Assert.That(File.Exists(Path.Combine(App.FilesRoot, key[..2], key[2..4], key)), Is.True, "stored in the blob store");
        });
        using var second = await Client.GetAsync(url);
        Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes));
    }

    [Test]
    public async Task Given_a_small_png_Then_its_thumbnail_is_not_enlarged()
    {
        var document = await UploadAsync(DocumentFiles.Png(64, 48), "petit.png");
        using var response = await Client.GetAsync((string)document["thumbnailUrl"]!);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((64, 48)));
    }

    [Test]
    public async Task Given_a_pdf_Then_it_has_no_thumbnail_and_asking_for_one_is_404()
    {
        var document = await UploadAsync(DocumentFiles.Pdf(), "statuts.pdf");
        Assert.That(document["thumbnailUrl"], Is.Null);
        using var response = await Client.GetAsync($"/api/v1/documents/{document["id"]}/thumbnail");
        Assert.That((string?)(await ProblemAsync(response, 404))["code"], Is.EqualTo("documents.not_found"));
    }

    [Test]
    public async Task Given_another_cooperatives_manager_another_regions_staff_or_nobody_Then_404_for_the_thumbnail()
    {
        var document = await UploadAsync(DocumentFiles.Jpeg(), "photo.jpg");
        var url = (string)document["thumbnailUrl"]!;
        using var managerOfB = KeyClient("coop-manager", cooperative: _coopB);
        using var staffOfB = KeyClient("staff", region: "MA-06");
        using var managerOfA = KeyClient("coop-manager", cooperative: _coopA);
        using var staffOfA = KeyClient("staff", region: "MA-02");

        foreach (var (name, outsider) in new[] { ("manager of B", managerOfB), ("staff of MA-06", staffOfB), ("anonymous", Anonymous) })
        {
            using var response = await outsider.GetAsync(url);
            Assert.That((string?)(await ProblemAsync(response, 404))["code"], Is.EqualTo("documents.not_found"), name);
        }
        foreach (var insider in new[] { managerOfA, staffOfA })
        {
            Assert.That((int)(await insider.GetAsync(url)).StatusCode, Is.EqualTo(200));
        }
    }

    [Test]
    public async Task Given_a_deleted_document_Then_its_thumbnail_is_404()
    {
        var document = await UploadAsync(DocumentFiles.Png(), "photo.png");
        Assert.That((int)(await Client.DeleteAsync($"/api/v1/documents/{document["id"]}")).StatusCode, Is.EqualTo(200));
        using var response = await Client.GetAsync((string)document["thumbnailUrl"]!);
        await ProblemAsync(response, 404);
    }
}
