using GazettePress.Layout.DisplayList;
using SkiaSharp;

namespace GazettePress.Layout.Painting;

/// <summary>Renders one display-list page to a PNG (proofs, golden tests, EPUB cover).</summary>
public static class PngPainter
{
    public static void Paint(Page page, double dpi, Stream output)
    {
        using var bitmap = Render(page, dpi);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
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
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        canvas.Scale((float)scale);
        SkiaItemPainter.Paint(canvas, page, face => face.FullTypeface, annotations: false);
        canvas.Flush();
        return bitmap;
    }
}
