using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using SkiaSharp;

namespace GazettePress.Layout.Painting;

/// <summary>What went into one PDF: per font, how many glyphs were kept and the subset's size.</summary>
public sealed record EmbeddedFont(string Name, string FilePath, int CodePoints, int Glyphs, long SubsetBytes);

public sealed record PdfPaintResult(int Pages, IReadOnlyList<EmbeddedFont> Fonts);

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

    public static PdfPaintResult Paint(IReadOnlyList<Page> pages, PdfMetadata metadata, Stream output)
    {
        var subsets = BuildSubsets(pages, out var fonts);
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
            return new PdfPaintResult(pages.Count, fonts);
        }
        finally
        {
            foreach (var typeface in subsets.Values) typeface.Dispose();
        }
    }

    private static Dictionary<FontFace, SKTypeface> BuildSubsets(IReadOnlyList<Page> pages, out List<EmbeddedFont> report)
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

        var subsets = new Dictionary<FontFace, SKTypeface>();
        report = new List<EmbeddedFont>();
        foreach (var face in codePoints.Keys.OrderBy(f => f.Id))
        {
            var bytes = FontSubsetter.Subset(face, codePoints[face], glyphs[face]);
            using var data = SKData.CreateCopy(bytes);
            subsets[face] = SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"Skia could not load the subset of {face.DisplayName}");
            report.Add(new EmbeddedFont(face.DisplayName, face.FilePath, codePoints[face].Count, glyphs[face].Count, bytes.Length));
        }
        return subsets;
    }
}
