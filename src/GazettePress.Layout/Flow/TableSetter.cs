using GazettePress.Diagnostics;
using GazettePress.Layout.Blocks;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;

namespace GazettePress.Layout.Flow;

/// <summary>
/// Sets a table into flow boxes; nothing of a cell is ever clipped. The rules (Flow/README.md, "Tables"):
/// column widths come from the content (<see cref="TableColumns"/>); in columns, a table that does
/// not fit one column comfortably (four characters a column, or the whole content) spans the page;
/// a table too wide for the page has its text scaled down, to <see cref="TableBlock.MinimumTextSizePt"/>
/// at most, then its columns squeezed to two characters; a table still too wide is split into
/// groups of columns set one under the other, the first column repeated (warning GP3015). On a line
/// grid each line of a cell takes one grid line. A row of up to three lines is one box, its cells
/// centred vertically; a longer row is one box per line and may break across columns and pages, at
/// least two lines on each side. Where a column ends inside the table a rule closes it, and the
/// header rows repeat at the top of the next column.
/// </summary>
internal sealed class TableSetter(ParagraphCache paragraphs, List<Diagnostic> diagnostics)
{
    private const double HorizontalPaddingPt = 3;
    /// <summary>A column with longer content is not squeezed below this many characters while others can give.</summary>
    private const double ComfortableEm = 4;
    /// <summary>In the smallest type, a table may squeeze columns down to this many characters before it is split.</summary>
    private const double NarrowEm = 2;
    /// <summary>An unbreakable word longer than this does not widen its column; it breaks where it must (GP3014).</summary>
    private const double LongestWordEm = 10;
    /// <summary>Rows of up to this many lines are kept whole.</summary>
    private const int LinesKeptWhole = 3;
    /// <summary>Header rows taller than this many lines are not repeated after a break.</summary>
    private const int RepeatedHeaderLines = 4;

    /// <summary>Whether a table does not fit a column of a multi-column page comfortably and should span the page.</summary>
    public bool WantsFullWidth(TableBlock table, double columnWidth, double fullWidth)
    {
        if (fullWidth <= columnWidth + 1) return false;
        var columns = Measure(table, 1);
        return columns.Count > 0 && !TableColumns.FitsComfortably(columns, columnWidth, Comfortable(table, 1));
    }

    /// <summary>The table's boxes: one list per group of columns (one list unless the table had to be split).</summary>
    public List<List<FlowBox>> Set(TableBlock table, double width, double left, double grid)
    {
        var natural = Measure(table, 1);
        var n = natural.Count;
        if (n == 0) return [];
        List<FlowBox> Whole(IReadOnlyList<ContentWidths> columns, double scale, double floor) =>
            Boxes(table, [.. Enumerable.Range(0, n)], TableColumns.Fit(columns, width, floor)!, scale, left, grid, repeatsKey: false);

        // 1. Every column at least a few characters wide (or its whole content), at the table's size.
        if (TableColumns.FitsComfortably(natural, width, Comfortable(table, 1))) return [Whole(natural, 1, Comfortable(table, 1))];
        // 2. The same in smaller type.
        var smallest = Math.Min(1, table.MinimumTextSizePt / NominalSize(table));
        var scale = Math.Max(smallest, ScaleToFit(natural.Select(c => Floor(c, Comfortable(table, 1))).ToList(), width));
        var columns = Measure(table, scale);
        if (TableColumns.FitsComfortably(columns, width, Comfortable(table, scale))) return [Whole(columns, scale, Comfortable(table, scale))];
        // 3. In the smallest type, columns of two characters at least.
        scale = smallest;
        columns = Measure(table, scale);
        var narrow = Narrow(table, scale);
        if (TableColumns.FitsComfortably(columns, width, narrow)) return [Whole(columns, scale, narrow)];
        // 4. Groups of columns one under the other, each comfortable in the smallest type.
        var comfortable = Comfortable(table, scale);
        var groups = TableColumns.Groups(columns, width, comfortable);
        diagnostics.Add(Diagnostic.Create(LayoutMessages.TableSplit, table.Box.Location, ("columns", n), ("parts", groups.Count)));
        var parts = new List<List<FlowBox>>();
        for (var g = 0; g < groups.Count; g++)
        {
            var own = groups[g].Select(c => columns[c]).ToList();
            var groupWidths = TableColumns.Fit(own, width, comfortable) ?? [.. own.Select(_ => width / own.Count)];
            parts.Add(Boxes(table, groups[g], groupWidths, scale, left, grid, repeatsKey: g > 0 && groups[g][0] == 0));
        }
        return parts;
    }

