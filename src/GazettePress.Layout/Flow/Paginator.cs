using GazettePress.Layout.Pages;

namespace GazettePress.Layout.Flow;

/// <summary>
/// Breaks a flow into pages: segments across the full measure or in columns, columns filled one
/// after the other, breaks only where the boxes allow them (widows, orphans, keeps). On a line grid
/// every column but a flow's last ends on the last grid line (齐底): when no allowed break falls
/// there, one to three paragraphs of the column are set one line looser or tighter (伸行/缩行)
/// within the justification limits; the columns of the flow's last page are balanced the same way.
/// </summary>
internal sealed class Paginator
{
    private const double Epsilon = 0.01;
    private readonly FlowArea _area;
    private readonly LineAdjuster _adjuster;
    private readonly bool _tight;
    private readonly List<FlowPage> _pages = new() { new FlowPage() };
    private double _y;

    /// <param name="tight">Prefer setting paragraphs tighter wherever it is allowed, to end the flow sooner.</param>
    public Paginator(FlowArea area, FlowCollector collector, bool tight = false)
    {
        _area = area;
        _tight = tight;
        _adjuster = new LineAdjuster(collector, area.GridPitchPt);
    }

    public int OverfullBoxes { get; private set; }
    /// <summary>Columns that could not be made to end on the last grid line.</summary>
    public int ShortColumns { get; private set; }
    public int AdjustedParagraphs => _adjuster.Adjusted;

    private double Height => _area.UsableHeightPt;
    private double Grid => _area.GridPitchPt;

    public List<FlowPage> Paginate(IReadOnlyList<FlowSegment> segments)
    {
        var last = segments.LastOrDefault(s => !s.Bottom);
        foreach (var segment in segments)
        {
            if (segment.Bottom) PlaceAtBottom(segment.Items);
            else PlaceSegment(segment.Items, segment.Span ? 1 : _area.Columns, segment == last);
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
        var width = _area.ColumnWidthPt(n);
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
            var plan = Plan(items, index, n, available, fresh);
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
            var bandHeight = 0.0;
            for (var c = 0; c < plan.Columns.Count; c++)
            {
                var (start, end, height) = plan.Columns[c];
                var x = c * (width + _area.ColumnGapPt);
                Place(items, start, end, x, _y);
                bandHeight = Math.Max(bandHeight, height);
                Current.AddColumn(new ColumnFill(x, width, _y, _y + height, _y + available, finished && lastSegment && n > 1,
                    EndsWithHeading(items, start, end)));
                if (n > 1 && !finished && _area.HasGrid && available - height > Epsilon) ShortColumns++;
            }
            if (n > 1) Current.HasColumns = true;
            index = plan.End;
            if (index < items.Count && items[index] is not FlowBreak) NewPage();
            else _y += bandHeight + TrailingGlue(items, index);
        }
    }

    private sealed record BandPlan(List<(int Start, int End, double Height)> Columns, int End);

    /// <summary>Which items go into the columns of the band that starts at <paramref name="start"/>.</summary>
    private BandPlan Plan(List<FlowItem> items, int start, int n, double available, bool fresh)
    {
        var natural = FillColumns(items, start, n, available, fresh);
        var finished = natural.End >= items.Count || items[natural.End] is FlowBreak;
        if (n == 1) return natural;
        if (finished)
            return _area.BalanceColumns ? Balance(items, start, natural.End, n, available) : natural;
        if (!_area.HasGrid) return natural;

        // Fill the columns one by one, each ending on the last grid line.
        var columns = new List<(int, int, double)>();
        var index = start;
        for (var c = 0; c < n; c++)
        {
            var (end, used) = FillColumnFlush(items, index, available, fresh);
            columns.Add((index, end, used));
            index = end;
            if (index >= items.Count || items[index] is FlowBreak)
            {
                // Setting tighter brought the flow's end onto this page: balance what is here.
                if (_area.BalanceColumns) return Balance(items, start, index, n, available);
                break;
            }
        }
        return new BandPlan(columns, index);
    }

