using GazettePress.Layout.Text;
using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Paragraphs;

/// <summary>A line as a range of units: [Start, End).</summary>
internal readonly record struct LineSpan(int Start, int End, bool Forced);

/// <summary>
/// First-fit line breaking: each line takes as much as fits, counting the half-width line-end
/// mark and the trimmed line-start bracket before deciding, and compressing inner punctuation when
/// that lets one more character in. Then the last line is kept from holding a single character.
/// </summary>
internal static class GreedyLineBreaker
{
    private const double Epsilon = 1e-6;

    public static List<LineSpan> Break(Unit[] units, double firstWidth, double width, int shortestLastLine)
    {
        var lines = new List<LineSpan>();
        int n = units.Length;
        int s = 0;
        while (s < n)
        {
            double avail = lines.Count == 0 ? firstWidth : width;
            var (end, forced) = NextBreak(units, s, avail);
            lines.Add(new LineSpan(s, end, forced));
            s = end;
        }
        if (shortestLastLine > 0) PullDownForLastLine(units, lines, width, shortestLastLine);
        return lines;
    }

    /// <summary>The furthest break after <paramref name="start"/> whose line fits.</summary>
    private static (int End, bool Forced) NextBreak(Unit[] units, int start, double avail)
    {
        int n = units.Length;
        int best = -1;
        for (int j = start + 1; j <= n; j++)
        {
            var opportunity = j == n ? BreakOpportunity.Mandatory : units[j].BreakBefore;
            if (opportunity < BreakOpportunity.Allowed) continue;
            if (!Fits(units, start, j, avail)) break;
            best = j;
            if (opportunity == BreakOpportunity.Mandatory) break;
        }
        if (best > start) return (best, false);
        // Nothing fits. First try the emergency breaks inside URLs (after '/', before '.').
        int emergency = -1;
        for (int j = start + 1; j < n && Fits(units, start, j, avail); j++)
            if (units[j].BreakBefore == BreakOpportunity.Emergency) emergency = j;
        if (emergency > start) return (emergency, false);
        // Else break between any two units so nothing overflows; the caller reports it.
        int k = start + 1;
        while (k < n && units[k].Kind != CharKind.NewLine && Fits(units, start, k + 1, avail)) k++;
        while (k < n && units[k].IsBlank && units[k].Kind != CharKind.NewLine) k++;
        return (k, true);
    }

    public static bool Fits(Unit[] units, int start, int end, double avail)
    {
        int cs = LineMeasure.ContentStart(units, start, end);
        int ce = LineMeasure.ContentEnd(units, cs, end);
        double w = LineMeasure.Width(units, cs, ce);
        if (w <= avail + Epsilon) return true;
        return w - LineMeasure.Shrinkable(units, cs, ce) <= avail + Epsilon;
    }

    /// <summary>
    /// If the last line holds fewer than two characters, break the line before it earlier so one
    /// more character comes down (the line before then stretches).
    /// </summary>
    private static void PullDownForLastLine(Unit[] units, List<LineSpan> lines, double width, int shortest)
    {
        if (lines.Count < 2) return;
        var last = lines[^1];
        var previous = lines[^2];
        if (previous.Forced || units[previous.End - 1].Kind == CharKind.NewLine) return;
        if (LineMeasure.Letters(units, last.Start, last.End) >= shortest) return;
        for (int k = previous.End - 1; k > previous.Start + 1; k--)
        {
            if (units[k].BreakBefore < BreakOpportunity.Allowed) continue;
            if (LineMeasure.Letters(units, k, last.End) < shortest) continue;
            if (!Fits(units, k, last.End, width)) return;
            lines[^2] = previous with { End = k };
            lines[^1] = last with { Start = k };
            return;
        }
    }
}
