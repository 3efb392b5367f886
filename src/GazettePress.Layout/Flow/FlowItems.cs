using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Paragraphs;

namespace GazettePress.Layout.Flow;

/// <summary>An item of a vertical flow, in the spirit of TeX's vertical lists.</summary>
internal abstract class FlowItem;

/// <summary>What a box is, for the page rules (no heading ends a column) and the quality metrics.</summary>
internal enum BoxRole { Line, Heading, Figure, Rule, TableRow, Other }

/// <summary>
/// A rigid box: one line, a heading with its margins, a figure, a table row. Its content is
/// relative to the box's top-left; nothing becomes a display item before the box has its place.
/// </summary>
internal sealed class FlowBox(double height, List<Fragment> content) : FlowItem
{
    public double Height { get; set; } = height;
    /// <summary>
    /// Height when the box opens a column: a heading's top margin is inside its box, so that the
    /// box covers whole grid lines, and vanishes at the top of a column as margins do.
    /// </summary>
    public double HeightAtTop { get; set; } = height;
    /// <summary>How far the content moves up when the box opens a column.</summary>
    public double ShiftAtTop { get; set; }
    public List<Fragment> Content { get; } = content;
    /// <summary>Drawn besides <see cref="Content"/> when the box opens a column (a continued table's top rule and repeated header).</summary>
    public List<Fragment>? ContentAtTop { get; set; }
    /// <summary>Drawn besides <see cref="Content"/> when the box ends a column (the rule that closes a table continued in the next).</summary>
    public List<Fragment>? ContentAtFoot { get; set; }
    /// <summary>A box of a table's header rows.</summary>
    public bool IsTableHeader { get; set; }
    /// <summary>May a column or page break come right after this box?</summary>
    public bool BreakAfter { get; set; } = true;
    public BoxRole Role { get; init; } = BoxRole.Other;
    /// <summary>Where the box's text starts in the source, for page starts.</summary>
    public TextPosition? Start { get; init; }
    /// <summary>The paragraph this line box belongs to, when it may be set again looser or tighter.</summary>
    public FlowParagraph? Paragraph { get; init; }

    public double HeightIn(bool atTop) => atTop ? HeightAtTop : Height;
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

/// <summary>Something drawn in a box, positioned relative to the box's top-left corner.</summary>
internal abstract class Fragment
{
    public abstract void Emit(double x, double y, List<PageItem> into);
}

/// <summary>A set line, turned into glyph runs only when its page is assembled.</summary>
internal sealed class LineFragment(LayoutLine line, double left, double baseline) : Fragment
{
    public LayoutLine Line { get; } = line;
    public double Left { get; } = left;
    public double Baseline { get; } = baseline;

    public override void Emit(double x, double y, List<PageItem> into)
    {
        foreach (var run in Line.Runs) into.Add(run.ToItem(Left + x, Baseline + y));
    }
}

/// <summary>A ready display item (rule, rectangle, link, anchor, image, path) moved into place.</summary>
internal sealed class ItemFragment(PageItem item) : Fragment
{
    public PageItem Item { get; } = item;

    public override void Emit(double x, double y, List<PageItem> into) => into.Add(x == 0 && y == 0 ? Item : Item.Translate(x, y));
}

/// <summary>
/// A position in the source text: an offset into the text of <paramref name="Element"/> (the nearest
/// element with an id), and the same position as an offset into the text of <paramref name="Own"/>,
/// the innermost block element it lies in (a paragraph, a caption, a cell).
/// </summary>
public readonly record struct TextPosition(ElementRef Element, int Offset, ElementRef Own, int OwnOffset);
