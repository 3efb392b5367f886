using System.Collections.Immutable;
using GazettePress.Diagnostics;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Text;
using GazettePress.Layout.Text.LineBreaking;
using GazettePress.Layout.Text.Words;

namespace GazettePress.Layout.Paragraphs;

/// <summary>
/// Sets paragraphs of styled runs into lines: font fallback, HarfBuzz shaping (cached), CJK
/// punctuation compression, Han–Latin spacing, line breaking and justification. One instance per
/// build; thread-safe.
/// </summary>
public sealed class ParagraphLayouter
{
    private readonly FontRegistry _fonts;
    private readonly TextShaper _shaper = new();
    private readonly ILineBreakOpportunities _breaker;

    public ParagraphLayouter(FontRegistry fonts, ILineBreakOpportunities? breaker = null)
    {
        _fonts = fonts;
        _breaker = breaker ?? DefaultBreaker;
    }

    /// <summary>The break finder used when none is given.</summary>
    public static ILineBreakOpportunities DefaultBreaker => ChineseLineBreakOpportunities.Instance;

    public FontRegistry Fonts => _fonts;

    private volatile PhraseBreakOpportunities? _phrases;

    /// <summary>
    /// Words that paragraphs with <see cref="ParagraphStyle.KeepWords"/> never break, besides the
    /// dictionary's (an issue's issuer names). Call before laying out.
    /// </summary>
    public void KeepWordsWhole(IEnumerable<string> words) => _phrases = new PhraseBreakOpportunities(_breaker, ChineseWords.Default.With(words));

    private ILineBreakOpportunities BreakerFor(ParagraphStyle style) =>
        style.KeepWords ? _phrases ??= new PhraseBreakOpportunities(_breaker, ChineseWords.Default) : _breaker;

    public ParagraphLayout Layout(IReadOnlyList<TextRun> runs, ParagraphStyle style, double widthPt)
    {
        var prepared = PreparedParagraph.Prepare(runs, _fonts, _shaper, BreakerFor(style));
        var diagnostics = prepared.Diagnostics;
        double em = runs.Count > 0 ? runs[0].Style.SizePt : 0;
        double indent = style.FirstLineIndentEm * em;
        double hanging = Hanging(prepared, style, widthPt, indent);
        var spans = TotalFitLineBreaker.Break(prepared.Units, widthPt - indent, widthPt - hanging, style.ShortestLastLine)
                    ?? GreedyLineBreaker.Break(prepared.Units, widthPt - indent, widthPt - hanging, style.ShortestLastLine);
        if (style.Balance && style.Alignment != ParagraphAlignment.Justify && spans.Count > 1)
            spans = Balanced(prepared, style, widthPt, indent, hanging, spans);
        if (spans.Count == 0) spans.Add(new LineSpan(0, 0, false));
        var lines = ImmutableArray.CreateBuilder<LayoutLine>(spans.Count);
        for (int i = 0; i < spans.Count; i++)
        {
            double offset = i == 0 ? indent : hanging;
            lines.Add(LineAssembler.Assemble(prepared, spans[i], i, i == spans.Count - 1, offset, widthPt - offset, style, diagnostics));
        }
        return new ParagraphLayout(prepared.Text, widthPt, lines.MoveToImmutable(), diagnostics.ToImmutableArray());
    }

    /// <summary>
    /// The paragraph set into exactly <paramref name="lineCount"/> lines, each line no looser or
    /// tighter than <paramref name="maxBadness"/> allows (100: stretch of 0.15 em per gap, or all
    /// inner punctuation compressed), and how much worse it is than the best setting (total-fit
    /// demerits); null when no such setting exists.
    /// </summary>
    public (ParagraphLayout Layout, double ExtraDemerits)? LayoutInto(IReadOnlyList<TextRun> runs, ParagraphStyle style, double widthPt,
        int lineCount, double maxBadness)
    {
        var prepared = PreparedParagraph.Prepare(runs, _fonts, _shaper, BreakerFor(style));
        double em = runs.Count > 0 ? runs[0].Style.SizePt : 0;
        double indent = style.FirstLineIndentEm * em;
        double hanging = Hanging(prepared, style, widthPt, indent);
        double first = widthPt - indent, rest = widthPt - hanging;
        var best = TotalFitLineBreaker.Break(prepared.Units, first, rest, style.ShortestLastLine);
        if (best is null) return null;
        var variant = TotalFitLineBreaker.BreakInto(prepared.Units, first, rest, style.ShortestLastLine, lineCount, maxBadness);
        if (variant is null) return null;
        var (natural, _) = TotalFitLineBreaker.Measure(prepared.Units, best, first, rest, style.ShortestLastLine);
        return (Assemble(prepared, variant.Value.Lines, style, widthPt, indent, hanging), Math.Max(0, variant.Value.Demerits - natural));
    }

