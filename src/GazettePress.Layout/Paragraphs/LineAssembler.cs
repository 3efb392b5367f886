using System.Collections.Immutable;
using System.Runtime.InteropServices;
using GazettePress.Diagnostics;
using GazettePress.Layout.Text;
using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Paragraphs;

/// <summary>Turns a chosen line span into positioned glyph runs: trims, justification, alignment.</summary>
internal static class LineAssembler
{
    private const double Epsilon = 1e-6;

    public static LayoutLine Assemble(PreparedParagraph p, LineSpan span, int index, bool isLast, double offset,
        double avail, ParagraphStyle style, List<Diagnostic> diagnostics)
    {
        var units = p.Units;
        int cs = LineMeasure.ContentStart(units, span.Start, span.End);
        int ce = LineMeasure.ContentEnd(units, cs, span.End);
        bool endsWithNewLine = span.End > span.Start && units[span.End - 1].Kind == CharKind.NewLine;

        double natural = LineMeasure.Width(units, cs, ce);
        double extra = avail - natural;
        bool justify = style.Alignment == ParagraphAlignment.Justify && !isLast && !endsWithNewLine;

        double stretch = 0, shrinkFactor = 0;
        if (extra < -Epsilon)
        {
            double shrinkable = LineMeasure.Shrinkable(units, cs, ce);
            shrinkFactor = shrinkable > 0 ? Math.Min(1, -extra / shrinkable) : 0;
            extra += shrinkFactor * shrinkable;
            if (extra < -Epsilon || span.Forced)
                diagnostics.Add(Overfull(p, cs, ce, -extra));
        }
        else if (span.Forced)
            diagnostics.Add(Overfull(p, cs, ce, 0));
        if (justify && extra > Epsilon)
        {
            int points = LineMeasure.StretchPoints(units, cs, ce);
            if (points > 0) { stretch = extra / points; extra = 0; }
        }

        double pen = offset + style.Alignment switch
        {
            _ when justify => 0,
            ParagraphAlignment.Center => Math.Max(0, extra) / 2,
            ParagraphAlignment.Right => Math.Max(0, extra),
            _ => 0,
        };

        var runs = ImmutableArray.CreateBuilder<LineGlyphRun>();
        double contentLeft = pen, maxEm = 0;
        int groupStart = cs;
        var groupX = new List<float>();
        double groupLeft = pen;
        for (int i = cs; i < ce; i++)
        {
            ref readonly var u = ref units[i];
            if (i > cs)
            {
                pen += u.GapBefore;
                if (u.StretchBefore) pen += stretch;
            }
            if (i > groupStart && (u.RunIndex != units[groupStart].RunIndex || u.Face != units[groupStart].Face))
            {
                runs.Add(MakeRun(p, groupStart, i, groupX, groupLeft, pen));
                groupStart = i;
                groupX.Clear();
                groupLeft = pen;
            }
            double leftCut = u.TrimLeft + (i == cs ? LineMeasure.StartTrim(u) : shrinkFactor * u.FreeLeft);
            double rightCut = u.TrimRight + (i == ce - 1 ? LineMeasure.EndTrim(u) : shrinkFactor * u.FreeRight);
            double origin = pen - leftCut;
            for (int g = u.GlyphStart; g < u.GlyphEnd; g++)
                groupX.Add((float)(origin + p.GlyphX[g]));
            pen += u.Advance - leftCut - rightCut;
            maxEm = Math.Max(maxEm, u.Em);
        }
        if (ce > cs) runs.Add(MakeRun(p, groupStart, ce, groupX, groupLeft, pen));
        if (maxEm == 0) maxEm = EmptyLineSize(p, span); // a blank line still takes its height

        int textStart = span.Start < units.Length ? units[span.Start].TextStart : p.Text.Length;
        int textEnd = span.End < units.Length ? units[span.End].TextStart : p.Text.Length;
        if (index == 0) textStart = 0;
        double leading = style.LeadingPt > 0 ? style.LeadingPt : 1.5 * maxEm;
        // The ideographic em box runs from 0.88 em above the baseline to 0.12 em below it.
        return new LayoutLine(index, textStart, textEnd, ce > cs ? contentLeft : offset, pen, 0.88 * maxEm, 0.12 * maxEm,
            leading, isLast, justify, runs.ToImmutable()) { StretchPerPoint = stretch - shrinkFactor };
    }

    private static double EmptyLineSize(PreparedParagraph p, LineSpan span)
    {
        if (span.Start < p.Units.Length) return p.Units[span.Start].Em;
        return p.Runs.Count > 0 ? p.Runs[^1].Style.SizePt : TextStyle.Body.SizePt;
    }

    private static LineGlyphRun MakeRun(PreparedParagraph p, int from, int to, List<float> xs, double left, double right)
    {
        var units = p.Units;
        var first = units[from];
        var run = p.Runs[first.RunIndex];
        int textStart = first.TextStart, textEnd = units[to - 1].TextEnd;
        int g0 = first.GlyphStart, g1 = units[to - 1].GlyphEnd;
        var glyphs = new ushort[g1 - g0];
        var clusters = new int[g1 - g0];
        for (int g = g0; g < g1; g++)
        {
            glyphs[g - g0] = p.Glyphs[g];
            clusters[g - g0] = p.GlyphCluster[g] - textStart;
        }
        return new LineGlyphRun(first.Face, run.Style.SizePt,
            ImmutableCollectionsMarshal.AsImmutableArray(glyphs), ImmutableCollectionsMarshal.AsImmutableArray(xs.ToArray()),
            p.Text.Substring(textStart, textEnd - textStart), ImmutableCollectionsMarshal.AsImmutableArray(clusters),
            run.Style.Color, first.RunIndex, textStart, textEnd, left, right, run.Link, run.Source, run.Style.BaselineShiftPt);
    }

    private static Diagnostic Overfull(PreparedParagraph p, int cs, int ce, double by)
    {
        var units = p.Units;
        int start = cs < units.Length ? units[cs].TextStart : 0;
        int end = ce > cs ? units[ce - 1].TextEnd : start;
        var run = p.Runs[cs < units.Length ? units[cs].RunIndex : 0];
        var where = run.Location.File is null ? SourceLocation.None : run.Location;
        var text = p.Text.Substring(start, end - start);
        return by > 0
            ? Diagnostic.Create(LayoutMessages.LineTooWide, where, ("text", text), ("overflow", by))
            : Diagnostic.Create(LayoutMessages.LineForcedBreak, where, ("text", text));
    }
}
