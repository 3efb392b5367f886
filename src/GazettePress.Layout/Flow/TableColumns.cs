using GazettePress.Layout.Paragraphs;

namespace GazettePress.Layout.Flow;

/// <summary>
/// Column widths of a table from its content, in the manner of CSS automatic table layout: every
/// column at least as wide as its widest unbreakable piece; when all cells fit on one line, the
/// spare width shared in proportion to the content; else each column grows from a floor (its
/// narrowest, or a few characters where the content is longer) toward its one-line width in
/// proportion to what it still wants.
/// </summary>
internal static class TableColumns
{
    private const double Epsilon = 1e-6;

    /// <summary>
    /// Widths for <paramref name="columns"/> (padding included) that fill <paramref name="available"/>;
    /// null when even the narrowest widths do not fit.
    /// </summary>
    /// <param name="comfortable">A column whose content is longer than this is not squeezed below it while others can give.</param>
    public static double[]? Fit(IReadOnlyList<ContentWidths> columns, double available, double comfortable)
    {
        var n = columns.Count;
        if (n == 0) return [];
        var sumMin = columns.Sum(c => c.Min);
        if (sumMin > available + Epsilon) return null;
        var sumMax = columns.Sum(c => c.Max);
        var widths = new double[n];
        if (sumMax <= available + Epsilon)
        {
            for (var i = 0; i < n; i++)
                widths[i] = sumMax > 0 ? columns[i].Max * available / sumMax : available / n;
            return widths;
        }
        var floor = Floors(columns, comfortable);
        if (floor.Sum() > available + Epsilon) floor = columns.Select(c => c.Min).ToArray();
        var spare = available - floor.Sum();
        var wanted = 0.0;
        for (var i = 0; i < n; i++) wanted += Math.Max(0, columns[i].Max - floor[i]);
        for (var i = 0; i < n; i++)
            widths[i] = floor[i] + (wanted > 0 ? Math.Max(0, columns[i].Max - floor[i]) * spare / wanted : spare / n);
        return widths;
    }

    /// <summary>Whether the columns fit <paramref name="available"/> without squeezing any below its comfortable floor.</summary>
    public static bool FitsComfortably(IReadOnlyList<ContentWidths> columns, double available, double comfortable) =>
        Floors(columns, comfortable).Sum() <= available + Epsilon;

    private static double[] Floors(IReadOnlyList<ContentWidths> columns, double comfortable) =>
        columns.Select(c => Math.Max(c.Min, Math.Min(c.Max, comfortable))).ToArray();

    /// <summary>
    /// Splits columns that do not fit side by side into groups that do, each group set as a table of
    /// its own under the one before; the first column (the row labels) starts every group when it is
    /// narrow. Each group fits without squeezing a column below <paramref name="comfortable"/>; a single
    /// column wider than <paramref name="available"/> is a group alone.
    /// </summary>
    public static List<int[]> Groups(IReadOnlyList<ContentWidths> columns, double available, double comfortable)
    {
        var n = columns.Count;
        var floors = Floors(columns, comfortable);
        var repeatKey = n > 1 && floors[0] <= available / 4;
        var groups = new List<int[]>();
        var current = new List<int> { 0 };
        var width = floors[0];
        for (var c = 1; c < n; c++)
        {
            var ownColumns = current.Count - (repeatKey ? 1 : 0);
            if (width + floors[c] > available + Epsilon && ownColumns > 0)
            {
                groups.Add(current.ToArray());
                current = repeatKey ? [0] : [];
                width = repeatKey ? floors[0] : 0;
            }
            current.Add(c);
            width += floors[c];
        }
        groups.Add(current.ToArray());
        return groups;
    }
}
