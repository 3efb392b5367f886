namespace GazettePress.Publishing.Composition;

/// <summary>An item of a vertical flow, in the spirit of TeX's vertical lists.</summary>
internal abstract class FlowItem;

/// <summary>A rigid box: one line, a rule, a QR code, a table row. Content is relative to the box's top-left.</summary>
internal sealed class FlowBox(double height, List<Placed> content) : FlowItem
{
    public double Height { get; } = height;
    public List<Placed> Content { get; } = content;
    /// <summary>May a column or page break come right after this box?</summary>
    public bool BreakAfter { get; set; } = true;
    /// <summary>The block this box belongs to and where its text starts, for page starts.</summary>
    public string? BlockId { get; init; }
    public int TextOffset { get; init; }
}

/// <summary>Vertical space between blocks; vanishes at the top of a column.</summary>
internal sealed class FlowGlue(double height) : FlowItem
{
    public double Height { get; set; } = height;
}

/// <summary>A forced break before the next box.</summary>
internal sealed class FlowBreak(bool page) : FlowItem
{
    public bool Page { get; } = page;
}

/// <summary>A run of items set at one width: across all columns (span) or in the columns; or pinned to the page bottom.</summary>
internal sealed class FlowSegment(bool span, bool bottom)
{
    public bool Span { get; } = span;
    public bool Bottom { get; } = bottom;
    public List<FlowItem> Items { get; } = new();
}
