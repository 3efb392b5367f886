using GazettePress.Layout.Paragraphs;

namespace GazettePress.Layout.Flow;

/// <summary>
/// 缩行/伸行: sets paragraphs of a column one line tighter or looser, within the justification limits,
/// so that an allowed break lands on the last grid line, or two columns balance; as a dearer
/// resort, a heading gets one line more or less space above it. Chooses the cheapest changes
/// (total-fit demerits, plus a price per change) and can undo.
/// </summary>
internal sealed class LineAdjuster(FlowCollector collector, double grid)
{
    /// <summary>At most this many paragraphs change per column, each by one line: a short column is worse than a few slightly looser paragraphs.</summary>
    public const int MaxLines = 5;
    /// <summary>Paragraphs whose variants are priced per column and direction: the likeliest first.</summary>
    private const int Candidates = 10;
    /// <summary>What touching one more paragraph costs, in demerits: fewer changed paragraphs are better.</summary>
    private const double PricePerParagraph = 2000;
    /// <summary>What one line more or less above a heading costs: dearer than a looser paragraph.</summary>
    private const double PricePerHeadingSpace = 20_000;

    private readonly Dictionary<(FlowParagraph, int), (List<FlowBox> Boxes, ParagraphLayout Layout, double Cost)?> _variants = new();

    /// <summary>Paragraphs set looser or tighter so far (net of undone changes).</summary>
    public int Adjusted { get; private set; }

    /// <summary>One change: a paragraph's new setting, or a heading's space above changed by <see cref="GlueDelta"/> grid lines.</summary>
    internal sealed record Change(FlowParagraph? Paragraph, List<FlowBox> Boxes, ParagraphLayout? Layout, FlowGlue? Glue = null, int GlueDelta = 0)
    {
        public int BoxShift => Paragraph is null ? 0 : Boxes.Count - Paragraph.Boxes.Count;
    }

    internal sealed record Adjustment(IReadOnlyList<Change> Changes, double Cost)
    {
        /// <summary>How many boxes the flow gains (looser) or loses (tighter); meaningful before the adjustment is applied.</summary>
        public int Shift { get; } = Changes.Sum(c => c.BoxShift);
    }

    internal sealed record Undoing(IReadOnlyList<(FlowParagraph? Paragraph, List<FlowBox> Boxes, ParagraphLayout? Layout, FlowGlue? Glue, double GlueHeight)> Before);

    /// <summary>Something in a column that can take a line more or less.</summary>
    private readonly record struct Candidate(FlowParagraph? Paragraph, FlowGlue? Glue, int Delta);

    private (List<FlowBox> Boxes, ParagraphLayout Layout, double Cost)? Variant(FlowParagraph p, int delta)
    {
        var lines = p.Lines + delta;
        if (Math.Abs(lines - p.NaturalLines) > 1) return null;
        if (!_variants.TryGetValue((p, lines), out var v))
            _variants[(p, lines)] = v = collector.Variant(p, lines);
        return v;
    }

    /// <summary>
    /// What may change in [from, to): paragraphs whose every box lies there, and the space above headings
    /// that do not open the range (space at the top of a column vanishes anyway).
    /// </summary>
    private List<Candidate> Within(List<FlowItem> items, int from, int to, int delta)
    {
        var seen = new HashSet<FlowParagraph>();
        var result = new List<Candidate>();
        var firstBox = from;
        while (firstBox < to && firstBox < items.Count && items[firstBox] is not FlowBox) firstBox++;
        for (var i = from; i < to && i < items.Count; i++)
        {
            if (items[i] is FlowGlue glue)
            {
                if (i > firstBox && i + 1 < to && i + 1 < items.Count && items[i + 1] is FlowBox { Role: BoxRole.Heading }
                    && (delta > 0 || glue.Height >= grid - 0.01) && HeadingSpaceChange(glue) + delta is >= -1 and <= 1)
                    result.Add(new Candidate(null, glue, delta));
                continue;
            }
            if (items[i] is not FlowBox { Paragraph: { Locked: false } p } box || !seen.Add(p)) continue;
            if (!ReferenceEquals(p.Boxes[0], box)) continue; // starts before the range
            var last = i + p.Boxes.Count - 1;
            if (last < to && last < items.Count && ReferenceEquals(items[last], p.Boxes[^1])) result.Add(new Candidate(p, null, delta));
        }
        return result;
    }

    private readonly Dictionary<FlowGlue, double> _glueNatural = new();

    /// <summary>How many grid lines a heading's space above has gained (or lost) so far.</summary>
    private int HeadingSpaceChange(FlowGlue glue) =>
        _glueNatural.TryGetValue(glue, out var natural) ? (int)Math.Round((glue.Height - natural) / grid) : 0;

    /// <summary>
    /// A cheap guess at how hard a paragraph takes one more (+1) or one fewer (−1) line: the characters
    /// each other line must give up or take in. Looser is easy when the last line is nearly full,
    /// tighter when it is short; both are easier with many lines.
    /// </summary>
    private static double Difficulty(FlowParagraph p, int delta)
    {
        var lastLine = p.Layout.Lines[^1];
        var lastChars = lastLine.TextEnd - lastLine.TextStart;
        var perLine = Math.Max(1, p.Layout.Lines[0].TextEnd - p.Layout.Lines[0].TextStart);
        return delta > 0
            ? (double)(perLine - lastChars + 2) / p.Lines
            : (double)lastChars / Math.Max(1, p.Lines - 1);
    }

