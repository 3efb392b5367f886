namespace GazettePress.Publishing.Pdf;

/// <summary>One bookmark. Its target is either a page (0-based index, optional distance from the
/// page top in points) or a named destination the composer drew with
/// SKCanvas.DrawNamedDestinationAnnotation (then the bookmark lands exactly on that point).</summary>
public sealed record OutlineEntry
{
    public required string Title { get; init; }
    public int? PageIndex { get; init; }
    public double? TopPt { get; init; }
    public string? Destination { get; init; }
    public IReadOnlyList<OutlineEntry> Children { get; init; } = [];
    /// <summary>Whether the children are shown when the file opens.</summary>
    public bool Open { get; init; } = true;

    public static OutlineEntry ToPage(string title, int pageIndex, params OutlineEntry[] children) =>
        new() { Title = title, PageIndex = pageIndex, Children = children };

    public static OutlineEntry ToDestination(string title, string destination, params OutlineEntry[] children) =>
        new() { Title = title, Destination = destination, Children = children };
}

/// <summary>A page size in points. Skia rounds each page to whole points (at its default
/// RasterDpi 72), so A4 comes out 595 × 842; the finishers put the exact size back.</summary>
public readonly record struct PageSizePt(double Width, double Height)
{
    public static readonly PageSizePt A4 = new(210 * 72 / 25.4, 297 * 72 / 25.4);
}

public sealed record ScreenPdfOptions
{
    public required DocumentMetadata Metadata { get; init; }
    public IReadOnlyList<OutlineEntry> Outline { get; init; } = [];
    /// <summary>The size the composer asked Skia for; when set, every MediaBox is made exactly this
    /// size, anchored at the top-left corner as Skia draws.</summary>
    public PageSizePt? PageSize { get; init; }
    /// <summary>The structure of the content and the display lists the pages were painted from; when
    /// set, the file is tagged (marked content, structure tree) and identifies itself as PDF/UA-1.</summary>
    public Tagging.TaggingPlan? Tagging { get; init; }
}

/// <summary>Adds to Skia's PDF what Skia cannot write. The input bytes are never modified.</summary>
public static class PdfFinisher
{
    /// <summary>Screen edition: /Outlines, /Lang, /PageMode UseOutlines, DisplayDocTitle, /Info and
    /// XMP metadata with fixed dates, a content-derived /ID, and with a tagging plan the structure
    /// tree (PDF/UA-1). Links and named destinations drawn by Skia are kept. Throws ArgumentException
    /// for an outline target that does not exist, TaggingException when the pages do not match the plan.</summary>
    public static byte[] FinishScreen(byte[] skiaPdf, ScreenPdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(skiaPdf);
        ArgumentNullException.ThrowIfNull(options);
        var file = PdfFile.Load(skiaPdf);
        if (options.Tagging is { } plan)
        {
            // Before anything else changes the pages: the tagger checks Skia's content and link
            // rectangles against the display lists as Skia wrote them.
            Tagging.PdfTagger.Apply(file, plan);
            file.Version = "1.7";
        }
        MetadataWriter.Apply(file, options.Metadata,
            xmpExtension: options.Tagging is null ? null : "<pdfuaid:part xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">1</pdfuaid:part>\n");
        if (options.PageSize is { } size)
            foreach (var reference in file.PageReferences())
            {
                var page = file.Page(reference);
                if (file.InheritedBox(page, "MediaBox") is { } box)
                    page["MediaBox"] = ExactSize(box, size).ToArray();
                page.Remove("CropBox");
            }
        var catalog = file.Catalog;
        catalog["ViewerPreferences"] = new PdfDictionary { ["DisplayDocTitle"] = PdfBoolean.True };
        if (options.Outline.Count > 0)
        {
            catalog["Outlines"] = OutlineWriter.Write(file, options.Outline);
            catalog["PageMode"] = new PdfName("UseOutlines");
        }
        // Object streams (PDF 1.5) hold the many small objects of the structure tree compressed;
        // the print edition keeps a classic xref (PDF/X-1a is PDF 1.3/1.4).
        if (string.CompareOrdinal(file.Version, "1.5") < 0) file.Version = "1.5";
        return PdfWriter.Write(file, PdfStorage.ObjectStreams);
    }

    /// <summary>The box of the exact page size that Skia's rounded box stands for: same top-left corner.</summary>
    public static PdfRectangle ExactSize(PdfRectangle skiaBox, PageSizePt size) =>
        new(skiaBox.Left, skiaBox.Top - size.Height, skiaBox.Left + size.Width, skiaBox.Top);
}
