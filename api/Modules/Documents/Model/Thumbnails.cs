using SkiaSharp;

namespace CoopHub.Documents.Model;

/// <summary>
/// The small picture the vault lists beside an image (issue 19 item 6): drawn from the image as stored (already
/// re-encoded, upright and without EXIF, see <see cref="ImageRewriter"/>), at most <see cref="MaxSide"/> px on its
/// longer side, WebP at quality 70 (a few KB). PDFs get none: the SPA shows a file icon.
/// </summary>
internal static class Thumbnails
{
    public const int MaxSide = 160;
    public const string ContentType = DocumentContent.WebP;
    private const int Quality = 70;

    /// <summary>Whether a document of this type has a thumbnail (an image: drawn at upload, or on first request for one uploaded before 0035).</summary>
    public static bool Drawable(string contentType) => contentType is DocumentContent.Jpeg or DocumentContent.Png or DocumentContent.WebP;

    /// <summary>Draws the thumbnail of a stored image and puts it in the blob store: its key, or null when there is none.</summary>
    public static async Task<string?> PutAsync(IBlobStore blobs, byte[] stored, string contentType, CancellationToken ct)
        => Make(stored, contentType) is { } thumbnail ? await blobs.PutAsync(thumbnail, ct) : null;

    /// <summary>The thumbnail's bytes for a stored image, or null for a PDF or a picture that cannot be decoded.</summary>
    public static byte[]? Make(byte[] stored, string contentType)
    {
        if (!Drawable(contentType)) return null;
        using var data = SKData.CreateCopy(stored);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0) return null;
        var longer = Math.Max(codec.Info.Width, codec.Info.Height);
        // JPEG decodes at 1/2, 1/4, 1/8 for free: take the smallest that is still at least the target.
        var size = longer > MaxSide ? codec.GetScaledDimensions((float)MaxSide / longer) : codec.Info.Size;
        if (Math.Max(size.Width, size.Height) < Math.Min(MaxSide, longer)) size = codec.Info.Size;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput)) return null;
        var ratio = Math.Min(1.0, (double)MaxSide / Math.Max(decoded.Width, decoded.Height));
        var target = new SKImageInfo(Math.Max(1, (int)Math.Round(decoded.Width * ratio)), Math.Max(1, (int)Math.Round(decoded.Height * ratio)), decoded.ColorType, decoded.AlphaType);
        using var scaled = ratio < 1 ? decoded.Resize(target, new SKSamplingOptions(SKCubicResampler.Mitchell)) : decoded.Copy();
        if (scaled is null) return null;
        using var image = SKImage.FromBitmap(scaled);
        using var encoded = image.Encode(SKEncodedImageFormat.Webp, Quality);
        return encoded?.ToArray();
    }
}