    /// <summary>The cheapest <paramref name="count"/> changes among <paramref name="pool"/>, each paragraph or space changed once.</summary>
    private List<(Candidate Candidate, double Cost)>? Cheapest(IEnumerable<Candidate> pool, int count)
    {
        if (count == 0) return [];
        var priced = new List<(Candidate, double)>();
        var paragraphs = pool.Where(c => c.Paragraph is not null).OrderBy(c => Difficulty(c.Paragraph!, c.Delta)).Take(Candidates * 2);
        foreach (var c in paragraphs)
            if (Variant(c.Paragraph!, c.Delta) is { } v) priced.Add((c, v.Cost + PricePerParagraph));
        foreach (var c in pool.Where(c => c.Glue is not null))
            priced.Add((c, PricePerHeadingSpace));
        if (priced.Count < count) return null;
        var chosen = priced.OrderBy(x => x.Item2).Take(count).ToList();
        return chosen;
    }

    private Adjustment Build(List<(Candidate Candidate, double Cost)> chosen) =>
        new(chosen.Select(c =>
        {
            if (c.Candidate.Glue is { } glue) return new Change(null, [], null, glue, c.Candidate.Delta);
            var v = Variant(c.Candidate.Paragraph!, c.Candidate.Delta)!.Value;
            return new Change(c.Candidate.Paragraph, v.Boxes, v.Layout);
        }).ToList(), chosen.Sum(c => c.Cost));

    private int Lines(double height) => (int)Math.Round(height / grid);

    /// <summary>
    /// The cheapest way to make a column that starts at <paramref name="start"/> end exactly at
    /// <paramref name="height"/>: an allowed break t lines short (or long), and t paragraphs before it
    /// set one line looser (or tighter). With <paramref name="tight"/>, the most lines saved wins.
    /// </summary>
    public Adjustment? BestFlush(List<FlowItem> items, int start, List<(int End, double Height)> breaks, double height, bool tight, bool naturalFlush)
    {
        Adjustment? best = null;
        var bestLines = 0;
        foreach (var (end, used) in breaks)
        {
            var t = Lines(height) - Lines(used); // > 0: the column is t lines short; < 0: t lines too long
            if (t == 0 || Math.Abs(t) > MaxLines || end <= start) continue;
            if (tight && t > 0) continue;
            if (tight && naturalFlush && t >= 0) continue;
            var chosen = Cheapest(Within(items, start, end, Math.Sign(t)), Math.Abs(t));
            if (chosen is null) continue;
            var adjustment = Build(chosen);
            var better = best is null
                || (tight ? -t > bestLines || (-t == bestLines && adjustment.Cost < best.Cost) : adjustment.Cost < best.Cost);
            if (better) { best = adjustment; bestLines = -t; }
        }
        return best;
    }

    /// <summary>
    /// The cheapest way to balance two columns, given each allowed split's left and right line
    /// counts: paragraphs on the longer side set tighter, or on the shorter side looser.
    /// </summary>
    public Adjustment? BestBalance(List<FlowItem> items, int start, int end, List<(int Break, int Left, int Right)> splits)
    {
        Adjustment? best = null;
        foreach (var (split, left, right) in splits)
        {
            if (split >= end) continue;
            foreach (var target in new[] { 1, 0 })
            {
                var k = left - right - target; // > 0: left too long by k lines
                if (k == 0 || Math.Abs(k) > MaxLines) continue;
                var chosen = Cheapest(Within(items, start, split, k > 0 ? -1 : 1).Concat(Within(items, split, end, k > 0 ? 1 : -1)), Math.Abs(k));
                if (chosen is null) continue;
                var adjustment = Build(chosen);
                if (best is null || adjustment.Cost < best.Cost) best = adjustment;
            }
        }
        return best;
    }

    public Undoing Apply(List<FlowItem> items, Adjustment adjustment)
    {
        var before = new List<(FlowParagraph?, List<FlowBox>, ParagraphLayout?, FlowGlue?, double)>();
        foreach (var change in adjustment.Changes)
        {
            if (change.Glue is { } glue)
            {
                before.Add((null, [], null, glue, glue.Height));
                _glueNatural.TryAdd(glue, glue.Height);
                glue.Height += change.GlueDelta * grid;
            }
            else
            {
                var p = change.Paragraph!;
                before.Add((p, p.Boxes, p.Layout, null, 0));
                Replace(items, p, change.Boxes);
                p.Layout = change.Layout!;
            }
            Adjusted++;
        }
        return new Undoing(before);
    }

    public void Undo(List<FlowItem> items, Undoing undoing)
    {
        foreach (var (p, boxes, layout, glue, height) in undoing.Before.Reverse())
        {
            if (glue is not null) glue.Height = height;
            else
            {
                Replace(items, p!, boxes);
                p!.Layout = layout!;
            }
            Adjusted--;
        }
    }

    private static void Replace(List<FlowItem> items, FlowParagraph p, List<FlowBox> boxes)
    {
        var at = items.IndexOf(p.Boxes[0]);
        items.RemoveRange(at, p.Boxes.Count);
        items.InsertRange(at, boxes);
        p.Boxes = boxes;
    }
}
