using CoopHub.Shared.Results;
using SkiaSharp;

namespace CoopHub.Documents.Model;

/// <summary>
/// Decodes an uploaded image and encodes it again (ADR 0027): what is stored is pixels the server drew, so EXIF
/// (the phone's GPS position, its serial number), comments and anything hidden after the image data are gone. The
/// image is turned upright by its EXIF orientation first (the tag is dropped with the rest) and scaled so its longer
/// side is at most <see cref="DocumentOptions.MaxImageSide"/>. Its declared size is read before any pixel is decoded,
/// so a small file announcing a huge picture (a decompression bomb) is refused without allocating it.
/// </summary>
internal static class ImageRewriter
{
    private const int Quality = 85;

    public static Result<(byte[] Bytes, string ContentType)> Rewrite(byte[] upload, string contentType, DocumentOptions options)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0) return DocumentErrors.Refused("documents.image_unreadable");
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > options.MaxImagePixels)
        {
            return DocumentErrors.Refused("documents.image_too_large", ("megapixels", Math.Round((long)width * height / 1_000_000.0)), ("limit", options.MaxImagePixels / 1_000_000));
        }

        using var decoded = Decode(codec, options.MaxImageSide);
        if (decoded is null) return DocumentErrors.Refused("documents.image_unreadable");
        using var upright = Orient(decoded, codec.EncodedOrigin);
        using var scaled = Scale(upright, options.MaxImageSide);
        using var image = SKImage.FromBitmap(scaled);
        var format = contentType switch
        {
            DocumentContent.Png => SKEncodedImageFormat.Png,
            DocumentContent.WebP => SKEncodedImageFormat.Webp,
            _ => SKEncodedImageFormat.Jpeg,
        };
        using var encoded = image.Encode(format, Quality);
        if (encoded is null) return DocumentErrors.Refused("documents.image_unreadable");
        return (encoded.ToArray(), contentType);
    }

    /// <summary>Decodes at the smallest size the codec offers that is still at least the target (JPEG decodes at 1/2, 1/4, 1/8 for free).</summary>
    private static SKBitmap? Decode(SKCodec codec, int maxSide)
    {
        var longer = Math.Max(codec.Info.Width, codec.Info.Height);
        var size = longer > maxSide ? codec.GetScaledDimensions((float)maxSide / longer) : codec.Info.Size;
        if (Math.Max(size.Width, size.Height) < Math.Min(maxSide, longer)) size = codec.Info.Size;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput) return bitmap;
        bitmap.Dispose();
        return null;
    }

    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = swap ? (source.Height, source.Width) : (source.Width, source.Height);
        var result = new SKBitmap(new SKImageInfo(w, h, source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(result);
        canvas.Clear(SKColors.Transparent);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Translate(w, 0); canvas.Scale(-1, 1); break;
            case SKEncodedOrigin.BottomRight: canvas.Translate(w, h); canvas.RotateDegrees(180); break;
            case SKEncodedOrigin.BottomLeft: canvas.Translate(0, h); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.LeftTop: canvas.Scale(-1, 1); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(w, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightBottom: canvas.Translate(w, h); canvas.Scale(-1, 1); canvas.Translate(w, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, h); canvas.RotateDegrees(270); break;
        }
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return result;
    }

    private static SKBitmap Scale(SKBitmap source, int maxSide)
    {
        var longer = Math.Max(source.Width, source.Height);
        if (longer <= maxSide) return source.Copy();
        var ratio = (double)maxSide / longer;
        var info = new SKImageInfo(Math.Max(1, (int)Math.Round(source.Width * ratio)), Math.Max(1, (int)Math.Round(source.Height * ratio)), source.ColorType, source.AlphaType);
        return source.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? source.Copy();
    }
}
