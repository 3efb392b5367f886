using System.Runtime.InteropServices;
using SkiaSharp;

namespace GazettePress.Publishing.Tests.Pdf;

/// <summary>Makes test PDFs with SkiaSharp directly, the way the composer does (subset TrueType
/// font, links, named destinations), so these tests depend on no other part of the pipeline.</summary>
internal static class SamplePdf
{
    public const float A4Width = 595.276f;
    public const float A4Height = 841.89f;
    public const string Text = "晋城市人民政府公报 2025年第6期 关于印发实施细则的通知";

    public sealed record Options
    {
        public int PageCount { get; init; } = 5;
        public bool SubsetFont { get; init; } = true;
        /// <summary>Pixels per inch of the RGB photo at its placed size.</summary>
        public int ImagePpi { get; init; } = 300;
        public bool Placeholder { get; init; }
        /// <summary>The font from fonts/ the text is set in.</summary>
        public string FontFile { get; init; } = "NotoSerifSC-Regular.ttf";
        /// <summary>Alpha of the photo's pixels; below 255 makes real transparency.</summary>
        public byte ImageAlpha { get; init; } = 255;
        /// <summary>Make the photo an RGBA (unpremultiplied) bitmap, as a PNG with alpha decodes.</summary>
        public bool ImageWithAlphaChannel { get; init; }
        /// <summary>How far the cover background runs beyond the page edge (0 = no bleed: a mistake).</summary>
        public float CoverBleedPt { get; init; } = 9;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GazettePress.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GazettePress.sln not found above the test binaries");
    }

    public static string FontPath(string file) => Path.Combine(RepoRoot(), "fonts", file);

    /// <summary>Pages: 0 text + rules + QR-like path + links (black/gray only); 1 red box;
    /// 2 RGB photo; 3 cover with a background that runs into the bleed; further pages text.</summary>
    public static byte[] Make(Options? options = null)
    {
        options ??= new Options();
        var fontBytes = File.ReadAllBytes(FontPath(options.FontFile));
        if (options.SubsetFont)
            fontBytes = HarfBuzzSubset.Subset(fontBytes, Text + "0123456789—第页 ");
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(fontBytes));
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = "Sample",
            Creation = new DateTime(2025, 12, 28, 0, 0, 0, DateTimeKind.Utc),
            Modified = new DateTime(2025, 12, 28, 0, 0, 0, DateTimeKind.Utc),
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var i = 0; i < options.PageCount; i++)
            {
                var canvas = document.BeginPage(A4Width, A4Height);
                DrawPage(canvas, typeface, i, options);
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }

    private static void DrawPage(SKCanvas canvas, SKTypeface typeface, int index, Options options)
    {
        using var font = new SKFont(typeface, 12);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        switch (index)
        {
            case 1:
                paint.Color = new SKColor(0xC0, 0x10, 0x10);
                canvas.DrawRect(72, 72, 200, 120, paint);
                paint.Color = SKColors.Black;
                canvas.DrawText(Text, 72, 260, font, paint);
                return;
            case 2:
                var alphaType = options.ImageWithAlphaChannel ? SKAlphaType.Unpremul : SKAlphaType.Opaque;
                using (var bitmap = new SKBitmap(options.ImagePpi * 2, options.ImagePpi * 2, SKColorType.Rgba8888, alphaType))
                {
                    for (var y = 0; y < bitmap.Height; y++)
                        for (var x = 0; x < bitmap.Width; x++)
                            bitmap.SetPixel(x, y, new SKColor((byte)(x * 255 / bitmap.Width), (byte)(y * 255 / bitmap.Height), 90, options.ImageAlpha));
                    using var image = SKImage.FromBitmap(bitmap);
                    canvas.DrawImage(image, new SKRect(72, 72, 72 + 144, 72 + 144));
                }
                canvas.DrawText(Text, 72, 260, font, paint);
                return;
            case 3:
                // Cover: the background touches the trim, so it is drawn 9 pt (3.2 mm) beyond it.
                paint.Color = new SKColor(0xE8, 0xD0, 0xA0);
                var b = options.CoverBleedPt;
                canvas.DrawRect(-b, -b, A4Width + 2 * b, A4Height / 2 + b, paint);
                paint.Color = SKColors.Black;
                canvas.DrawText(Text, 72, 500, font, paint);
                return;
        }
        canvas.DrawText(Text, 72, 100, font, paint);
        canvas.DrawText(Text, 72, 120, font, paint);
        paint.Color = new SKColor(0x80, 0x80, 0x80);
        canvas.DrawRect(72, 130, 400, 0.5f, paint);
        paint.Color = SKColors.Black;
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 0.75f;
        canvas.DrawLine(72, 140, 472, 140, paint);
        paint.Style = SKPaintStyle.Fill;
        using (var qr = new SKPath())
        {
            for (var y = 0; y < 21; y++)
                for (var x = 0; x < 21; x++)
                    if ((x * 7 + y * 13 + x * y) % 3 == 0)
                        qr.AddRect(SKRect.Create(400 + x * 2.5f, 600 + y * 2.5f, 2.5f, 2.5f));
            canvas.DrawPath(qr, paint);
        }
        canvas.DrawUrlAnnotation(new SKRect(72, 88, 300, 102), "http://www.jcgov.gov.cn/");
        canvas.DrawLinkDestinationAnnotation(new SKRect(72, 108, 300, 122), "doc-1");
        canvas.DrawNamedDestinationAnnotation(new SKPoint(72, 90), index == 0 ? "doc-1" : $"doc-{index}");
        if (options.Placeholder && index == 0)
        {
            paint.Style = SKPaintStyle.Stroke;
            canvas.DrawRect(400, 700, 56, 56, paint);
            canvas.DrawNamedDestinationAnnotation(new SKPoint(400, 700), "GPPlaceholder-qr-01");
        }
    }
}

/// <summary>HarfBuzz's subsetter through the native library HarfBuzzSharp ships (DESIGN §2).</summary>
internal static class HarfBuzzSubset
{
    private const string Library = "libHarfBuzzSharp";

    [DllImport(Library)] private static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(Library)] private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);
    [DllImport(Library)] private static extern void hb_set_add(IntPtr set, uint codepoint);
    [DllImport(Library)] private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [DllImport(Library)] private static extern void hb_subset_input_destroy(IntPtr input);
    [DllImport(Library)] private static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(Library)] private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(Library)] private static extern void hb_blob_destroy(IntPtr blob);
    [DllImport(Library)] private static extern void hb_face_destroy(IntPtr face);

    public static byte[] Subset(byte[] font, string text)
    {
        using var blob = HarfBuzzSharp.Blob.FromStream(new MemoryStream(font));
        using var face = new HarfBuzzSharp.Face(blob, 0);
        var input = hb_subset_input_create_or_fail();
        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var rune in text.EnumerateRunes()) hb_set_add(unicodes, (uint)rune.Value);
            var subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero) throw new InvalidOperationException("hb_subset_or_fail failed");
            var subsetBlob = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(subsetBlob, out var length);
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            hb_blob_destroy(subsetBlob);
            hb_face_destroy(subset);
            return bytes;
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }
}
