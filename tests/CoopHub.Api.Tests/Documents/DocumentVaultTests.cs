using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace CoopHub.Api.Tests.Documents;

/// <summary>The document vault through HTTP, with real multipart uploads: what is kept, what is refused, who sees what.</summary>
public sealed class DocumentVaultTests(Engine engine) : ApiTest(engine)
{
    private string _coopA = "";
    private string _coopB = "";

    private string Vault(string coop) => $"/api/v1/cooperatives/{coop}/documents";

    [SetUp]
    public async Task Arrange()
    {
        _coopA = await CooperativeAsync(Client, "VAULT-A", "MA-02", "MA-OUJ");
        _coopB = await CooperativeAsync(Client, "VAULT-B", "MA-06", "MA-CAS");
    }

    private static async Task<string> CooperativeAsync(HttpClient client, string number, string region, string province)
    {
        var response = await client.PostAsync("/api/v1/cooperatives", new StringContent(
            CooperativeBodies.Valid(registrationNumber: number, region: region, province: province).ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (string)(await BodyAsync(response))["id"]!;
    }

    private HttpClient KeyClient(string role, string? region = null, string? cooperative = null) => KeyClientOf(App, Client, role, region, cooperative);

    private static HttpClient KeyClientOf(CoopHubApp app, HttpClient admin, string role, string? region, string? cooperative)
    {
        var created = admin.PostAsync("/api/v1/api-keys", new StringContent(new JsonObject
        {
            ["name"] = $"vault {role} {region}{cooperative}",
            ["roles"] = new JsonArray(role),
            ["regions"] = region is null ? new JsonArray() : new JsonArray(region),
            ["cooperatives"] = cooperative is null ? new JsonArray() : new JsonArray(cooperative),
        }.ToJsonString(), Encoding.UTF8, "application/json")).GetAwaiter().GetResult();
        Assert.That((int)created.StatusCode, Is.EqualTo(201));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)JsonNode.Parse(created.Content.ReadAsStringAsync().GetAwaiter().GetResult())!["secret"]!);
        return client;
    }

