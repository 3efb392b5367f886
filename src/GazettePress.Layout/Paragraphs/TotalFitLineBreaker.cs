using GazettePress.Layout.Text;
using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Paragraphs;

/// <summary>
/// Total-fit line breaking in the manner of Knuth and Plass: among all ways to break the paragraph,
/// pick the one whose lines are most evenly set. Stretch goes between characters; shrink comes
/// from compressing inner punctuation to half width. A last line with a single character, and
/// breaks inside URLs, cost extra. Returns null when some piece fits no line at all, so the
/// caller falls back to first-fit breaking with its forced breaks.
/// </summary>
internal static class TotalFitLineBreaker
{
    private const double Epsilon = 1e-6;
    private const double LinePenalty = 10;
    private const double ShortLastLineDemerits = 1e7;
    private const double EmergencyBreakDemerits = 1e5;
    /// <summary>Comfortable stretch per gap, in em: ratio 1 means this much extra at every stretch point.</summary>
    private const double StretchPerGapEm = 0.15;

    public static List<LineSpan>? Break(Unit[] units, double firstWidth, double width, int shortestLastLine)
    {
        int n = units.Length;
        if (n == 0) return new List<LineSpan>();
        var demerits = new double[n + 1];
        var previous = new int[n + 1];
        Array.Fill(demerits, double.PositiveInfinity);
        demerits[0] = 0;
        previous[0] = -1;

        for (int i = 0; i < n; i++)
        {
            if (double.IsPositiveInfinity(demerits[i])) continue;
            double avail = i == 0 ? firstWidth : width;
            var line = new LineAccumulator(units, i);
            for (int j = i + 1; j <= n; j++)
            {
                line.Extend(j - 1);
                var opportunity = j == n ? BreakOpportunity.Mandatory : units[j].BreakBefore;
                if (opportunity == BreakOpportunity.Prohibited) continue;
                double w = line.Width, shrink = line.Shrinkable;
                if (w - shrink > avail + Epsilon) break; // this and every longer line overflow
                bool ragged = opportunity == BreakOpportunity.Mandatory;
                double badness = Badness(units, line, w, shrink, avail, ragged);
                double d = (LinePenalty + badness) * (LinePenalty + badness);
                if (opportunity == BreakOpportunity.Emergency) d += EmergencyBreakDemerits;
                if (j == n && i > 0 && line.Letters < shortestLastLine) d += ShortLastLineDemerits;
                double total = demerits[i] + d;
                if (total < demerits[j])
                {
                    demerits[j] = total;
                    previous[j] = i;
                }
                if (opportunity == BreakOpportunity.Mandatory) break; // a line cannot run past a forced break
            }
        }
        if (double.IsPositiveInfinity(demerits[n])) return null;
        var lines = new List<LineSpan>();
        for (int j = n; j > 0; j = previous[j])
            lines.Add(new LineSpan(previous[j], j, false));
        lines.Reverse();
        return lines;
    }

    /// <summary>
    /// The best breaking into exactly <paramref name="lineCount"/> lines whose every line stays within
    /// <paramref name="maxBadness"/> (缩行/伸行: a paragraph set one line tighter or looser so a column
    /// ends flush), with its total demerits; null when there is none.
    /// </summary>
    public static (List<LineSpan> Lines, double Demerits)? BreakInto(Unit[] units, double firstWidth, double width, int shortestLastLine,
        int lineCount, double maxBadness)
    {
        int n = units.Length;
        if (n == 0 || lineCount < 1) return null;
        var demerits = new double[lineCount + 1, n + 1];
        var previous = new int[lineCount + 1, n + 1];
        for (int k = 0; k <= lineCount; k++)
            for (int j = 0; j <= n; j++) demerits[k, j] = double.PositiveInfinity;
        demerits[0, 0] = 0;
        for (int k = 0; k < lineCount; k++)
        {
            for (int i = 0; i < n; i++)
            {
                double before = demerits[k, i];
                if (double.IsPositiveInfinity(before)) continue;
                double avail = i == 0 ? firstWidth : width;
                var line = new LineAccumulator(units, i);
                for (int j = i + 1; j <= n; j++)
                {
                    line.Extend(j - 1);
                    var opportunity = j == n ? BreakOpportunity.Mandatory : units[j].BreakBefore;
                    if (opportunity is BreakOpportunity.Prohibited or BreakOpportunity.Emergency) continue;
                    double w = line.Width, shrink = line.Shrinkable;
                    if (w - shrink > avail + Epsilon) break;
                    bool ragged = opportunity == BreakOpportunity.Mandatory;
                    double badness = Badness(units, line, w, shrink, avail, ragged);
                    if (badness <= maxBadness)
                    {
                        double d = (LinePenalty + badness) * (LinePenalty + badness);
                        if (j == n && i > 0 && line.Letters < shortestLastLine) d += ShortLastLineDemerits;
                        double total = before + d;
                        if (total < demerits[k + 1, j])
                        {
                            demerits[k + 1, j] = total;
                            previous[k + 1, j] = i;
                        }
                    }
                    if (opportunity == BreakOpportunity.Mandatory) break;
                }
            }
        }
        if (double.IsPositiveInfinity(demerits[lineCount, n]) || demerits[lineCount, n] >= ShortLastLineDemerits) return null;
        var lines = new List<LineSpan>();
        for (int k = lineCount, j = n; k > 0; j = previous[k, j], k--)
            lines.Add(new LineSpan(previous[k, j], j, false));
        lines.Reverse();
        return (lines, demerits[lineCount, n]);
    }

