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
        using var fonts = new FontCache(typefaceFor);
        var items = page.Items;
        for (int index = 0; index < items.Length; index++)
        {
            var item = items[index];
            switch (item)
            {
                case GlyphRunItem run:
                    // Consecutive runs of one colour go into one text blob: Skia's PDF device has a
                    // sizeable cost per draw call, and painting order is unchanged.
                    int end = index + 1;
                    while (end < items.Length && items[end] is GlyphRunItem next && next.Color == run.Color) end++;
                    DrawGlyphRuns(canvas, items, index, end, fonts, paint);
                    index = end - 1;
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
                        if (path.X != 0 || path.Y != 0) skPath.Offset((float)path.X, (float)path.Y);
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

    private static void DrawGlyphRuns(SKCanvas canvas, System.Collections.Immutable.ImmutableArray<PageItem> items, int start, int end,
        FontCache fonts, SKPaint paint)
    {
        using var builder = new SKTextBlobBuilder();
        PaintColor color = default;
        for (int i = start; i < end; i++)
        {
            var run = (GlyphRunItem)items[i];
            color = run.Color;
            int count = run.Glyphs.Length;
            if (count == 0) continue;
            var font = fonts.Get(run.Face, run.SizePt);
            var text = run.Text;
            int textBytes = Encoding.UTF8.GetByteCount(text);
            var buffer = builder.AllocateRawHorizontalTextRun(font, count, (float)run.BaselineY, textBytes);
            run.Glyphs.AsSpan().CopyTo(buffer.Glyphs);
            run.X.AsSpan().CopyTo(buffer.Positions);
            Encoding.UTF8.GetBytes(text, buffer.Text);
            // Skia wants UTF-8 byte offsets as clusters; ours are UTF-16 indexes into Text.
            var clusters = buffer.Clusters;
            int utf16 = 0, utf8Offset = 0;
            for (int g = 0; g < count; g++)
            {
                int target = Math.Clamp(run.Clusters.IsDefaultOrEmpty ? 0 : run.Clusters[g], 0, text.Length);
                if (target < utf16) { utf16 = 0; utf8Offset = 0; } // clusters go backwards only in RTL text
                for (; utf16 < target; utf16++)
                {
                    char c = text[utf16];
                    utf8Offset += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : 3;
                }
                clusters[g] = (uint)utf8Offset;
            }
        }
        using var blob = builder.Build();
        if (blob is null) return;
        paint.Style = SKPaintStyle.Fill;
        paint.Color = ToSk(color);
        canvas.DrawText(blob, 0, 0, paint);
    }

    /// <summary>One SKFont per face and size for a page.</summary>
    private sealed class FontCache(Func<FontFace, SKTypeface> typefaceFor) : IDisposable
    {
        private readonly Dictionary<(FontFace, double), SKFont> _fonts = new();

        public SKFont Get(FontFace face, double size)
        {
            if (!_fonts.TryGetValue((face, size), out var font))
                _fonts[(face, size)] = font = new SKFont(typefaceFor(face), (float)size)
                {
                    Subpixel = true,
                    Hinting = SKFontHinting.None,
                    Edging = SKFontEdging.Antialias,
                    LinearMetrics = true,
                };
            return font;
        }

        public void Dispose()
        {
            foreach (var font in _fonts.Values) font.Dispose();
        }
    }

    public static SKColor ToSk(PaintColor color) => new(color.R, color.G, color.B);
}
