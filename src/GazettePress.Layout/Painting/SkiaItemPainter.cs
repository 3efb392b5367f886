using System.Text;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using SkiaSharp;

namespace GazettePress.Layout.Painting;

/// <summary>Draws display-list items on any Skia canvas (PDF page or raster surface).</summary>
internal static class SkiaItemPainter
{
    public static void Paint(SKCanvas canvas, Page page, Func<FontFace, SKTypeface> typefaceFor, bool annotations)
    {
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case GlyphRunItem run:
                    DrawGlyphRun(canvas, run, typefaceFor(run.Face), paint);
                    break;
                case RuleItem rule:
                    paint.Style = SKPaintStyle.Stroke;
                    paint.StrokeWidth = (float)rule.ThicknessPt;
                    paint.StrokeCap = SKStrokeCap.Butt;
                    paint.Color = ToSk(rule.Color);
                    canvas.DrawLine((float)rule.X1, (float)rule.Y1, (float)rule.X2, (float)rule.Y2, paint);
                    break;
                case RectItem rect:
                    var r = SKRect.Create((float)rect.X, (float)rect.Y, (float)rect.Width, (float)rect.Height);
                    if (rect.Fill is { } fill)
                    {
                        paint.Style = SKPaintStyle.Fill;
                        paint.Color = ToSk(fill);
                        canvas.DrawRect(r, paint);
                    }
                    if (rect.Stroke is { } stroke && rect.StrokeWidthPt > 0)
                    {
                        paint.Style = SKPaintStyle.Stroke;
                        paint.StrokeWidth = (float)rect.StrokeWidthPt;
                        paint.Color = ToSk(stroke);
                        canvas.DrawRect(r, paint);
                    }
                    break;
                case PathItem path:
                    using (var skPath = SKPath.ParseSvgPathData(path.SvgPathData))
                    {
                        if (skPath is null) break;
                        paint.Style = SKPaintStyle.Fill;
                        paint.Color = ToSk(path.Fill);
                        // Adjacent QR modules must not show hairline seams.
                        var aa = paint.IsAntialias;
                        paint.IsAntialias = false;
                        canvas.DrawPath(skPath, paint);
                        paint.IsAntialias = aa;
                    }
                    break;
                case ImageItem image:
                    using (var data = SKData.CreateCopy(image.EncodedImage.AsSpan()))
                    using (var skImage = SKImage.FromEncodedData(data))
                    {
                        if (skImage is null) break;
                        var dest = SKRect.Create((float)image.X, (float)image.Y, (float)image.Width, (float)image.Height);
                        canvas.DrawImage(skImage, dest, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
                    }
                    break;
                case LinkItem link when annotations:
                    var linkRect = SKRect.Create((float)link.X, (float)link.Y, (float)link.Width, (float)link.Height);
                    if (link.Target.Uri is { } uri) canvas.DrawUrlAnnotation(linkRect, uri);
                    else if (link.Target.Destination is { } dest2) canvas.DrawLinkDestinationAnnotation(linkRect, dest2);
                    break;
                case AnchorItem anchor when annotations:
                    canvas.DrawNamedDestinationAnnotation(new SKPoint((float)anchor.X, (float)anchor.Y), anchor.Name);
                    break;
            }
        }
    }

    private static void DrawGlyphRun(SKCanvas canvas, GlyphRunItem run, SKTypeface typeface, SKPaint paint)
    {
        int count = run.Glyphs.Length;
        if (count == 0) return;
        using var font = new SKFont(typeface, (float)run.SizePt)
        {
            Subpixel = true,
            Hinting = SKFontHinting.None,
            Edging = SKFontEdging.Antialias,
            LinearMetrics = true,
        };
        var utf8 = Encoding.UTF8.GetBytes(run.Text);
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocateRawHorizontalTextRun(font, count, (float)run.BaselineY, utf8.Length);
        run.Glyphs.AsSpan().CopyTo(buffer.Glyphs);
        run.X.AsSpan().CopyTo(buffer.Positions);
        utf8.CopyTo(buffer.Text);
        // Skia wants UTF-8 byte offsets as clusters; ours are UTF-16 indexes into Text.
        var clusters = buffer.Clusters;
        var text = run.Text;
        int utf16 = 0, utf8Offset = 0;
        for (int i = 0; i < count; i++)
        {
            int target = Math.Clamp(run.Clusters.IsDefaultOrEmpty ? 0 : run.Clusters[i], 0, text.Length);
            if (target < utf16) { utf16 = 0; utf8Offset = 0; } // clusters go backwards only in RTL text
            for (; utf16 < target; utf16++)
            {
                char c = text[utf16];
                utf8Offset += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : 3;
            }
            clusters[i] = (uint)utf8Offset;
        }
        using var blob = builder.Build();
        if (blob is null) return;
        paint.Style = SKPaintStyle.Fill;
        paint.Color = ToSk(run.Color);
        canvas.DrawText(blob, 0, 0, paint);
    }

    public static SKColor ToSk(PaintColor color) => new(color.R, color.G, color.B);
}
