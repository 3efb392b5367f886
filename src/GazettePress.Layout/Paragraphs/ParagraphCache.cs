using GazettePress.Layout.Text;

namespace GazettePress.Layout.Paragraphs;

/// <summary>
/// Remembers set paragraphs for one build: running heads repeat on every page, and the TOC loop
/// lays out the TOC again with only its page numbers changed. Not thread-safe.
/// </summary>
public sealed class ParagraphCache(ParagraphLayouter layouter)
{
    private readonly Dictionary<Key, ParagraphLayout> _cache = new();

    public ParagraphLayouter Layouter => layouter;
    public int Hits { get; private set; }
    public int Misses { get; private set; }

    public ParagraphLayout Layout(IReadOnlyList<TextRun> runs, ParagraphStyle style, double widthPt)
    {
        var key = new Key(runs, style, widthPt);
        if (_cache.TryGetValue(key, out var hit)) { Hits++; return hit; }
        Misses++;
        var layout = layouter.Layout(runs, style, widthPt);
        _cache[key] = layout;
        return layout;
    }

    private readonly Dictionary<Key, ContentWidths> _widths = new();

    /// <summary>The paragraph's content widths (see <see cref="ParagraphLayouter.MeasureWidths"/>), remembered.</summary>
    public ContentWidths MeasureWidths(IReadOnlyList<TextRun> runs, ParagraphStyle style)
    {
        var key = new Key(runs, style, -1);
        if (_widths.TryGetValue(key, out var hit)) return hit;
        var widths = layouter.MeasureWidths(runs, style);
        _widths[key] = widths;
        return widths;
    }

    private readonly Dictionary<(Key, int), (ParagraphLayout Layout, double ExtraDemerits)?> _variants = new();

    /// <summary>
    /// The paragraph set into exactly <paramref name="lineCount"/> lines (see <see cref="ParagraphLayouter.LayoutInto"/>),
    /// remembered; callers use one <paramref name="maxBadness"/> per cache.
    /// </summary>
    public (ParagraphLayout Layout, double ExtraDemerits)? LayoutInto(IReadOnlyList<TextRun> runs, ParagraphStyle style, double widthPt, int lineCount, double maxBadness)
    {
        var key = (new Key(runs, style, widthPt), lineCount);
        if (_variants.TryGetValue(key, out var hit)) return hit;
        var variant = layouter.LayoutInto(runs, style, widthPt, lineCount, maxBadness);
        _variants[key] = variant;
        return variant;
    }

    private sealed class Key(IReadOnlyList<TextRun> runs, ParagraphStyle style, double width) : IEquatable<Key>
    {
        private readonly int _hash = Hash(runs, style, width);

        private static int Hash(IReadOnlyList<TextRun> runs, ParagraphStyle style, double width)
        {
            var h = new HashCode();
            h.Add(style);
            h.Add(width);
            foreach (var r in runs) h.Add(r);
            return h.ToHashCode();
        }

        public bool Equals(Key? other)
        {
            if (other is null || other._hash != _hash || other.Width != width || other.Style != style || other.Runs.Count != runs.Count) return false;
            for (int i = 0; i < runs.Count; i++)
                if (!runs[i].Equals(other.Runs[i])) return false;
            return true;
        }

        private IReadOnlyList<TextRun> Runs => runs;
        private ParagraphStyle Style => style;
        private double Width => width;

        public override bool Equals(object? obj) => Equals(obj as Key);
        public override int GetHashCode() => _hash;
    }
}
