namespace GazettePress.Layout.Flow;

/// <summary>How far a column's content reaches for a given start: the measuring half of pagination.</summary>
internal static class ColumnFiller
{
    private const double Epsilon = 0.01;

    /// <summary>
    /// Fills one column from <paramref name="start"/>: where the column ends and the height of its
    /// content. Breaks only after boxes that allow it; when a fresh column cannot break legally, it
    /// breaks where it must and says so (<c>Overfull</c>).
    /// </summary>
    public static (int End, double Height, bool Overfull) Fill(List<FlowItem> items, int start, double height, bool mustPlace)
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
                    return (i, contentBottom, false);
                case FlowGlue g:
                    y += g.Height;
                    i++;
                    break;
                case FlowBox box:
                    var h = box.HeightIn(i == firstBox);
                    if (y + h > height + Epsilon)
                    {
                        if (lastBreak >= 0) return (lastBreak, lastBreakHeight, false);
                        if (!mustPlace) return (start, 0, false);
                        if (i == firstBox) return (i + 1, h, true);
                        return (i, contentBottom, true);
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
        return (i, contentBottom, false);
    }

    /// <summary>
    /// Every place a column that starts at <paramref name="start"/> may end, with its content height,
    /// up to <paramref name="maxHeight"/>: after boxes that allow a break, and at the end of the flow
    /// (or <paramref name="end"/>, or a forced break).
    /// </summary>
    public static List<(int End, double Height)> LegalBreaks(List<FlowItem> items, int start, double maxHeight, int end = int.MaxValue)
    {
        var result = new List<(int, double)>();
        end = Math.Min(end, items.Count);
        var i = start;
        while (i < end && items[i] is FlowGlue) i++;
        var firstBox = i;
        var y = 0.0;
        for (; i < end; i++)
        {
            switch (items[i])
            {
                case FlowBreak:
                    result.Add((i, y));
                    return result;
                case FlowGlue g:
                    y += g.Height;
                    break;
                case FlowBox box:
                    var h = box.HeightIn(i == firstBox);
                    if (y + h > maxHeight + Epsilon) return result;
                    y += h;
                    if (box.BreakAfter || i + 1 == end) result.Add((i + 1, y));
                    break;
            }
        }
        return result;
    }
}