    /// <summary>Total demerits of a given breaking, measured as <see cref="BreakInto"/> does; also its worst line's badness.</summary>
    public static (double Demerits, double WorstBadness) Measure(Unit[] units, IReadOnlyList<LineSpan> lines, double firstWidth, double width, int shortestLastLine)
    {
        double total = 0, worst = 0;
        int n = units.Length;
        foreach (var span in lines)
        {
            if (span.End <= span.Start) continue;
            double avail = span.Start == 0 ? firstWidth : width;
            var line = new LineAccumulator(units, span.Start);
            for (int j = span.Start; j < span.End; j++) line.Extend(j);
            var ragged = span.End == n || units[span.End].BreakBefore == BreakOpportunity.Mandatory;
            double badness = Badness(units, line, line.Width, line.Shrinkable, avail, ragged);
            worst = Math.Max(worst, badness);
            total += (LinePenalty + badness) * (LinePenalty + badness);
            if (span.End == n && span.Start > 0 && line.Letters < shortestLastLine) total += ShortLastLineDemerits;
        }
        return (total, worst);
    }

    private static double Badness(Unit[] units, in LineAccumulator line, double w, double shrink, double avail, bool ragged)
    {
        if (w > avail + Epsilon)
        {
            double r = (w - avail) / shrink; // 0..1 of the compressible punctuation used
            return 100 * r * r * r;
        }
        if (ragged) return 0;
        int points = line.StretchPoints;
        if (points == 0) return avail - w > Epsilon ? 10_000 : 0;
        double em = units[line.ContentStart].Em;
        double ratio = (avail - w) / (points * StretchPerGapEm * em);
        return Math.Min(100 * ratio * ratio * ratio, 100_000);
    }

    /// <summary>
    /// The measures of LineMeasure for a line that starts at a fixed unit and grows one unit at a
    /// time, in constant time per unit (LineMeasure recomputes them from scratch).
    /// </summary>
    private struct LineAccumulator
    {
        private readonly Unit[] _units;
        private double _sum, _shrink, _sumAtContent, _shrinkAtContent;
        private int _points, _letters, _pointsAtContent, _lastContent;

        public LineAccumulator(Unit[] units, int start)
        {
            _units = units;
            ContentStart = start;
            _lastContent = -1;
        }

        public int ContentStart { get; private set; }
        public readonly int StretchPoints => _lastContent < 0 ? 0 : _pointsAtContent;
        public readonly int Letters => _letters;

        public readonly double Width => _lastContent < 0 ? 0
            : _sumAtContent - LineMeasure.StartTrim(_units[ContentStart]) - LineMeasure.EndTrim(_units[_lastContent]);

        public readonly double Shrinkable => _lastContent < 0 ? 0 : _shrinkAtContent - _units[_lastContent].FreeRight;

        /// <summary>Adds unit k (the next one) to the line.</summary>
        public void Extend(int k)
        {
            ref readonly var u = ref _units[k];
            if (u.IsLetter) _letters++;
            // Leading spaces are dropped: the content starts after them.
            if (_lastContent < 0 && k == ContentStart && u.Kind == CharKind.Space)
            {
                ContentStart = k + 1;
                return;
            }
            if (k > ContentStart)
            {
                _sum += u.GapBefore;
                if (u.StretchBefore) _points++;
                _shrink += u.FreeLeft;
            }
            _sum += u.SetWidth;
            _shrink += u.FreeRight;
            if (!(u.IsBlank || u.Kind == CharKind.IdeographicSpace))
            {
                _lastContent = k;
                _sumAtContent = _sum;
                _shrinkAtContent = _shrink;
                _pointsAtContent = _points;
            }
        }
    }
}
