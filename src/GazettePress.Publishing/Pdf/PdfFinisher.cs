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

public sealed record ScreenPdfOptions
{
    public required DocumentMetadata Metadata { get; init; }
    public IReadOnlyList<OutlineEntry> Outline { get; init; } = [];
}

/// <summary>Adds to Skia's PDF what Skia cannot write. The input bytes are never modified.</summary>
public static class PdfFinisher
{
    /// <summary>Screen edition: /Outlines, /Lang, /PageMode UseOutlines, DisplayDocTitle, /Info and
    /// XMP metadata with fixed dates, a content-derived /ID. Links and named destinations drawn by
    /// Skia are kept. Throws ArgumentException for an outline target that does not exist.</summary>
    public static byte[] FinishScreen(byte[] skiaPdf, ScreenPdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(skiaPdf);
        ArgumentNullException.ThrowIfNull(options);
        var file = PdfFile.Load(skiaPdf);
        MetadataWriter.Apply(file, options.Metadata);
        var catalog = file.Catalog;
        catalog["ViewerPreferences"] = new PdfDictionary { ["DisplayDocTitle"] = PdfBoolean.True };
        if (options.Outline.Count > 0)
        {
            catalog["Outlines"] = OutlineWriter.Write(file, options.Outline);
            catalog["PageMode"] = new PdfName("UseOutlines");
        }
        return PdfWriter.Write(file);
    }
}
