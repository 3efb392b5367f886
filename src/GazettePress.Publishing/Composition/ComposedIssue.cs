using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Pages;

namespace GazettePress.Publishing.Composition;

/// <summary>A bookmark: a section of the TOC with its documents, each with the page it starts on.</summary>
public sealed record OutlineEntry(string Title, int PageIndex, string Destination, IReadOnlyList<OutlineEntry> Children);

/// <summary>Where a named destination landed.</summary>
public sealed record AnchorPosition(string Name, int PageIndex, string? Folio, double X, double Y);

/// <summary>A document's pages: first and last page index (1-based) and folios.</summary>
public sealed record DocumentPages(string DocumentId, string Title, int FirstPage, int LastPage, string? FirstFolio, string? LastFolio);

/// <summary>
/// Where a page's text begins in the source, for the EPUB's page-list: the nearest element with an id
/// and an offset into its text content (XElement.Value of the print XHTML, formatting whitespace
/// included); and the same position in the innermost block element (<see cref="Element"/>, in
/// <see cref="ComposedIssue.Elements"/>) as an offset into that element's own text, which does not
/// depend on how a template indents its markup.
/// </summary>
public sealed record PageStart(string DocumentId, string BlockId, int TextOffset)
{
    public ElementRef? Element { get; init; }
    public int ElementOffset { get; init; }
}

/// <summary>
/// The composed issue: its pages as display lists with the facts the outputs need, and the element
/// tree the display items refer to (<see cref="Elements"/>).
/// </summary>
public sealed record ComposedIssue(
    IReadOnlyList<ComposedPage> Pages,
    IReadOnlyList<AnchorPosition> Anchors,
    IReadOnlyList<DocumentPages> Documents,
    IReadOnlyList<OutlineEntry> Outline,
    IReadOnlyList<QrRecord> QrCodes,
    int Passes,
    string Xhtml,
    ElementTree Elements);

/// <summary>A finished page: its display list, and the facts the build report, outline and page-list need.</summary>
public sealed class ComposedPage
{
    /// <summary>What is drawn on the page, in reading order, furniture last.</summary>
    public required Page Content { get; init; }
    public double WidthPt => Content.WidthPt;
    public double HeightPt => Content.HeightPt;
    public required string Master { get; init; }
    public required string SectionId { get; init; }
    public string DocumentId { get; init; } = "";
    /// <summary>1-based position in the file.</summary>
    public int Index { get; init; }
    /// <summary>The page number in the gazette's counting (null for uncounted pages such as the cover).</summary>
    public int? Number { get; init; }
    /// <summary>The folio as printed (or as it would be printed when the master hides it).</summary>
    public string? Folio { get; init; }
    public bool IsBlank { get; init; }
    public PageStart? Start { get; init; }
    public bool HasColumns { get; init; }
    /// <summary>The flow page behind the content (column fills, boxes), for the page-quality measures; null for a blank page.</summary>
    public FlowPage? Flow { get; init; }
}
