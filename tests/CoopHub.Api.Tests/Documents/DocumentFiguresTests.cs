using System.Diagnostics;
using CoopHub.Api.Tests.Infrastructure;

namespace CoopHub.Api.Tests.Documents;

/// <summary>
/// The figures the module README quotes, measured through HTTP: the time to upload (content check, re-encode, store)
/// a phone-sized photo and a 9 MB PDF, and what a photo weighs once stored. Explicit: run on demand, not in CI.
/// </summary>
[Explicit("measures; run with --filter FullyQualifiedName~DocumentFiguresTests")]
[TestFixture]
public sealed class DocumentFiguresTests
{
    [Test]
    public async Task Measure_uploads()
    {
        await using var app = new CoopHubApp(Engine.Sqlite, await TestDatabases.NewSqliteAsync());
        using var admin = app.CreateAdminClient();
        var coop = (string)(await ApiTest_BodyAsync(await admin.PostAsync("/api/v1/cooperatives", new StringContent(
            Cooperatives.CooperativeBodies.Valid(registrationNumber: "FIG-1").ToJsonString(), System.Text.Encoding.UTF8, "application/json"))))["id"]!;
        var url = $"/api/v1/cooperatives/{coop}/documents";
        var photo = DocumentFiles.Image(SkiaSharp.SKEncodedImageFormat.Jpeg, 4000, 3000);
        var noisy = NoisyJpeg(3264, 2448);
        var pdf = new byte[9 * 1024 * 1024];
        DocumentFiles.Pdf().CopyTo(pdf, 0);
        Array.Fill(pdf, (byte)' ', DocumentFiles.Pdf().Length, pdf.Length - DocumentFiles.Pdf().Length);
        await admin.SendAsync(DocumentFiles.Upload(url, DocumentFiles.Png(), "warm.png"));

        foreach (var (name, bytes) in new[] { ("flat photo 4000x3000 JPEG", photo), ("noisy photo 3264x2448 JPEG (8 MP phone)", noisy), ("PDF 9 MB", pdf) })
        {
            var times = new List<double>();
            long stored = 0;
            for (var i = 0; i < 5; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await admin.SendAsync(DocumentFiles.Upload(url, bytes, $"f{i}"));
                times.Add(watch.Elapsed.TotalMilliseconds);
                Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
                stored = (long)(await ApiTest_BodyAsync(response))["sizeBytes"]!;
            }
            times.Sort();
            TestContext.Out.WriteLine($"{name}: {bytes.Length / 1024} KB sent, {stored / 1024} KB stored, median {times[2]:0} ms, max {times[^1]:0} ms over 5");
        }
    }

    /// <summary>Noise compresses as badly as a real photo's texture does: a worst case for size and decoding.</summary>
    private static byte[] NoisyJpeg(int width, int height)
    {
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        var random = new Random(19);
        var pixels = new byte[width * height * 4];
        random.NextBytes(pixels);
        for (var i = 3; i < pixels.Length; i += 4) pixels[i] = 255;
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        return image.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 60).ToArray();
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> ApiTest_BodyAsync(HttpResponseMessage response)
        => System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}
