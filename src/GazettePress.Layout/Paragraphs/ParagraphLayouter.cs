using System.Collections.Immutable;
using GazettePress.Diagnostics;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Text;
using GazettePress.Layout.Text.LineBreaking;

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

    public ParagraphLayout Layout(IReadOnlyList<TextRun> runs, ParagraphStyle style, double widthPt)
    {
        var prepared = PreparedParagraph.Prepare(runs, _fonts, _shaper, _breaker);
        var diagnostics = prepared.Diagnostics;
        double em = runs.Count > 0 ? runs[0].Style.SizePt : 0;
        double indent = style.FirstLineIndentEm * em;
        double hanging = Math.Clamp(style.HangingIndentPt, 0, widthPt * 0.75);
        var spans = TotalFitLineBreaker.Break(prepared.Units, widthPt - indent, widthPt - hanging, style.AvoidShortLastLine)
                    ?? GreedyLineBreaker.Break(prepared.Units, widthPt - indent, widthPt - hanging, style.AvoidShortLastLine);
        if (spans.Count == 0) spans.Add(new LineSpan(0, 0, false));
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
