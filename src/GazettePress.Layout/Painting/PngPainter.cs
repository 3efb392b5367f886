using GazettePress.Layout.DisplayList;
using SkiaSharp;

namespace GazettePress.Layout.Painting;

/// <summary>Renders one display-list page to a PNG (proofs, golden tests, EPUB cover).</summary>
public static class PngPainter
{
    // Pages are opaque (RGB, no alpha channel) and mostly flat white: the "up" filter alone at zlib's
    // default level compresses as well as trying every filter per row, at a quarter of the time
    // (measured on the sample's cover at 120 dpi: 14 ms and 56 KB against 60 ms and 60 KB).
    private static readonly SKPngEncoderOptions Encoding = new(SKPngEncoderFilterFlags.Up, zLibLevel: 6);

    public static void Paint(Page page, double dpi, Stream output)
    {
        using var bitmap = Render(page, dpi);
        using var pixels = bitmap.PeekPixels();
        using var data = pixels.Encode(Encoding) ?? throw new InvalidOperationException("Skia could not encode the page as PNG");
        data.SaveTo(output);
    }

    public static byte[] PaintToBytes(Page page, double dpi)
    {
        using var stream = new MemoryStream();
        Paint(page, dpi, stream);
        return stream.ToArray();
    }

    internal static SKBitmap Render(Page page, double dpi)
    {
        double scale = dpi / 72.0;
        int width = Math.Max(1, (int)Math.Ceiling(page.WidthPt * scale));
        int height = Math.Max(1, (int)Math.Ceiling(page.HeightPt * scale));
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        canvas.Scale((float)scale);
        SkiaItemPainter.Paint(canvas, page, face => face.FullTypeface, annotations: false);
        canvas.Flush();
        return bitmap;
    }
}
