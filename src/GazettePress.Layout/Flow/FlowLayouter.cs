using GazettePress.Diagnostics;
using GazettePress.Layout.Blocks;
using GazettePress.Layout.Pages;
using GazettePress.Layout.Paragraphs;

namespace GazettePress.Layout.Flow;

/// <summary>A flow laid out into pages of its own, with what went wrong on the way.</summary>
/// <param name="OverfullBreaks">Breaks that had to ignore a keep, or boxes taller than a page.</param>
/// <param name="ShortColumns">Columns (not a flow's last) that end above the last grid line.</param>
/// <param name="AdjustedParagraphs">Paragraphs set one line looser or tighter for flush or balanced columns.</param>
/// <param name="Tight">Laid out preferring tighter paragraphs, to need fewer pages.</param>
public sealed record FlowResult(IReadOnlyList<FlowPage> Pages, IReadOnlyList<Diagnostic> Diagnostics, int OverfullBreaks,
    int ShortColumns = 0, int AdjustedParagraphs = 0, bool Tight = false);

/// <summary>
/// The flow stage: blocks in, pages of placed boxes out. A flow starts on a new page and its pages
/// do not depend on where they land, so a caller may reuse the result of an unchanged flow.
/// </summary>
public sealed class FlowLayouter(ParagraphCache paragraphs)
{
    public ParagraphCache Paragraphs => paragraphs;

    /// <param name="tight">
    /// Prefer setting paragraphs one line tighter wherever that is allowed, so the flow may need a page
    /// less (a caller that wants fewer blank pages in print asks for it). Without it, a last page less
    /// than a third full is still avoided when setting tighter removes it.
    /// </param>
    public FlowResult LayOut(IReadOnlyList<Block> blocks, FlowArea area, bool tight = false)
    {
        var result = Run(blocks, area, tight);
        if (!tight && area.HasGrid && result.Pages.Count > 1 && Fill(result.Pages[^1], area) < 1.0 / 3)
        {
            var tighter = Run(blocks, area, tight: true);
            if (tighter.Pages.Count < result.Pages.Count) return tighter;
        }
        return result;
    }

    private FlowResult Run(IReadOnlyList<Block> blocks, FlowArea area, bool tight)
    {
        var diagnostics = new List<Diagnostic>();
        var collector = new FlowCollector(paragraphs, area, diagnostics);
        collector.Collect(blocks);
        var paginator = new Paginator(area, collector, tight);
        var pages = paginator.Paginate(collector.Segments);
        return new FlowResult(pages, diagnostics, paginator.OverfullBoxes, paginator.ShortColumns, paginator.AdjustedParagraphs, tight);
    }

    /// <summary>How much of the page's text height its content reaches, 0 to 1.</summary>
    public static double Fill(FlowPage page, FlowArea area) =>
        page.Columns.Count == 0 ? (page.IsEmpty ? 0 : 1) : page.Columns.Max(c => c.ContentBottom) / area.UsableHeightPt;
}
