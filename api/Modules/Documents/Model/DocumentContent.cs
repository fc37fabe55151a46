using System.Text;
using CoopHub.Shared.Results;

namespace CoopHub.Documents.Model;

/// <summary>
/// What an upload really is, judged from its first bytes, never from its name or the type the client declared: a
/// renamed program or an HTML page is refused whatever it is called. PDFs must start with <c>%PDF-</c> and carry no
/// encryption dictionary (staff could not open them); images go through <see cref="ImageRewriter"/>.
/// </summary>
internal static class DocumentContent
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] EncryptKey = "/Encrypt"u8.ToArray();

    /// <summary>The media type the bytes are, or null when they are none of the four the vault keeps.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PdfMagic)) return Pdf;
        if (bytes.StartsWith(PngMagic)) return Png;
        if (bytes.StartsWith(JpegMagic)) return Jpeg;
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return WebP;
        return null;
    }

    public static string Extension(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        Png => ".png",
        Jpeg => ".jpg",
        _ => ".webp",
    };

    /// <summary>
    /// An encrypted PDF names <c>/Encrypt</c> in its trailer (or, from PDF 1.5, in its cross-reference stream's
    /// dictionary, which is never compressed): a search of the whole file finds both.
    /// </summary>
    public static bool IsEncryptedPdf(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            var found = bytes[at..].IndexOf(EncryptKey);
            if (found < 0) return false;
            var end = at + found + EncryptKey.Length;
            // "/Encrypt" and not "/EncryptMetadata" or another name that only begins the same way.
            if (end >= bytes.Length || !IsNameChar(bytes[end])) return true;
            at = end;
        }
        return false;
    }

    private static bool IsNameChar(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'_' or (byte)'-' or (byte)'.';

    /// <summary>Checks and rewrites an upload: the bytes to store and their media type, or why it is refused.</summary>
    public static Result<(byte[] Bytes, string ContentType)> Prepare(byte[] upload, DocumentOptions options)
    {
        if (upload.Length == 0) return DocumentErrors.Refused("documents.file_empty");
        var type = Sniff(upload);
        if (type is null) return DocumentErrors.Refused("documents.unsupported_type");
        if (type == Pdf)
        {
            return IsEncryptedPdf(upload) ? DocumentErrors.Refused("documents.pdf_encrypted") : (upload, Pdf);
        }
        return ImageRewriter.Rewrite(upload, type, options);
    }

    /// <summary>
    /// The name shown and offered on download: the last segment of what the client sent (a path is cut off), without
    /// control or reserved characters, ending with the extension of what the content really is.
    /// </summary>
    public static string SafeFileName(string? sent, string contentType)
    {
        var name = (sent ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var clean = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(c) || "<>:\"|?*".Contains(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) continue;
            clean.Append(c);
        }
        var stem = Path.GetFileNameWithoutExtension(clean.ToString().Trim().TrimStart('.')).Trim();
        if (stem.Length == 0) stem = "document";
        if (stem.Length > 120) stem = stem[..120];
        return stem + Extension(contentType);
    }
}
