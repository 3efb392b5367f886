using GazettePress.Diagnostics;
using GazettePress.Layout.Blocks;
using GazettePress.Layout.Pages;
using GazettePress.Layout.Paragraphs;

namespace GazettePress.Layout.Flow;

/// <summary>A flow laid out into pages of its own, with what went wrong on the way.</summary>
/// <param name="OverfullBreaks">Breaks that had to ignore a keep, or boxes taller than a page.</param>
public sealed record FlowResult(IReadOnlyList<FlowPage> Pages, IReadOnlyList<Diagnostic> Diagnostics, int OverfullBreaks);

/// <summary>
/// The flow stage: blocks in, pages of placed boxes out. A flow starts on a new page and its pages
/// do not depend on where they land, so a caller may reuse the result of an unchanged flow.
/// </summary>
public sealed class FlowLayouter(ParagraphCache paragraphs)
{
    public ParagraphCache Paragraphs => paragraphs;

    public FlowResult LayOut(IReadOnlyList<Block> blocks, FlowArea area)
    {
        var diagnostics = new List<Diagnostic>();
        var collector = new FlowCollector(paragraphs, area, diagnostics);
        collector.Collect(blocks);
        var paginator = new Paginator(area);
        var pages = paginator.Paginate(collector.Segments);
        return new FlowResult(pages, diagnostics, paginator.OverfullBoxes);
    }
}
