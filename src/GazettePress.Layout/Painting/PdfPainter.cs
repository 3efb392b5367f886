using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using SkiaSharp;

namespace GazettePress.Layout.Painting;

/// <summary>What went into one PDF: per font, how many glyphs were kept and the subset's size.</summary>
public sealed record EmbeddedFont(string Name, string FilePath, int CodePoints, int Glyphs, long SubsetBytes);

/// <summary>
/// A font program as Skia embedded it — a copy without outlines (<see cref="MetricsOnlyFont"/>) — and
/// the subset as HarfBuzz made it, which belongs in the PDF: the painted file's FontFile2 stream
/// holding <see cref="Embedded"/> is to be replaced by <see cref="OriginalDeflated"/> (zlib, for
/// /FlateDecode), compressed on another core while Skia paints.
/// </summary>
public sealed record FontProgram(string Name, byte[] Embedded, byte[] Original, Task<byte[]> OriginalDeflated);

public sealed record PdfPaintResult(int Pages, IReadOnlyList<EmbeddedFont> Fonts, IReadOnlyList<FontProgram> FontPrograms);

/// <summary>
/// Paints display-list pages into a PDF with Skia. Every face is subset with HarfBuzz to what these
/// pages use, so the PDF embeds small CID TrueType fonts (never Type 3). Language, outline,
/// page boxes are not Skia's to write: post-processing adds them.
/// </summary>
public static class PdfPainter
{
    static PdfPainter()
    {
        // Skia's glyph cache defaults to 2 MB; one issue uses a few thousand CJK outlines.
        const long GlyphCacheBytes = 64L << 20;
        if (SKGraphics.GetFontCacheLimit() < GlyphCacheBytes) SKGraphics.SetFontCacheLimit(GlyphCacheBytes);
    }

    private static readonly Lazy<Task> Preloaded = new(() => Task.Run(() =>
    {
        // Skia's default font manager scans the system's font folders when it is first used (every
        // typeface is made through it): on a machine with the Noto CJK collections installed that is
        // about 0.4 billion instructions, as much as composing the whole issue.
        _ = SKFontManager.Default;
        using var stream = new MemoryStream();
        using var document = SKDocument.CreatePdf(stream);
        document.BeginPage(1, 1);
        document.EndPage();
        document.Close();
    }));

    /// <summary>
    /// Loads Skia's native library, its font manager and its PDF backend on a worker thread, once per
    /// process. Call it when a build starts so the cost overlaps with loading and composing; painting
    /// waits for nothing, it simply finds Skia ready.
    /// </summary>
    public static Task Preload() => Preloaded.Value;

    public static PdfPaintResult Paint(IReadOnlyList<Page> pages, PdfMetadata metadata, Stream output)
    {
        var subsets = BuildSubsets(pages, out var fonts, out var programs);
        try
        {
            var skMetadata = new SKDocumentPdfMetadata
            {
                Title = metadata.Title,
                Author = metadata.Author,
                Subject = metadata.Subject,
                Keywords = metadata.Keywords,
                Creator = metadata.Creator,
                Producer = metadata.Producer,
                Creation = metadata.Created.UtcDateTime,
                Modified = metadata.Modified.UtcDateTime,
                EncodingQuality = 101,
            };
            using (var document = SKDocument.CreatePdf(output, skMetadata))
            {
                foreach (var page in pages)
                {
                    var canvas = document.BeginPage((float)page.WidthPt, (float)page.HeightPt);
                    SkiaItemPainter.Paint(canvas, page, face => subsets[face], annotations: true);
                    document.EndPage();
                }
                document.Close();
            }
            return new PdfPaintResult(pages.Count, fonts, programs);
        }
        finally
        {
            foreach (var typeface in subsets.Values) typeface.Dispose();
        }
    }

    private static Dictionary<FontFace, SKTypeface> BuildSubsets(IReadOnlyList<Page> pages, out List<EmbeddedFont> report,
        out List<FontProgram> programs)
    {
        var codePoints = new Dictionary<FontFace, SortedSet<int>>();
        var glyphs = new Dictionary<FontFace, SortedSet<ushort>>();
        foreach (var page in pages)
            foreach (var item in page.Items)
            {
                if (item is not GlyphRunItem run) continue;
                if (!codePoints.TryGetValue(run.Face, out var cps))
                {
                    codePoints[run.Face] = cps = new SortedSet<int>();
                    glyphs[run.Face] = new SortedSet<ushort>();
                }
                var text = run.Text;
                for (int i = 0; i < text.Length; i++)
                {
                    if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        cps.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                        i++;
                    }
                    else if (!char.IsSurrogate(text[i]) && !char.IsControl(text[i]))
                        cps.Add(text[i]);
                }
                glyphs[run.Face].UnionWith(run.Glyphs);
            }

        // Subsetting a CJK font takes tens of milliseconds; faces are independent, so use every core.
        var faces = codePoints.Keys.OrderBy(f => f.Id).ToArray();
        var subsetBytes = new byte[faces.Length][];
        Parallel.For(0, faces.Length, i => subsetBytes[i] = FontSubsetter.Subset(faces[i], codePoints[faces[i]], glyphs[faces[i]]));

        var subsets = new Dictionary<FontFace, SKTypeface>();
        report = new List<EmbeddedFont>();
        programs = new List<FontProgram>();
        for (int i = 0; i < faces.Length; i++)
        {
            var face = faces[i];
            var bytes = subsetBytes[i];
            // Skia gets the program without outlines (see MetricsOnlyFont); the PDF gets the subset.
            var forSkia = MetricsOnlyFont.From(bytes);
            programs.Add(new FontProgram(face.DisplayName, forSkia, bytes, Task.Run(() => Zlib(bytes))));
            using var data = SKData.CreateCopy(forSkia);
            subsets[face] = SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"Skia could not load the subset of {face.DisplayName}");
            report.Add(new EmbeddedFont(face.DisplayName, face.FilePath, codePoints[face].Count, glyphs[face].Count, bytes.Length));
        }
        return subsets;
    }

    /// <summary>zlib-compressed bytes (a PDF /FlateDecode stream), at the size-optimal level.</summary>
    public static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream(data.Length / 2);
        using (var zlib = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return output.ToArray();
    }
}
