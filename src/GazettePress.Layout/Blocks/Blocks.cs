using System.Collections.Immutable;
using GazettePress.Diagnostics;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;

namespace GazettePress.Layout.Blocks;

/// <summary>
/// The input of the flow stage: a tree of blocks, in reading order, each with its vertical
/// behaviour (<see cref="BlockBox"/>). A caller (GazettePress: its XHTML and style sheet) builds
/// them; the flow breaks them into columns and pages. Blocks are immutable.
/// </summary>
public abstract record Block
{
    public BlockBox Box { get; init; } = BlockBox.Default;
}

/// <summary>Blocks one after the other, sharing the group's margins, keeps and indents.</summary>
public sealed record GroupBlock(IReadOnlyList<Block> Children) : Block;

/// <summary>
/// A paragraph: styled runs set into lines. A "\n" in a run is a forced line break.
/// </summary>
public sealed record ParagraphBlock(IReadOnlyList<TextRun> Runs, ParagraphStyle Style) : Block
{
    /// <summary>A column or page break inside the paragraph leaves at least this many lines after it.</summary>
    public int Widows { get; init; } = 2;
    /// <summary>… and at least this many lines before it.</summary>
    public int Orphans { get; init; } = 2;
    /// <summary>Text set flush right on the last line (a TOC page number), optionally after dot leaders.</summary>
    public ParagraphTail? Tail { get; init; }
    /// <summary>Where the paragraph's text lies in the source, for page starts.</summary>
    public TextOrigin? Origin { get; init; }
}

/// <summary>
/// Text set flush right on a paragraph's last line; the paragraph's lines leave
/// <paramref name="ReservePt"/> free for it. <paramref name="DotLeader"/> fills the gap with dots.
/// </summary>
public sealed record ParagraphTail(IReadOnlyList<TextRun> Runs, bool DotLeader, double ReservePt);

/// <summary>
/// Where a paragraph's text comes from: <paramref name="RawOffsets"/>[i] is the offset, within the
/// paragraph element's own text, of the paragraph text's character i (one more entry for the end);
/// empty means the identity. <paramref name="Element"/> is the nearest element with an id (the key a
/// page-list uses) and <paramref name="Offset"/> where the paragraph's text starts in its text;
/// <paramref name="Own"/> is the paragraph element itself, when it is not the key.
/// </summary>
public sealed record TextOrigin(ElementRef Element, int Offset, ImmutableArray<int> RawOffsets, ElementRef? Own = null)
{
    private int Raw(int index) => RawOffsets.IsDefaultOrEmpty ? index : RawOffsets[Math.Clamp(index, 0, RawOffsets.Length - 1)];

    public int Map(int index) => Offset + Raw(index);

    /// <summary>The source position of the paragraph text's character <paramref name="index"/>.</summary>
    public Flow.TextPosition At(int index) => new(Element, Map(index), Own ?? Element, Raw(index));
}

/// <summary>A horizontal rule across the measure.</summary>
public sealed record RuleBlock(double ThicknessPt, PaintColor Color) : Block;

/// <summary>
/// A drawing of a fixed size (a QR code, a placeholder box): <paramref name="Items"/> are relative
/// to its top-left corner. It is content unless its items say otherwise.
/// </summary>
public sealed record GraphicBlock(double WidthPt, double HeightPt, ImmutableArray<PageItem> Items, HorizontalAlign Align) : Block;

/// <summary>
/// An encoded image (PNG or JPEG). Without a size it takes its pixel size at 96 dpi, never wider
/// than the measure; with one side given the other keeps the aspect ratio.
/// </summary>
public sealed record ImageBlock(ImmutableArray<byte> Encoded, string Name, double? WidthPt, double? HeightPt, HorizontalAlign Align) : Block
{
    /// <summary>The pixel size of an encoded image; (0, 0) when it cannot be decoded.</summary>
    public static (int Width, int Height) PixelSize(ImmutableArray<byte> encoded) => Flow.FlowCollector.ImageSize(encoded);
}

/// <summary>
/// A block set beside another: <paramref name="Aside"/> (a figure) at the right of
/// <paramref name="Main"/> when Main still fits the narrower measure without needing more height than
/// the figure; otherwise Aside goes under Main. Both stay together.
/// </summary>
public sealed record SideBySideBlock(Block Main, Block Aside, double GapPt) : Block;

public enum HorizontalAlign { Left, Center, Right }

public enum PageBreak
{
    Auto,
    /// <summary>Start on a new page.</summary>
    Page,
    /// <summary>Start on a new right-hand (odd) page.</summary>
    RightPage,
    /// <summary>Start in a new column.</summary>
    Column,
}

/// <summary>A rule drawn above or below a block.</summary>
public sealed record Border(double ThicknessPt, PaintColor Color);

/// <summary>A block's vertical behaviour, margins and indents; lengths in points.</summary>
public sealed record BlockBox
{
    public static BlockBox Default { get; } = new();

    public double MarginTopPt { get; init; }
    public double MarginBottomPt { get; init; }
    public double IndentLeftPt { get; init; }
    public double IndentRightPt { get; init; }
    public Border? BorderTop { get; init; }
    public Border? BorderBottom { get; init; }
    public PageBreak BreakBefore { get; init; }
    /// <summary>No break between this block and the one before it.</summary>
    public bool KeepWithPrevious { get; init; }
    /// <summary>No break between this block and the one after it (headings).</summary>
    public bool KeepWithNext { get; init; }
    /// <summary>No break inside the block.</summary>
    public bool KeepTogether { get; init; }
    /// <summary>
    /// For a group that may break: at least this many of its lines stay before a break inside it,
    /// and at least <see cref="GroupWidows"/> after (an attachment list splits between items, at
    /// least two lines in each part). 0: no such rule.
    /// </summary>
    public int GroupOrphans { get; init; }
    public int GroupWidows { get; init; }
    /// <summary>Across all columns (a title block above two columns).</summary>
    public bool SpanColumns { get; init; }
    /// <summary>Pinned to the bottom of the page (a cover's foot, a colophon box).</summary>
    public bool AtPageBottom { get; init; }
    /// <summary>A named destination at the block's first line.</summary>
    public string? Anchor { get; init; }
    /// <summary>The element the block came from.</summary>
    public ElementRef? Source { get; init; }
    /// <summary>Where the block came from, for diagnostics.</summary>
    public SourceLocation Location { get; init; }
    /// <summary>Counts as a heading for the rule that no column ends with a heading.</summary>
    public bool IsHeading { get; init; }
}
