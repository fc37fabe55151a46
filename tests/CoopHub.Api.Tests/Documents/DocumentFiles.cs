using System.Buffers.Binary;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SkiaSharp;

namespace CoopHub.Api.Tests.Documents;

/// <summary>Files as a phone or a scanner would send them, and hostile ones, built in memory; and the multipart upload.</summary>
internal static class DocumentFiles
{
    public static byte[] Image(SKEncodedImageFormat format, int width = 64, int height = 48)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Goldenrod);
            using var paint = new SKPaint { Color = SKColors.DarkGreen };
            canvas.DrawRect(0, 0, width / 2f, height / 2f, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 90).ToArray();
    }

    public static byte[] Png(int width = 64, int height = 48) => Image(SKEncodedImageFormat.Png, width, height);

    public static byte[] Jpeg(int width = 64, int height = 48) => Image(SKEncodedImageFormat.Jpeg, width, height);

    public static byte[] WebP(int width = 64, int height = 48) => Image(SKEncodedImageFormat.Webp, width, height);

    /// <summary>A one-page PDF; with <paramref name="encrypted"/> its trailer names an encryption dictionary, as a password-protected file does.</summary>
    public static byte[] Pdf(bool encrypted = false)
    {
        var encrypt = encrypted ? "4 0 obj\n<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <00> /U <00> >>\nendobj\n" : "";
        var trailer = encrypted ? "<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<01><01>] >>" : "<< /Size 4 /Root 1 0 R >>";
        return Encoding.ASCII.GetBytes(
            "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n" + encrypt
            + $"trailer\n{trailer}\nstartxref\n0\n%%EOF\n");
    }

    /// <summary>
    /// A JPEG carrying an EXIF block (APP1) right after its start marker, with a GPS directory placing it at
    /// 34°41'12.34" N: what a phone writes into a photo.
    /// </summary>
    public static byte[] JpegWithGps()
    {
        var tiff = new byte[80];
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        // IFD0: one entry, the GPS directory's offset.
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 1);
        Entry(tiff, 10, 0x8825, 4, 1, 26);
        // GPS directory at 26: latitude reference "N" and latitude (three rationals at 56).
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(26), 2);
        Entry(tiff, 28, 0x0001, 2, 2, 0x4E000000);
        Entry(tiff, 40, 0x0002, 5, 3, 56);
        uint[] rationals = [34, 1, 41, 1, 1234, 100];
        for (var i = 0; i < rationals.Length; i++) BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(56 + 4 * i), rationals[i]);
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var app1 = new byte[4 + payload.Length];
        app1[0] = 0xFF;
        app1[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(app1.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(app1, 4);
        var jpeg = Jpeg();
        return jpeg[..2].Concat(app1).Concat(jpeg[2..]).ToArray();
    }

    /// <summary>A landscape JPEG (64 × 48) whose EXIF says "rotate 90° clockwise to view" (orientation 6), as a phone held upright writes it.</summary>
    public static byte[] JpegTurnedByExif()
    {
        var tiff = new byte[26];
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 1);
        // Orientation (0x0112), SHORT, one value, left-justified in the 4-byte field.
        Entry(tiff, 10, 0x0112, 3, 1, 6u << 16);
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var app1 = new byte[4 + payload.Length];
        app1[0] = 0xFF;
        app1[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(app1.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(app1, 4);
        var jpeg = Jpeg(64, 48);
        return jpeg[..2].Concat(app1).Concat(jpeg[2..]).ToArray();
    }

    private static void Entry(byte[] tiff, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 4), count);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 8), value);
    }

    /// <summary>A tiny PNG whose header claims 30,000 × 30,000 pixels (3.6 GB once decoded): a decompression bomb.</summary>
    public static byte[] PngBomb()
    {
        var png = Png(1, 1);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 30_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 30_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    public static bool Contains(byte[] haystack, string ascii) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(ascii)) >= 0;

    public static HttpRequestMessage Upload(string url, byte[] bytes, string fileName, string kind = "statutes", string? issuedOn = "2024-01-15", string? expiresOn = null,
        string declaredType = "application/octet-stream")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        form.Add(file, "file", fileName);
        form.Add(new StringContent(kind), "kind");
        if (issuedOn is not null) form.Add(new StringContent(issuedOn), "issuedOn");
        if (expiresOn is not null) form.Add(new StringContent(expiresOn), "expiresOn");
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
    }

    /// <summary>Uploads a small PNG to the cooperative's vault and returns the document's id.</summary>
    public static async Task<string> UploadPngAsync(HttpClient client, string cooperativeId, string fileName = "statuts.png")
    {
        using var response = await client.SendAsync(Upload($"/api/v1/cooperatives/{cooperativeId}/documents", Png(), fileName));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), text);
        return (string)JsonNode.Parse(text)!["id"]!;
    }
}
