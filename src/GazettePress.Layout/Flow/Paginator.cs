using GazettePress.Layout.Pages;

namespace GazettePress.Layout.Flow;

/// <summary>
/// Breaks a flow into pages: segments across the full measure or in columns, columns filled one
/// after the other, breaks only where the boxes allow them (widows, orphans, keeps), and the columns
/// of a flow's last page balanced.
/// </summary>
internal sealed class Paginator(FlowArea area)
{
    private const double Epsilon = 0.01;
    private readonly List<FlowPage> _pages = new() { new FlowPage() };
    private double _y;

    public int OverfullBoxes { get; private set; }

    private double Height => area.UsableHeightPt;

    public List<FlowPage> Paginate(IReadOnlyList<FlowSegment> segments)
    {
        foreach (var segment in segments)
        {
            if (segment.Bottom) PlaceAtBottom(segment.Items);
            else PlaceSegment(segment.Items, segment.Span ? 1 : area.Columns, segment == segments.Where(s => !s.Bottom).LastOrDefault());
        }
        if (_pages.Count > 1 && _pages[^1].IsEmpty) _pages.RemoveAt(_pages.Count - 1);
        return _pages;
    }

    private FlowPage Current => _pages[^1];

    private void NewPage()
    {
        _pages.Add(new FlowPage());
        _y = 0;
    }

    private void PlaceSegment(List<FlowItem> items, int n, bool lastSegment)
    {
        var index = 0;
        var width = area.ColumnWidthPt(n);
        while (index < items.Count)
        {
            if (items[index] is FlowBreak)
            {
                if (!Current.IsEmpty) NewPage();
                index++;
                continue;
            }
            var available = Height - _y;
            var fresh = _y <= Epsilon;
            var plan = FillColumns(items, index, n, available, fresh);
            if (plan.End == index || plan.Columns.All(c => c.Start == c.End))
            {
                if (fresh)
                {
                    // Nothing at all fits a fresh page: skip what cannot be placed rather than loop.
                    index = SkipToNextBox(items, index);
                    continue;
                }
                NewPage();
                continue;
            }
            var finished = plan.End >= items.Count || items[plan.End] is FlowBreak;
            if (finished && n > 1 && area.BalanceColumns)
                plan = Balance(items, index, plan.End, n, available);
            var bandHeight = 0.0;
            for (var c = 0; c < plan.Columns.Count; c++)
            {
                var (start, end, height) = plan.Columns[c];
                var x = c * (width + area.ColumnGapPt);
                Place(items, start, end, x, _y);
                bandHeight = Math.Max(bandHeight, height);
                Current.AddColumn(new ColumnFill(x, width, _y, _y + height, Height, finished && lastSegment, EndsWithHeading(items, start, end)));
            }
            if (n > 1) Current.HasColumns = true;
            index = plan.End;
            if (index < items.Count && items[index] is not FlowBreak) NewPage();
            else _y += bandHeight + TrailingGlue(items, index);
        }
    }

    private static bool EndsWithHeading(List<FlowItem> items, int start, int end)
    {
        for (var i = Math.Min(end, items.Count) - 1; i >= start; i--)
            if (items[i] is FlowBox box) return box.Role == BoxRole.Heading;
        return false;
    }

    /// <summary>The space after the last box before <paramref name="end"/> (a block's bottom margin), kept below a finished band.</summary>
    private static double TrailingGlue(List<FlowItem> items, int end)
    {
        var h = 0.0;
        for (var i = Math.Min(end, items.Count) - 1; i >= 0 && items[i] is not FlowBox; i--)
            if (items[i] is FlowGlue g) h += g.Height;
        return h;
    }

    private static int SkipToNextBox(List<FlowItem> items, int index)
    {
        while (index < items.Count && items[index] is not FlowBox) index++;
        return Math.Min(items.Count, index + 1);
    }

