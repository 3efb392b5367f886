using GazettePress.Diagnostics;
using GazettePress.Layout.Blocks;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Paragraphs;

namespace GazettePress.Layout.Flow;

/// <summary>Sets a table into row boxes.</summary>
internal sealed class TableSetter(ParagraphCache paragraphs, List<Diagnostic> diagnostics)
{
    public IEnumerable<FlowBox> Rows(TableBlock table, double width, double left, double grid)
    {
        var columns = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Count);
        if (columns == 0) yield break;
        var cellWidth = width / columns;
        var pad = table.CellPaddingPt;
        foreach (var row in table.Rows)
        {
            var cells = new List<(List<(LayoutLine Line, double Baseline)> Lines, double Height)>();
            foreach (var cell in row.Cells)
            {
                var layout = paragraphs.Layout(cell.Runs, cell.Style, Math.Max(1, cellWidth - 2 * pad));
                foreach (var d in layout.Diagnostics)
                    diagnostics.Add(d.Location.File is null or { Length: 0 } ? d with { Location = cell.Location } : d);
                var size = cell.Runs.Count > 0 ? cell.Runs[0].Style.SizePt : 10.5;
                var lines = new List<(LayoutLine, double)>();
                var y = pad;
                foreach (var line in layout.Lines)
                {
                    var leading = Math.Max(line.Leading, cell.Style.LeadingPt);
                    lines.Add((line, y + (leading - size) / 2 + line.Ascent));
                    y += leading;
                }
                cells.Add((lines, y + pad));
            }
            var height = cells.Count == 0 ? 0 : cells.Max(c => c.Height);
            if (grid > 0) height = Math.Ceiling(height / grid - 1e-3) * grid;
            var content = new List<Fragment>();
            for (var i = 0; i < cells.Count; i++)
            {
                var x = left + i * cellWidth;
                foreach (var (line, baseline) in cells[i].Lines) content.Add(new LineFragment(line, x + pad, baseline));
                content.Add(new ItemFragment(new RectItem(x, 0, cellWidth, height, null, table.RuleColor, table.RuleWidthPt) { Artifact = Artifact.Layout }));
            }
            var first = row.Cells.FirstOrDefault(c => c.Origin is not null)?.Origin;
            yield return new FlowBox(height, content)
            {
                Role = BoxRole.TableRow,
                Start = first is null ? null : first.At(0),
            };
        }
    }
}