    private static double NominalSize(TableBlock table) =>
        table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Runs).Select(r => r.Style.SizePt).FirstOrDefault(9);

    private static double Comfortable(TableBlock table, double scale) =>
        ComfortableEm * NominalSize(table) * scale + 2 * HorizontalPaddingPt;

    private static double Narrow(TableBlock table, double scale) =>
        NarrowEm * NominalSize(table) * scale + 2 * HorizontalPaddingPt;

    private static ContentWidths Floor(ContentWidths column, double floor) => new(Math.Max(column.Min, Math.Min(column.Max, floor)), column.Max);

    /// <summary>The scale at which columns of these widths (padding included; the text scales, the padding not) fill <paramref name="width"/>.</summary>
    private static double ScaleToFit(IReadOnlyList<ContentWidths> columns, double width)
    {
        var padding = 2 * HorizontalPaddingPt * columns.Count;
        var text = columns.Sum(c => c.Min) - padding;
        // A little room for rounding: widths scale with the size almost, not exactly, linearly.
        return text <= 0 ? 1 : Math.Min(1, (width - padding) / text * 0.99);
    }

    /// <summary>Each column's content widths at <paramref name="scale"/>, padding included.</summary>
    private List<ContentWidths> Measure(TableBlock table, double scale)
    {
        var n = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Count);
        var em = NominalSize(table) * scale;
        var result = new List<ContentWidths>(n);
        for (var c = 0; c < n; c++)
        {
            double min = em, max = em; // an empty column keeps the width of one character
            foreach (var row in table.Rows)
            {
                if (c >= row.Cells.Count) continue;
                var (runs, style) = Scaled(row.Cells[c], scale);
                if (runs.Count == 0) continue;
                var widths = paragraphs.MeasureWidths(runs, style);
                min = Math.Max(min, Math.Min(widths.Min, LongestWordEm * em));
                max = Math.Max(max, widths.Max);
            }
            result.Add(new ContentWidths(min + 2 * HorizontalPaddingPt, Math.Max(min, max) + 2 * HorizontalPaddingPt));
        }
        return result;
    }

    private static (IReadOnlyList<TextRun> Runs, ParagraphStyle Style) Scaled(TableCell cell, double scale)
    {
        if (scale == 1) return (cell.Runs, cell.Style);
        var runs = cell.Runs.Select(r => r with { Style = r.Style with { SizePt = r.Style.SizePt * scale, BaselineShiftPt = r.Style.BaselineShiftPt * scale } }).ToList();
        var style = cell.Style with { LeadingPt = cell.Style.LeadingPt * scale, HangingIndentPt = cell.Style.HangingIndentPt * scale };
        return (runs, style);
    }

    /// <summary>One line of a row across its cells: its height and what it draws (text only; rules are added per box).</summary>
    private sealed record RowLine(double Height, List<Fragment> Text, TextPosition? Start);

    private List<FlowBox> Boxes(TableBlock table, int[] columns, double[] widths, double scale, double left, double grid, bool repeatsKey)
    {
        var edges = new double[columns.Length + 1];
        edges[0] = left;
        for (var i = 0; i < columns.Length; i++) edges[i + 1] = edges[i] + widths[i];
        var boxes = new List<FlowBox>();
        var header = new List<Fragment>();
        var headerHeight = 0.0;
        var headerLines = 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var set = SetCells(table, row, columns, edges, scale);
            var lines = RowLines(table, set, scale, grid, edges, repeatsKey);
            var rowBoxes = new List<FlowBox>();
            if (lines.Count <= LinesKeptWhole)
            {
                var height = lines.Sum(l => l.Height);
                var content = CenteredRow(set, edges, repeatsKey, lines);
                rowBoxes.Add(new FlowBox(height, content) { Role = BoxRole.TableRow, Start = lines.Select(l => l.Start).FirstOrDefault(s => s is not null) });
            }
            else
            {
                for (var k = 0; k < lines.Count; k++)
                    rowBoxes.Add(new FlowBox(lines[k].Height, [.. lines[k].Text])
                    {
                        Role = BoxRole.TableRow,
                        Start = lines[k].Start,
                        BreakAfter = k + 1 >= 2 && lines.Count - (k + 1) >= 2,
                    });
            }
            for (var k = 0; k < rowBoxes.Count; k++)
            {
                var box = rowBoxes[k];
                foreach (var x in edges) box.Content.Add(Rule(table, x, 0, x, box.Height));
                if (k == 0) box.Content.Add(Rule(table, edges[0], 0, edges[^1], 0));
                else box.ContentAtTop = [Rule(table, edges[0], 0, edges[^1], 0)];
            }
            var last = rowBoxes[^1];
            last.BreakAfter = !row.IsHeader;
            if (row.IsHeader && boxes.All(b => b.IsTableHeader))
            {
                headerLines += lines.Count;
                foreach (var box in rowBoxes)
                {
                    header.Add(new ShiftedFragment(new ArtifactFragment([.. box.Content]), 0, headerHeight));
                    headerHeight += box.Height;
                    box.IsTableHeader = true;
                }
            }
            boxes.AddRange(rowBoxes);
        }
        if (boxes.Count == 0) return boxes;
        boxes[^1].Content.Add(Rule(table, edges[0], boxes[^1].Height, edges[^1], boxes[^1].Height));
        boxes[^1].BreakAfter = true;
        var repeatHeader = headerHeight > 0 && headerLines <= RepeatedHeaderLines;
        var firstBody = boxes.FindIndex(b => !b.IsTableHeader);
        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            if (i < boxes.Count - 1) box.ContentAtFoot = [Rule(table, edges[0], box.Height, edges[^1], box.Height)];
            if (!repeatHeader || box.IsTableHeader || i == firstBody) continue;
            // At the top of a column the header rows come first, the box's own content below them.
            var atTop = header.Select(f => (Fragment)new ShiftedFragment(f, 0, -headerHeight)).ToList();
            if (box.ContentAtTop is { } own) atTop.AddRange(own);
            box.ContentAtTop = atTop;
            box.HeightAtTop = box.Height + headerHeight;
            box.ShiftAtTop = -headerHeight;
        }
        return boxes;
    }

    /// <summary>The lines of a row: line k holds line k of every cell; on a grid each takes whole grid lines.</summary>
    private static List<RowLine> RowLines(TableBlock table, List<SetCell> set, double scale, double grid, double[] edges, bool repeatsKey)
    {
        var count = Math.Max(1, set.Max(s => s.Layout?.Lines.Length ?? 0));
        var nominal = NominalSize(table) * scale;
        var result = new List<RowLine>(count);
        for (var k = 0; k < count; k++)
        {
            var leading = 0.0;
            foreach (var cell in set)
                if (cell.Layout is { } layout && k < layout.Lines.Length)
                    leading = Math.Max(leading, Math.Max(layout.Lines[k].Leading, cell.Style.LeadingPt));
            if (leading <= 0) leading = Math.Max(table.Rows.SelectMany(r => r.Cells).Select(c => c.Style.LeadingPt * scale).DefaultIfEmpty(0).Max(), nominal * 1.4);
            var height = grid > 0 ? Math.Ceiling(leading / grid - 1e-3) * grid : leading;
            var text = new List<Fragment>();
            TextPosition? start = null;
            for (var i = 0; i < set.Count; i++)
            {
                var cell = set[i];
                if (cell.Layout is not { } layout || k >= layout.Lines.Length) continue;
                var line = layout.Lines[k];
                Fragment fragment = new LineFragment(line, edges[i] + HorizontalPaddingPt, (height - cell.Size) / 2 + line.Ascent);
                text.Add(repeatsKey && i == 0 ? new ArtifactFragment([fragment]) : fragment);
                if (start is null && cell.Origin is { } origin && !(repeatsKey && i == 0)) start = origin.At(line.TextStart);
            }
            result.Add(new RowLine(height, text, start));
        }
        return result;
    }

    /// <summary>
    /// A row kept whole: each cell's lines centred vertically in the row by whole row lines, so every
    /// line stays on the grid and shares its baseline with the other column.
    /// </summary>
    private static List<Fragment> CenteredRow(List<SetCell> set, double[] edges, bool repeatsKey, List<RowLine> lines)
    {
        var content = new List<Fragment>();
        for (var i = 0; i < set.Count; i++)
        {
            if (set[i].Layout is not { } layout || layout.Lines.Length == 0) continue;
            var first = (lines.Count - layout.Lines.Length) / 2;
            var y = 0.0;
            for (var k = 0; k < first; k++) y += lines[k].Height;
            for (var k = 0; k < layout.Lines.Length; k++)
            {
                var line = layout.Lines[k];
                var height = lines[first + k].Height;
                Fragment fragment = new LineFragment(line, edges[i] + HorizontalPaddingPt, y + (height - set[i].Size) / 2 + line.Ascent);
                content.Add(repeatsKey && i == 0 ? new ArtifactFragment([fragment]) : fragment);
                y += height;
            }
        }
        return content;
    }

    private sealed record SetCell(ParagraphLayout? Layout, ParagraphStyle Style, double Size, TextOrigin? Origin);

    private List<SetCell> SetCells(TableBlock table, TableRow row, int[] columns, double[] edges, double scale)
    {
        var result = new List<SetCell>(columns.Length);
        for (var i = 0; i < columns.Length; i++)
        {
            var c = columns[i];
            if (c >= row.Cells.Count || row.Cells[c].Runs.Count == 0)
            {
                result.Add(new SetCell(null, ParagraphStyle.Body, NominalSize(table) * scale, null));
                continue;
            }
            var cell = row.Cells[c];
            var (runs, style) = Scaled(cell, scale);
            var layout = paragraphs.Layout(runs, style, Math.Max(1, edges[i + 1] - edges[i] - 2 * HorizontalPaddingPt));
            foreach (var d in layout.Diagnostics)
                diagnostics.Add(d.Location.File is null or { Length: 0 } ? d with { Location = cell.Location } : d);
            result.Add(new SetCell(layout, style, runs[0].Style.SizePt, cell.Origin));
        }
        return result;
    }

    private static ItemFragment Rule(TableBlock table, double x1, double y1, double x2, double y2) =>
        new(new RuleItem(x1, y1, x2, y2, table.RuleWidthPt, table.RuleColor) { Artifact = Artifact.Layout });
}

/// <summary>Fragments drawn as decoration, not content (a repeated table header, a repeated row label): skipped by readers.</summary>
internal sealed class ArtifactFragment(IReadOnlyList<Fragment> inner) : Fragment
{
    public override void Emit(double x, double y, List<PageItem> into)
    {
        var start = into.Count;
        foreach (var f in inner) f.Emit(x, y, into);
        for (var i = start; i < into.Count; i++)
            if (into[i].Artifact == Artifact.None) into[i] = into[i] with { Artifact = Artifact.Layout };
    }
}