    private void PlaceAtBottom(List<FlowItem> items)
    {
        var height = 0.0;
        var first = true;
        foreach (var item in items)
        {
            if (item is FlowBox b) { height += b.Height; first = false; }
            else if (item is FlowGlue g && !first) height += g.Height;
        }
        // Trailing glue does not count at the page bottom.
        for (var i = items.Count - 1; i >= 0 && items[i] is FlowGlue g; i--) height -= g.Height;
        if (_y + height > area.HeightPt + Epsilon && !Current.IsEmpty) NewPage();
        var top = Math.Max(_y, area.HeightPt - height);
        Place(items, 0, items.Count, 0, top);
        _y = area.HeightPt;
    }

    private void Place(List<FlowItem> items, int start, int end, double x, double y)
    {
        var i = start;
        while (i < end && items[i] is FlowGlue) i++; // glue vanishes at the top of a column
        var atTop = true;
        for (; i < end; i++)
        {
            switch (items[i])
            {
                case FlowGlue g:
                    y += g.Height;
                    break;
                case FlowBox box:
                    Current.Boxes.Add(new PlacedBox(box, x, y, atTop));
                    if (Current.Start is null && box.Start is { } start0) Current.Start = start0;
                    y += box.HeightIn(atTop);
                    atTop = false;
                    break;
            }
        }
    }

    private sealed record Plan(List<(int Start, int End, double Height)> Columns, int End);

    private Plan FillColumns(List<FlowItem> items, int start, int n, double height, bool fresh)
    {
        var columns = new List<(int, int, double)>();
        var index = start;
        for (var c = 0; c < n; c++)
        {
            var (end, used) = FillColumn(items, index, height, fresh);
            columns.Add((index, end, used));
            index = end;
            if (index >= items.Count || items[index] is FlowBreak) break;
        }
        return new Plan(columns, index);
    }

    /// <summary>
    /// Fills one column from <paramref name="start"/>: returns where the column ends and the height of
    /// its content. Breaks only after boxes that allow it; when a fresh column cannot break legally,
    /// it breaks where it must and counts an overfull box.
    /// </summary>
    private (int End, double Height) FillColumn(List<FlowItem> items, int start, double height, bool mustPlace)
    {
        var i = start;
        while (i < items.Count && items[i] is FlowGlue) i++;
        var y = 0.0;
        var contentBottom = 0.0;
        var lastBreak = -1;
        var lastBreakHeight = 0.0;
        var firstBox = i;
        while (i < items.Count)
        {
            switch (items[i])
            {
                case FlowBreak:
                    return (i, contentBottom);
                case FlowGlue g:
                    y += g.Height;
                    i++;
                    break;
                case FlowBox box:
                    var h = box.HeightIn(i == firstBox);
                    if (y + h > height + Epsilon)
                    {
                        if (lastBreak >= 0) return (lastBreak, lastBreakHeight);
                        if (!mustPlace) return (start, 0);
                        if (i == firstBox) { OverfullBoxes++; return (i + 1, h); }
                        OverfullBoxes++;
                        return (i, contentBottom);
                    }
                    y += h;
                    contentBottom = y;
                    i++;
                    if (box.BreakAfter) { lastBreak = i; lastBreakHeight = y; }
                    break;
                default:
                    i++;
                    break;
            }
        }
        return (i, contentBottom);
    }

    /// <summary>The shortest column height that still holds items [start, end) in n columns: whole grid lines, or quarter points.</summary>
    private Plan Balance(List<FlowItem> items, int start, int end, int n, double available)
    {
        var step = area.HasGrid ? area.GridPitchPt : 0.25;
        var total = 0.0;
        var tallest = 0.0;
        for (var i = start; i < end; i++)
            if (items[i] is FlowBox b) { total += b.Height; tallest = Math.Max(tallest, b.Height); }
        var lo = (int)Math.Floor(Math.Max(tallest, total / n) / step);
        var hi = (int)Math.Ceiling(available / step - 1e-6);
        Plan? best = null;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var plan = FillColumns(items, start, n, Math.Min(available, mid * step), fresh: false);
            if (plan.End >= end && plan.Columns.All(c => c.Start <= c.End)) { best = plan; hi = mid - 1; }
            else lo = mid + 1;
        }
        return best ?? FillColumns(items, start, n, available, fresh: _y <= Epsilon);
    }
}
