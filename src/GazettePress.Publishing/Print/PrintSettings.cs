namespace GazettePress.Publishing.Print;

/// <summary>Print settings from templates/print.yaml (documented in docs/print.md). Defaults are
/// an A4 saddle-stitched gazette.</summary>
public sealed record PrintSettings
{
    public const double PointsPerMm = 72.0 / 25.4;

    /// <summary>bleed_mm: how far the BleedBox lies outside the TrimBox on every side.</summary>
    public double BleedMm { get; init; } = 3;
    /// <summary>crop_marks.offset_mm: gap between the trim corner and the start of a crop mark; must be at least the bleed.</summary>
    public double MarkOffsetMm { get; init; } = 5;
    /// <summary>crop_marks.length_mm.</summary>
    public double MarkLengthMm { get; init; } = 8;
    /// <summary>crop_marks.line_width_pt.</summary>
    public double MarkLineWidthPt { get; init; } = 0.25;
    /// <summary>padding.multiple: the page count is padded to a multiple of this (4 for saddle stitching; 1 = off).</summary>
    public int PageMultiple { get; init; } = 4;
    /// <summary>padding.keep_at_end: blank pages go before this many final pages (1 = before the back cover, 0 = at the end).</summary>
    public int BlankPagesBeforeLast { get; init; } = 1;
    /// <summary>pdfx: "PDF/X-1a:2003" (declared only when the file conforms) or "none".</summary>
    public string Pdfx { get; init; } = PdfxLevels.X1a2003;
    /// <summary>output_intent.identifier: a characterisation registered at color.org, so no ICC profile has to be embedded.</summary>
    public string OutputConditionIdentifier { get; init; } = "FOGRA39";
    /// <summary>output_intent.condition: human-readable printing condition.</summary>
    public string OutputCondition { get; init; } = "Coated FOGRA39 (ISO 12647-2:2004)";
    /// <summary>output_intent.registry.</summary>
    public string RegistryName { get; init; } = "http://www.color.org";

    public double BleedPt => BleedMm * PointsPerMm;
    public double MarkOffsetPt => MarkOffsetMm * PointsPerMm;
    public double MarkLengthPt => MarkLengthMm * PointsPerMm;
    /// <summary>Sheet margin around the trim: marks plus 2 mm of paper beyond them.</summary>
    public double SlugPt => (Math.Max(MarkOffsetMm, BleedMm) + MarkLengthMm + 2) * PointsPerMm;
}

public static class PdfxLevels
{
    public const string X1a2003 = "PDF/X-1a:2003";
    public const string None = "none";
}