    /// <summary>
    /// How wide the paragraph wants to be: <see cref="ContentWidths.Min"/>, its widest piece between
    /// two allowed breaks (narrower, a word or number must break inside); <see cref="ContentWidths.Max"/>,
    /// its widest line when nothing but forced breaks (line feeds) break it. Indents included.
    /// </summary>
    public ContentWidths MeasureWidths(IReadOnlyList<TextRun> runs, ParagraphStyle style)
    {
        var prepared = PreparedParagraph.Prepare(runs, _fonts, _shaper, BreakerFor(style));
        var units = prepared.Units;
        double em = runs.Count > 0 ? runs[0].Style.SizePt : 0;
        double indent = style.FirstLineIndentEm * em;
        double min = 0, max = 0;
        int pieceStart = 0, lineStart = 0;
        for (int i = 1; i <= units.Length; i++)
        {
            var opportunity = i == units.Length ? BreakOpportunity.Mandatory : units[i].BreakBefore;
            if (opportunity < BreakOpportunity.Allowed) continue;
            min = Math.Max(min, PieceWidth(units, pieceStart, i) + (pieceStart == 0 ? indent : 0));
            pieceStart = i;
            if (opportunity != BreakOpportunity.Mandatory) continue;
            max = Math.Max(max, PieceWidth(units, lineStart, i) + (lineStart == 0 ? indent : 0));
            lineStart = i;
        }
        return new ContentWidths(min, Math.Max(min, max));
    }

    private static double PieceWidth(Unit[] units, int start, int end)
    {
        int cs = LineMeasure.ContentStart(units, start, end);
        return LineMeasure.Width(units, cs, LineMeasure.ContentEnd(units, cs, end));
    }

    /// <summary>
    /// The breaks of the narrowest measure that still sets the paragraph in as many lines: lines of about
    /// equal length (a title's lines as a block, not a full line and a stub).
    /// </summary>
    private static List<LineSpan> Balanced(PreparedParagraph prepared, ParagraphStyle style, double widthPt, double indent, double hanging,
        List<LineSpan> natural)
    {
        var lines = natural.Count;
        var best = natural;
        double low = 0, high = widthPt;
        for (var step = 0; step < 14 && high - low > 0.5; step++)
        {
            var width = (low + high) / 2;
            var spans = width - Math.Max(indent, hanging) <= 0 ? null
                : TotalFitLineBreaker.Break(prepared.Units, width - indent, width - hanging, style.ShortestLastLine);
            if (spans is not null && spans.Count <= lines) { best = spans; high = width; }
            else low = width;
        }
        return best;
    }

    /// <summary>Where lines after the first start: a fixed hanging indent, or under the text after a label (whose units then do not stretch).</summary>
    private static double Hanging(PreparedParagraph prepared, ParagraphStyle style, double widthPt, double indent)
    {
        double hanging = style.HangingIndentPt;
        if (style.HangingLabelChars > 0)
        {
            var units = prepared.Units;
            int end = 0;
            while (end < units.Length && units[end].TextStart < style.HangingLabelChars) end++;
            int start = LineMeasure.ContentStart(units, 0, end);
            double label = 0;
            for (int i = start; i < end; i++) label += units[i].SetWidth + (i > start ? units[i].GapBefore : 0);
            // A label shorter than the width asked for is padded, so the text after it starts at one x from line to line.
            if (style.LabelWidthPt > label && end < units.Length && end > start)
            {
                units[end].GapBefore += style.LabelWidthPt - label;
                label = style.LabelWidthPt;
            }
            // The text after the label keeps the gap the label had before it (letter-spacing, Han–Latin space).
            if (end < units.Length && end > start) label += units[end].GapBefore;
            // Justification leaves the label alone, so the text after it starts exactly where the wrapped lines do.
            for (int i = start + 1; i <= end && i < units.Length; i++) units[i].StretchBefore = false;
            hanging = Math.Max(hanging, indent + label);
        }
        return Math.Clamp(hanging, 0, widthPt * 0.75);
    }

    private static ParagraphLayout Assemble(PreparedParagraph prepared, List<LineSpan> spans, ParagraphStyle style, double widthPt, double indent, double hanging)
    {
        var diagnostics = new List<Diagnostic>();
        var lines = ImmutableArray.CreateBuilder<LayoutLine>(spans.Count);
        for (int i = 0; i < spans.Count; i++)
        {
            double offset = i == 0 ? indent : hanging;
            lines.Add(LineAssembler.Assemble(prepared, spans[i], i, i == spans.Count - 1, offset, widthPt - offset, style, diagnostics));
        }
        return new ParagraphLayout(prepared.Text, widthPt, lines.MoveToImmutable(), diagnostics.ToImmutableArray());
    }

    public ParagraphLayout Layout(string text, TextStyle textStyle, ParagraphStyle style, double widthPt) =>
        Layout(new[] { new TextRun(text, textStyle) }, style, widthPt);
}

/// <summary>The narrowest and the widest a paragraph wants to be set (see <see cref="ParagraphLayouter.MeasureWidths"/>).</summary>
public readonly record struct ContentWidths(double Min, double Max);
