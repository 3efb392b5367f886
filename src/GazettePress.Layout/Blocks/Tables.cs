using GazettePress.Diagnostics;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;

namespace GazettePress.Layout.Blocks;

/// <summary>
/// A table: rows of cells, each cell a paragraph. How widths are found, and what happens to a
/// table too wide for its column or page or a row taller than a page, is described on
/// <see cref="Flow.TableSetter"/> (and in the repository README, "Tables are set from their content").
/// </summary>
public sealed record TableBlock(IReadOnlyList<TableRow> Rows) : Block
{
    public double CellPaddingPt { get; init; } = 2;
    public double RuleWidthPt { get; init; } = 0.5;
    public PaintColor RuleColor { get; init; } = PaintColor.Black;
    /// <summary>The smallest text size a table too wide for the page may be scaled down to.</summary>
    public double MinimumTextSizePt { get; init; } = 6.5;
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells, ElementRef? Source = null, bool IsHeader = false);

public sealed record TableCell(IReadOnlyList<TextRun> Runs, ParagraphStyle Style, ElementRef? Source = null)
{
    public SourceLocation Location { get; init; }
    /// <summary>Where the cell's text lies in the source, for page starts.</summary>
    public TextOrigin? Origin { get; init; }
}
