using GazettePress.Publishing.Qr;

namespace GazettePress.Publishing.Composition;

/// <summary>
/// What the composer places on a page, before it becomes the engine's display list. Coordinates are
/// points, y downward; during flow they are relative to the text area, after assembly to the page.
/// </summary>
public abstract record Placed
{
    public abstract Placed Offset(double dx, double dy);

    /// <summary>Drawn in proofs and the print edition only (a QR placeholder box): the screen PDF leaves it out.</summary>
    public bool ProofOnly { get; init; }
}

public sealed record PlacedLine(SetLine Line, double X, double Baseline) : Placed
{
    public override Placed Offset(double dx, double dy) => this with { X = X + dx, Baseline = Baseline + dy };
}

public sealed record PlacedRule(double X1, double Y1, double X2, double Y2, double Thickness, uint Color) : Placed
{
    public override Placed Offset(double dx, double dy) => this with { X1 = X1 + dx, Y1 = Y1 + dy, X2 = X2 + dx, Y2 = Y2 + dy };
}

/// <summary>A filled rectangle (leader dots) or, with <see cref="Stroke"/>, an outlined box (QR placeholders).</summary>
public sealed record PlacedRect(double X, double Y, double Width, double Height, uint Color, double Stroke = 0) : Placed
{
    public override Placed Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}

public sealed record PlacedQr(QrSymbol Symbol, double X, double Y, double ModulePt) : Placed
{
    public double SidePt => Symbol.TotalModules * ModulePt;
    public override Placed Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}

public sealed record PlacedImage(string Path, double X, double Y, double Width, double Height) : Placed
{
    public override Placed Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}

/// <summary>A clickable area: an href as written in the XHTML ("#id", "doc.xhtml#id" or "http…").</summary>
public sealed record PlacedLink(double X, double Y, double Width, double Height, string Href, string DocumentId) : Placed
{
    public override Placed Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}

/// <summary>A named destination: the id of a section or block, qualified by its document.</summary>
public sealed record PlacedAnchor(string Name, double X, double Y) : Placed
{
    public override Placed Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}

/// <summary>Where a page's text begins in the source, for the EPUB's page-list.</summary>
public sealed record PageStart(string DocumentId, string BlockId, int TextOffset);

/// <summary>A finished page: geometry, contents, and the facts the build report and outline need.</summary>
public sealed class ComposedPage
{
    public required double WidthPt { get; init; }
    public required double HeightPt { get; init; }
    public required string Master { get; init; }
    public required string SectionId { get; init; }
    public string DocumentId { get; init; } = "";
    /// <summary>1-based position in the file.</summary>
    public int Index { get; set; }
    /// <summary>The page number in the gazette's counting (null for uncounted pages such as the cover).</summary>
    public int? Number { get; set; }
    /// <summary>The folio as printed (or as it would be printed when the master hides it).</summary>
    public string? Folio { get; set; }
    public bool IsBlank { get; init; }
    public List<Placed> Items { get; } = new();
    public PageStart? Start { get; set; }
    public bool HasColumns { get; set; }
}