    private BandPlan FillColumns(List<FlowItem> items, int start, int n, double height, bool fresh)
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
        return new BandPlan(columns, index);
    }

    /// <summary>
    /// One column from <paramref name="start"/> that ends exactly on the last grid line, setting
    /// paragraphs looser or tighter when the natural fill does not; the natural fill when nothing works.
    /// </summary>
    private (int End, double Height) FillColumnFlush(List<FlowItem> items, int start, double height, bool mustPlace)
    {
        var natural = FillColumn(items, start, height, mustPlace);
        var endsFlow = natural.End >= items.Count || items[natural.End] is FlowBreak;
        var flush = Math.Abs(natural.Height - height) < Epsilon;
        if (endsFlow || (flush && !_tight) || natural.End == start) return natural;
        var breaks = ColumnFiller.LegalBreaks(items, start, height + LineAdjuster.MaxLines * Grid);
        var choice = _adjuster.BestFlush(items, start, breaks, height, _tight, flush);
        if (choice is null) return natural;
        var undo = _adjuster.Apply(items, choice);
        var adjusted = FillColumn(items, start, height, mustPlace);
        if (Math.Abs(adjusted.Height - height) < Epsilon) return adjusted;
        _adjuster.Undo(items, undo);
        return natural;
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
        if (_y + height > _area.HeightPt + Epsilon && !Current.IsEmpty) NewPage();
        var top = Math.Max(_y, _area.HeightPt - height);
        Place(items, 0, items.Count, 0, top);
        _y = _area.HeightPt;
    }

    private void Place(List<FlowItem> items, int start, int end, double x, double y)
    {
        var i = start;
        while (i < end && items[i] is FlowGlue) i++; // glue vanishes at the top of a column
        var atTop = true;
        var foot = end - 1;
        while (foot >= i && items[foot] is not FlowBox) foot--;
        for (; i < end; i++)
        {
            switch (items[i])
            {
                case FlowGlue g:
                    y += g.Height;
                    break;
                case FlowBox box:
                    Current.Boxes.Add(new PlacedBox(box, x, y, atTop, i == foot));
                    if (Current.Start is null && box.Start is { } start0) Current.Start = start0;
                    y += box.HeightIn(atTop);
                    atTop = false;
                    break;
            }
        }
    }

    /// <summary>
    /// Fills one column from <paramref name="start"/>: returns where the column ends and the height of
    /// its content. Breaks only after boxes that allow it; when a fresh column cannot break legally,
    /// it breaks where it must and counts an overfull box.
    /// </summary>
    private (int End, double Height) FillColumn(List<FlowItem> items, int start, double height, bool mustPlace)
    {
        var (end, used, overfull) = ColumnFiller.Fill(items, start, height, mustPlace);
        if (overfull) OverfullBoxes++;
        return (end, used);
    }

    /// <summary>
    /// The columns of a flow's last band, balanced: on a grid, the first break whose columns differ by
    /// at most one line, setting paragraphs looser or tighter when no break gives that; without a grid,
    /// the shortest column height that holds everything.
    /// </summary>
    private BandPlan Balance(List<FlowItem> items, int start, int end, int n, double available)
    {
        if (_area.HasGrid && n == 2)
        {
            var balanced = BalanceTwo(items, start, end, available);
            if (balanced is not null) return balanced;
        }
        var step = _area.HasGrid ? Grid : 0.25;
        var total = 0.0;
        var tallest = 0.0;
        for (var i = start; i < end; i++)
            if (items[i] is FlowBox b) { total += b.Height; tallest = Math.Max(tallest, b.Height); }
        var lo = (int)Math.Floor(Math.Max(tallest, total / n) / step);
        var hi = (int)Math.Ceiling(available / step - 1e-6);
        BandPlan? best = null;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var plan = FillColumns(items, start, n, Math.Min(available, mid * step), fresh: false);
            if (plan.End >= end && plan.Columns.All(c => c.Start <= c.End)) { best = plan; hi = mid - 1; }
            else lo = mid + 1;
        }
        return best ?? FillColumns(items, start, n, available, fresh: _y <= Epsilon);
    }

    /// <summary>Two columns whose heights differ by at most one grid line, the left not shorter; null when none is found.</summary>
    private BandPlan? BalanceTwo(List<FlowItem> items, int start, int end, double available)
    {
        var breaks = ColumnFiller.LegalBreaks(items, start, available, end);
        (int Break, double Left, double Right)? Split((int End, double Height) b)
        {
            var (rightEnd, right, overfull) = ColumnFiller.Fill(items, b.End, available, mustPlace: false);
            if (overfull || rightEnd < end) return null;
            return (b.End, b.Height, right);
        }
        var splits = breaks.Where(b => b.End < end).Select(Split).OfType<(int Break, double Left, double Right)>().ToList();
        // The whole band in the left column is a split too (a very short flow end).
        var whole = ColumnFiller.Fill(items, start, available, mustPlace: false);
        if (whole.End >= end) splits.Add((end, whole.Height, 0));
        if (splits.Count == 0) return null;

        int Lines(double h) => (int)Math.Round(h / Grid);
        bool Balanced((int Break, double Left, double Right) s) => Lines(s.Left) - Lines(s.Right) is 0 or 1;
        var balanced = splits.Where(Balanced).ToList();
        if (balanced.Count > 0)
        {
            var s = balanced.MinBy(x => x.Left);
            return s.Break >= end ? new BandPlan([(start, end, s.Left)], end) : Plan2(items, start, s.Break, end, s.Left, s.Right);
        }

        // No break balances: set paragraphs looser or tighter on either side of the nearest break.
        var choice = _adjuster.BestBalance(items, start, end, splits.Select(s => (s.Break, Lines(s.Left), Lines(s.Right))).ToList());
        if (choice is not null)
        {
            var newEnd = end + choice.Shift; // measured before the change is applied
            var undo = _adjuster.Apply(items, choice);
            var retry = ColumnFiller.LegalBreaks(items, start, available, newEnd)
                .Where(b => b.End < newEnd)
                .Select(b => (b.End, b.Height, Right: ColumnFiller.Fill(items, b.End, available, mustPlace: false)))
                .Where(x => !x.Right.Overfull && x.Right.End >= newEnd)
                .FirstOrDefault(x => Lines(x.Height) - Lines(x.Right.Height) is 0 or 1);
            if (retry.End > 0) return Plan2(items, start, retry.End, newEnd, retry.Height, retry.Right.Height);
            _adjuster.Undo(items, undo);
        }
        // Closest to balanced.
        var best = splits.OrderBy(s => Math.Abs(Lines(s.Left) - Lines(s.Right) - 0.5)).ThenBy(s => s.Left).First();
        return best.Break >= end ? new BandPlan([(start, end, best.Left)], end) : Plan2(items, start, best.Break, end, best.Left, best.Right);
    }

    private static BandPlan Plan2(List<FlowItem> items, int start, int split, int end, double left, double right) =>
        new([(start, split, left), (split, end, right)], end);
}
