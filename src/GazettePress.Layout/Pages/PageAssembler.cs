using System.Globalization;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Paragraphs;

namespace GazettePress.Layout.Pages;

/// <summary>
/// The pages stage: puts a flow page into its place on a sheet (margins by side of the spread) and
/// adds the furniture, marked as artifacts.
/// </summary>
public sealed class PageAssembler(ParagraphCache paragraphs)
{
    /// <param name="content">The flow page, or null for a blank page.</param>
    /// <param name="recto">A right-hand (odd) page.</param>
    /// <param name="number">The page number to print in the furniture; null: no furniture.</param>
    public Page Assemble(FlowPage? content, PageMaster master, bool recto, int? number)
    {
        var items = new List<PageItem>();
        var left = master.LeftMarginPt(recto);
        content?.Emit(left, master.MarginTopPt, items);
        if (number is { } n)
        {
            if (master.RunningHead is { } head)
            {
                Place(items, head, n, recto, left, master, head.BaselinePt, Artifact.Header);
                if (master.RunningHeadRulePt > 0)
                {
                    var y = head.BaselinePt + head.Style.SizePt * 0.45;
                    items.Add(new RuleItem(left, y, left + master.TextWidthPt, y, master.RunningHeadRulePt, head.Style.Color) { Artifact = Artifact.Header });
                }
            }
            if (master.Folio is { } folio)
                Place(items, folio, n, recto, left, master, master.HeightPt - folio.BaselinePt, Artifact.Footer);
        }
        return new Page(master.WidthPt, master.HeightPt, items);
    }

    private void Place(List<PageItem> items, Furniture furniture, int number, bool recto, double left, PageMaster master, double baseline, Artifact artifact)
    {
        var text = furniture.Pattern.Replace("{n}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var set = paragraphs.Layout([new Text.TextRun(text, furniture.Style)],
            new ParagraphStyle(ParagraphAlignment.Left, 0, furniture.Style.SizePt * 1.5), master.TextWidthPt);
        if (set.Lines.Length == 0) return;
        var line = set.Lines[0];
        var width = line.ContentRight - line.ContentLeft;
        var x = furniture.Side switch
        {
            PageSide.Center => left + (master.TextWidthPt - width) / 2,
            PageSide.Outside => recto ? left + master.TextWidthPt - width : left,
            _ => recto ? left : left + master.TextWidthPt - width,
        };
        foreach (var run in line.Runs) items.Add(run.ToItem(x - line.ContentLeft, baseline) with { Artifact = artifact });
    }
}