    private async Task<JsonNode> UploadAsync(HttpClient client, byte[] bytes, string fileName, string kind = "statutes", int expected = 201, string? expiresOn = null)
    {
        using var response = await client.SendAsync(DocumentFiles.Upload(Vault(_coopA), bytes, fileName, kind, expiresOn: expiresOn));
        if (expected >= 400) return await ProblemAsync(response, expected);
        Assert.That((int)response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        return await BodyAsync(response);
    }

    private async Task<byte[]> DownloadAsync(HttpClient client, JsonNode document)
    {
        using var response = await client.GetAsync((string)document["contentUrl"]!);
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        return await response.Content.ReadAsByteArrayAsync();
    }

    [TestCase("png", "image/png", ".png")]
    [TestCase("jpeg", "image/jpeg", ".jpg")]
    [TestCase("webp", "image/webp", ".webp")]
    [TestCase("pdf", "application/pdf", ".pdf")]
    public async Task Given_each_accepted_type_Then_it_is_kept_with_the_type_read_from_its_content(string type, string mediaType, string extension)
    {
        var bytes = type switch { "png" => DocumentFiles.Png(), "jpeg" => DocumentFiles.Jpeg(), "webp" => DocumentFiles.WebP(), _ => DocumentFiles.Pdf() };

        var document = await UploadAsync(Client, bytes, "scan sans extension", "registrationCertificate", expiresOn: "2027-06-30");

        Assert.Multiple(() =>
        {
            Assert.That((string?)document["contentType"], Is.EqualTo(mediaType));
            Assert.That((string?)document["fileName"], Is.EqualTo("scan sans extension" + extension));
            Assert.That((string?)document["kind"], Is.EqualTo("registrationCertificate"));
            Assert.That((string?)document["expiresOn"], Is.EqualTo("2027-06-30"));
        });
        var stored = await DownloadAsync(Client, document);
        Assert.That(DocumentContentType(stored), Is.EqualTo(mediaType), "the stored copy is still of its type");
        if (type == "pdf") Assert.That(stored, Is.EqualTo(bytes), "a PDF is kept byte for byte");
        var list = await GetAsync<JsonNode>(Vault(_coopA));
        Assert.That(list["items"]!.AsArray().Select(i => (string?)i!["id"]), Is.EqualTo(new[] { (string?)document["id"] }));
        Assert.That((long)list["usedBytes"]!, Is.EqualTo((long)document["sizeBytes"]!));
    }

    private static string DocumentContentType(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("%PDF-"u8)) return "application/pdf";
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        return codec?.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => "image/png",
            SKEncodedImageFormat.Jpeg => "image/jpeg",
            SKEncodedImageFormat.Webp => "image/webp",
            _ => "unknown",
        };
    }

    [Test]
    public async Task Given_a_program_renamed_to_pdf_Then_it_is_refused_by_its_content()
    {
        var exe = new byte[2048];
        "MZ"u8.CopyTo(exe);
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.").CopyTo(exe, 78);

        var problem = await UploadAsync(Client, exe, "statuts.pdf", expected: 400);

        Assert.That((string?)problem["code"], Is.EqualTo("documents.unsupported_type"));
        Assert.That(FieldsIn(problem), Is.EqualTo(new[] { "file" }));
        Assert.That((await GetAsync<JsonNode>(Vault(_coopA)))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Given_an_html_page_named_pdf_declared_as_pdf_Then_it_is_refused()
    {
        var html = Encoding.UTF8.GetBytes("<!doctype html><html><script>alert(document.cookie)</script></html>");

        using var response = await Client.SendAsync(DocumentFiles.Upload(Vault(_coopA), html, "attestation.pdf", declaredType: "application/pdf"));

        Assert.That((string?)(await ProblemAsync(response, 400))["code"], Is.EqualTo("documents.unsupported_type"));
    }

    [Test]
    public async Task Given_a_pdf_named_jpg_Then_it_is_kept_as_a_pdf()
    {
        var document = await UploadAsync(Client, DocumentFiles.Pdf(), "photo.jpg");

        Assert.That((string?)document["contentType"], Is.EqualTo("application/pdf"));
        Assert.That((string?)document["fileName"], Is.EqualTo("photo.pdf"));
    }

    [Test]
    public async Task Given_an_empty_file_Then_400()
        => Assert.That((string?)(await UploadAsync(Client, [], "vide.pdf", expected: 400))["code"], Is.EqualTo("documents.file_empty"));

    [Test]
    public async Task Given_11_MB_Then_413()
    {
        var big = new byte[11 * 1024 * 1024];
        DocumentFiles.Pdf().CopyTo(big, 0);

        var problem = await UploadAsync(Client, big, "gros.pdf", expected: 413);

        Assert.That((string?)problem["code"], Is.EqualTo("body.too_large"));
        Assert.That((await GetAsync<JsonNode>(Vault(_coopA)))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Given_an_encrypted_pdf_Then_it_is_refused()
        => Assert.That((string?)(await UploadAsync(Client, DocumentFiles.Pdf(encrypted: true), "protege.pdf", expected: 400))["code"], Is.EqualTo("documents.pdf_encrypted"));

    [Test]
    public async Task Given_a_png_declaring_900_million_pixels_Then_it_is_refused_before_decoding()
        => Assert.That((string?)(await UploadAsync(Client, DocumentFiles.PngBomb(), "bombe.png", expected: 400))["code"], Is.EqualTo("documents.image_too_large"));

    [Test]
    public async Task Given_a_photo_with_gps_in_its_exif_Then_the_stored_copy_has_no_exif()
    {
        var photo = DocumentFiles.JpegWithGps();
        Assert.That(DocumentFiles.Contains(photo, "Exif"), Is.True, "the test photo carries EXIF");

        var document = await UploadAsync(Client, photo, "IMG_2024.jpg", "photo");
        var served = await DownloadAsync(Client, document);
        var key = await Sha256OfAsync((string)document["id"]!);
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(App.FilesRoot, key[..2], key[2..4], key));

        Assert.Multiple(() =>
        {
            Assert.That(served, Is.EqualTo(onDisk));
            Assert.That(DocumentFiles.Contains(onDisk, "Exif"), Is.False, "no EXIF block");
            Assert.That(onDisk.AsSpan().IndexOf(new byte[] { 0xFF, 0xE1 }), Is.EqualTo(-1), "no APP1 segment");
            Assert.That(DocumentContentType(onDisk), Is.EqualTo("image/jpeg"));
        });
    }

    [Test]
    public async Task Given_a_photo_turned_by_its_exif_orientation_Then_the_stored_copy_is_upright_without_the_tag()
    {
        var photo = DocumentFiles.JpegTurnedByExif();
        using (var original = SKCodec.Create(new MemoryStream(photo)))
        {
            Assert.That(original.EncodedOrigin, Is.EqualTo(SKEncodedOrigin.RightTop), "the test photo carries orientation 6");
        }

        var document = await UploadAsync(Client, photo, "debout.jpg", "photo");

        using var codec = SKCodec.Create(new MemoryStream(await DownloadAsync(Client, document)));
        Assert.Multiple(() =>
        {
            Assert.That((codec.Info.Width, codec.Info.Height), Is.EqualTo((48, 64)), "turned upright");
            Assert.That(codec.EncodedOrigin, Is.EqualTo(SKEncodedOrigin.TopLeft), "no orientation left to apply twice");
        });
        using var bitmap = SKBitmap.Decode(await DownloadAsync(Client, document));
        // The source's dark-green quarter was its top-left; turned 90° clockwise it is the top-right.
        var topRight = bitmap.GetPixel(bitmap.Width - 4, 4);
        var topLeft = bitmap.GetPixel(4, 4);
        Assert.That(topRight.Green, Is.LessThan(topLeft.Green), $"top-right {topRight}, top-left {topLeft}");
    }

    [Test]
    public async Task Given_a_large_photo_Then_it_is_scaled_to_a_readable_size()
    {
        var document = await UploadAsync(Client, DocumentFiles.Jpeg(4000, 3000), "grande.jpg", "photo");

        using var codec = SKCodec.Create(new MemoryStream(await DownloadAsync(Client, document)));
        Assert.That((codec.Info.Width, codec.Info.Height), Is.EqualTo((2000, 1500)));
    }

    [Test]
    public async Task Given_a_path_in_the_file_name_Then_only_its_last_segment_is_kept()
    {
        var document = await UploadAsync(Client, DocumentFiles.Png(), "../../etc/cron.d\\..\\passwd.png");

        Assert.That((string?)document["fileName"], Is.EqualTo("passwd.png"));
    }

    [Test]
    public async Task Given_an_unknown_kind_or_an_expiry_before_the_issue_Then_400_on_that_field()
    {
        var unknown = await UploadAsync(Client, DocumentFiles.Png(), "x.png", kind: "passport", expected: 400);
        Assert.That(FieldsIn(unknown), Is.EqualTo(new[] { "kind" }));

        using var response = await Client.SendAsync(DocumentFiles.Upload(Vault(_coopA), DocumentFiles.Png(), "x.png", issuedOn: "2025-01-01", expiresOn: "2024-01-01"));
        Assert.That(FieldsIn(await ProblemAsync(response, 400)), Is.EqualTo(new[] { "expiresOn" }));
    }

    [Test]
    public async Task Given_a_full_quota_Then_409_and_deleting_frees_room()
    {
        var one = DocumentFiles.Pdf();
        await using var app = new CoopHubApp(Engine, ConnectionString, configure: b => b.UseSetting("Documents:QuotaBytes", (one.Length * 2 + 10).ToString()));
        using var admin = app.CreateAdminClient();
        var first = await BodyAsync(await admin.SendAsync(DocumentFiles.Upload(Vault(_coopA), one, "a.pdf")));
        Assert.That((int)(await admin.SendAsync(DocumentFiles.Upload(Vault(_coopA), one, "b.pdf"))).StatusCode, Is.EqualTo(201));

        using var third = await admin.SendAsync(DocumentFiles.Upload(Vault(_coopA), one, "c.pdf"));
        Assert.That((string?)(await ProblemAsync(third, 409))["code"], Is.EqualTo("documents.quota_exceeded"));
        Assert.That((int)(await admin.SendAsync(DocumentFiles.Upload(Vault(_coopB), one, "autre.pdf"))).StatusCode, Is.EqualTo(201), "the quota is per cooperative");

        Assert.That((int)(await admin.DeleteAsync($"/api/v1/documents/{first["id"]}")).StatusCode, Is.EqualTo(200));
        Assert.That((int)(await admin.SendAsync(DocumentFiles.Upload(Vault(_coopA), one, "c.pdf"))).StatusCode, Is.EqualTo(201));
    }

    [Test]
    public async Task Given_another_cooperatives_manager_another_regions_staff_or_nobody_Then_404_for_the_document()
    {
        var document = await UploadAsync(Client, DocumentFiles.Pdf(), "statuts.pdf");
        var urls = new[] { $"/api/v1/documents/{document["id"]}", (string)document["contentUrl"]!, Vault(_coopA) };
        using var managerOfB = KeyClient("coop-manager", cooperative: _coopB);
        using var staffOfB = KeyClient("staff", region: "MA-06");
        using var managerOfA = KeyClient("coop-manager", cooperative: _coopA);
        using var staffOfA = KeyClient("staff", region: "MA-02");

        foreach (var url in urls)
        {
            foreach (var (name, outsider) in new[] { ("manager of B", managerOfB), ("staff of MA-06", staffOfB), ("anonymous", Anonymous) })
            {
                using var response = await outsider.GetAsync(url);
                var problem = await ProblemAsync(response, 404);
                Assert.That((string?)problem["code"], Does.StartWith("documents."), $"{url} as {name}");
            }
            foreach (var insider in new[] { managerOfA, staffOfA })
            {
                Assert.That((int)(await insider.GetAsync(url)).StatusCode, Is.EqualTo(200), url);
            }
        }
        using var upload = await managerOfB.SendAsync(DocumentFiles.Upload(Vault(_coopA), DocumentFiles.Png(), "intrus.png"));
        await ProblemAsync(upload, 404);
        using var delete = await staffOfB.DeleteAsync($"/api/v1/documents/{document["id"]}");
        await ProblemAsync(delete, 404);
        Assert.That((int)(await managerOfA.SendAsync(DocumentFiles.Upload(Vault(_coopA), DocumentFiles.Png(), "par-la-gerante.png"))).StatusCode, Is.EqualTo(201));
    }

    [Test]
    public async Task Given_a_download_Then_it_is_an_attachment_with_nosniff_and_ranges_answer_206()
    {
        var pdf = DocumentFiles.Pdf();
        var document = await UploadAsync(Client, pdf, "statuts.pdf");

        using var whole = await Client.GetAsync((string)document["contentUrl"]!);
        Assert.Multiple(() =>
        {
            Assert.That((int)whole.StatusCode, Is.EqualTo(200));
            Assert.That(whole.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
            Assert.That(whole.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("statuts.pdf"));
            Assert.That(whole.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(whole.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(whole.Headers.AcceptRanges, Does.Contain("bytes"));
            Assert.That(whole.Headers.CacheControl?.NoStore, Is.True, "no cache keeps a cooperative's papers");
        });

        var request = new HttpRequestMessage(HttpMethod.Get, (string)document["contentUrl"]!);
        request.Headers.Range = new RangeHeaderValue(5, 14);
        using var part = await Client.SendAsync(request);
        Assert.Multiple(async () =>
        {
            Assert.That((int)part.StatusCode, Is.EqualTo(206));
            Assert.That(part.Content.Headers.ContentRange?.ToString(), Is.EqualTo($"bytes 5-14/{pdf.Length}"));
            Assert.That(await part.Content.ReadAsByteArrayAsync(), Is.EqualTo(pdf[5..15]));
        });
    }

    [Test]
    public async Task Given_a_deleted_document_Then_404_and_the_deletion_is_recorded()
    {
        var document = await UploadAsync(Client, DocumentFiles.Png(), "photo.png", "photo");
        var id = (string)document["id"]!;

        using var deleted = await Client.DeleteAsync($"/api/v1/documents/{id}");
        Assert.That((int)deleted.StatusCode, Is.EqualTo(200));

        await ProblemAsync(await Client.GetAsync($"/api/v1/documents/{id}"), 404);
        await ProblemAsync(await Client.GetAsync((string)document["contentUrl"]!), 404);
        await ProblemAsync(await Client.DeleteAsync($"/api/v1/documents/{id}"), 404);
        Assert.That((await GetAsync<JsonNode>(Vault(_coopA)))["items"]!.AsArray(), Is.Empty);
        if (Engine != Engine.Sqlite) return;
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        Assert.That(await ScalarAsync(connection, $"SELECT deleted_by FROM doc_documents WHERE id = '{id}'"), Is.Not.Null);
        Assert.That(await ScalarAsync(connection, $"SELECT COUNT(*) FROM app_audit WHERE operation = 'DeleteDocumentCommand' AND entity_id = '{id}'"), Is.EqualTo(1L));
    }

    [Test]
    public async Task Given_a_deleted_document_Then_its_file_is_purged_after_the_retention_period_only()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = new CoopHubApp(Engine, ConnectionString, configure: b =>
        {
            b.UseSetting("Documents:RetentionDays", "30");
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        });
        using var admin = app.CreateAdminClient();
        var kept = await BodyAsync(await admin.SendAsync(DocumentFiles.Upload(Vault(_coopA), DocumentFiles.Png(), "a.png")));
        var twin = await BodyAsync(await admin.SendAsync(DocumentFiles.Upload(Vault(_coopB), DocumentFiles.Pdf(), "b.pdf")));
        var sameContent = await BodyAsync(await admin.SendAsync(DocumentFiles.Upload(Vault(_coopA), DocumentFiles.Pdf(), "c.pdf")));
        var purger = app.Services.GetRequiredService<CoopHub.Documents.Retention.DocumentPurger>();
        var pngFile = BlobPath(app, await Sha256OfAsync((string)kept["id"]!));
        var pdfFile = BlobPath(app, await Sha256OfAsync((string)twin["id"]!));
        var thumbnailFile = BlobPath(app, await Sha256OfAsync((string)kept["id"]!, "thumbnail_sha256"));
        Assert.That((int)(await admin.DeleteAsync($"/api/v1/documents/{kept["id"]}")).StatusCode, Is.EqualTo(200));
        Assert.That((int)(await admin.DeleteAsync($"/api/v1/documents/{twin["id"]}")).StatusCode, Is.EqualTo(200));

        clock.Advance(TimeSpan.FromDays(29));
        Assert.That(await purger.RunOnceAsync(CancellationToken.None), Is.Zero);
        Assert.That(File.Exists(pngFile) && File.Exists(pdfFile) && File.Exists(thumbnailFile), Is.True, "kept during the retention period");

        clock.Advance(TimeSpan.FromDays(2));
        Assert.That(await purger.RunOnceAsync(CancellationToken.None), Is.EqualTo(2));
        Assert.Multiple(async () =>
        {
            Assert.That(File.Exists(pngFile), Is.False, "purged");
            Assert.That(File.Exists(thumbnailFile), Is.False, "its thumbnail purged with it");
            Assert.That(File.Exists(pdfFile), Is.True, "another document still has the same content");
            using var response = await admin.GetAsync((string)sameContent["contentUrl"]!);
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task Given_an_upload_whose_transaction_fails_Then_the_files_it_wrote_are_removed_unless_another_document_has_the_same_content()
    {
        var kept = await UploadAsync(Client, DocumentFiles.Png(), "statuts.png");
        var keptFiles = new[] { await Sha256OfAsync((string)kept["id"]!), await Sha256OfAsync((string)kept["id"]!, "thumbnail_sha256") }.Order().ToArray();
        Assert.That(DocumentDatabase.FilesIn(App), Is.EqualTo(keptFiles), "the first upload's content and thumbnail");
        await DocumentDatabase.RefuseDocumentRowsAsync(Engine, ConnectionString);

        var failed = await UploadAsync(Client, DocumentFiles.Jpeg(800, 600), "photo.jpg", "photo", expected: 500);
        var twin = await UploadAsync(Client, DocumentFiles.Png(), "encore.png", expected: 500);

        Assert.Multiple(() =>
        {
            Assert.That((string?)failed["code"], Is.Not.Empty);
            Assert.That((string?)twin["code"], Is.Not.Empty);
            Assert.That(DocumentDatabase.FilesIn(App), Is.EqualTo(keptFiles),
                "the failed photo's files are gone; the twin's are the first document's, which stay");
        });
        await DocumentDatabase.AcceptDocumentRowsAsync(Engine, ConnectionString);
        var stored = await UploadAsync(Client, DocumentFiles.Jpeg(800, 600), "photo.jpg", "photo");
        using var content = await Client.GetAsync((string)stored["contentUrl"]!);
        Assert.That((int)content.StatusCode, Is.EqualTo(200), "the same photo uploads once the database accepts it");
        Assert.That(DocumentDatabase.FilesIn(App), Has.Length.EqualTo(4));
    }

    private static string BlobPath(CoopHubApp app, string key) => Path.Combine(app.FilesRoot, key[..2], key[2..4], key);

    private async Task<string> Sha256OfAsync(string id, string column = "sha256")
    {
        // Read from the database, as an operator would: the API does not show the storage key.
        if (Engine == Engine.Sqlite)
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            return (string)(await ScalarAsync(connection, $"SELECT {column} FROM doc_documents WHERE id = '{id}'"))!;
        }
        await using var sql = new Microsoft.Data.SqlClient.SqlConnection(ConnectionString);
        await sql.OpenAsync();
        await using var command = sql.CreateCommand();
        command.CommandText = $"SELECT {column} FROM doc_documents WHERE id = '{id}'";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}

/// <summary>A clock the test moves.</summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
