using GazettePress.Intake.Model;
using SkiaSharp;

namespace GazettePress.Intake.Writing;

/// <summary>Pictures the composer can draw: PNG and JPEG as they are; GIF, BMP and WebP converted to PNG; others not.</summary>
internal static class ImageFiles
{
    public sealed record UsableImage(byte[] Bytes, string Extension, int WidthPx);

    public static UsableImage? Usable(SourceImage image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image.Bytes));
        if (codec is null) return null;
        var format = codec.EncodedFormat;
        if (format is SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg)
            return new UsableImage(image.Bytes, format == SKEncodedImageFormat.Png ? "png" : "jpg", codec.Info.Width);
        if (format is SKEncodedImageFormat.Gif or SKEncodedImageFormat.Bmp or SKEncodedImageFormat.Webp or SKEncodedImageFormat.Wbmp or SKEncodedImageFormat.Ico)
        {
            using var bitmap = SKBitmap.Decode(codec);
            if (bitmap is null) return null;
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            return new UsableImage(data.ToArray(), "png", bitmap.Width);
        }
        return null;
    }
}
