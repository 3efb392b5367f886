using System.Collections.Immutable;
using GazettePress.Diagnostics;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Text;

namespace GazettePress.Layout.Paragraphs;

/// <summary>A paragraph set into lines of a given width.</summary>
public sealed class ParagraphLayout
{
    internal ParagraphLayout(string text, double width, ImmutableArray<LayoutLine> lines, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Width = width;
        Lines = lines;
        Diagnostics = diagnostics;
    }

    /// <summary>The paragraph's text: its runs' texts concatenated. Line and run ranges index into it.</summary>
    public string Text { get; }
    public double Width { get; }
    public ImmutableArray<LayoutLine> Lines { get; }

    /// <summary>Missing glyphs (errors) and lines that could not be made to fit (warnings).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Distance from the first baseline to the last.</summary>
    public double BaselineSpan => Lines.Length <= 1 ? 0 : Lines.Take(Lines.Length - 1).Sum(l => l.Leading);

    /// <summary>Glyph runs of all lines, the first baseline at <paramref name="firstBaselineY"/>, each next one a leading lower.</summary>
    public IEnumerable<GlyphRunItem> ToItems(double left, double firstBaselineY)
    {
        double y = firstBaselineY;
        foreach (var line in Lines)
        {
            foreach (var item in line.ToItems(left, y)) yield return item;
            y += line.Leading;
        }
    }
}

/// <summary>One set line. X positions are relative to the paragraph's left edge (indent and alignment included).</summary>
public sealed class LayoutLine
{
    internal LayoutLine(int index, int textStart, int textEnd, double contentLeft, double contentRight, double ascent,
        double descent, double leading, bool isLast, bool isJustified, ImmutableArray<LineGlyphRun> runs)
    {
        Index = index;
        TextStart = textStart;
        TextEnd = textEnd;
        ContentLeft = contentLeft;
        ContentRight = contentRight;
        Ascent = ascent;
        Descent = descent;
        Leading = leading;
        IsLast = isLast;
        IsJustified = isJustified;
        Runs = runs;
    }

    public int Index { get; }
    /// <summary>The range of the paragraph text this line covers (trailing spaces included): lines tile the text.</summary>
    public int TextStart { get; }
    public int TextEnd { get; }
    /// <summary>Left edge of the first glyph's em box.</summary>
    public double ContentLeft { get; }
    /// <summary>Right edge of the last glyph's (compressed) em box: the measure for a justified line.</summary>
    public double ContentRight { get; }
    /// <summary>Height above the baseline (ideographic em-box top of the largest size).</summary>
    public double Ascent { get; }
    public double Descent { get; }
    /// <summary>Baseline-to-baseline distance to the next line.</summary>
    public double Leading { get; }
    public bool IsLast { get; }
    public bool IsJustified { get; }
    public ImmutableArray<LineGlyphRun> Runs { get; }

    /// <summary>Space justification added at each stretch point (negative: punctuation compressed), for tests.</summary>
    internal double StretchPerPoint { get; init; }

    public IEnumerable<GlyphRunItem> ToItems(double left, double baselineY) => Runs.Select(r => r.ToItem(left, baselineY));

    public override string ToString() => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>Glyphs of one source run and one face within a line.</summary>
public sealed class LineGlyphRun
{
    internal LineGlyphRun(FontFace face, double sizePt, ImmutableArray<ushort> glyphs, ImmutableArray<float> x,
        string text, ImmutableArray<int> clusters, PaintColor color, int runIndex, int textStart, int textEnd,
        double left, double right, InlineLink? link, ElementRef? source, double baselineShift)
    {
        BaselineShift = baselineShift;
        Face = face;
        SizePt = sizePt;
        Glyphs = glyphs;
        X = x;
        Text = text;
        Clusters = clusters;
        Color = color;
        RunIndex = runIndex;
        TextStart = textStart;
        TextEnd = textEnd;
        Left = left;
        Right = right;
        Link = link;
        Source = source;
    }

    public FontFace Face { get; }
    public double SizePt { get; }
    public ImmutableArray<ushort> Glyphs { get; }
    /// <summary>Glyph origins relative to the paragraph's left edge.</summary>
    public ImmutableArray<float> X { get; }
    public string Text { get; }
    /// <summary>Per glyph, the index in <see cref="Text"/> of its character.</summary>
    public ImmutableArray<int> Clusters { get; }
    public PaintColor Color { get; }
    /// <summary>Index of the <see cref="Text.TextRun"/> this came from.</summary>
    public int RunIndex { get; }
    public int TextStart { get; }
    public int TextEnd { get; }
    /// <summary>Horizontal extent of the run's em boxes (for link rectangles).</summary>
    public double Left { get; }
    public double Right { get; }
    public InlineLink? Link { get; }
    /// <summary>The element the run's text came from (the innermost inline element).</summary>
    public ElementRef? Source { get; }
    /// <summary>How far the run sits above the line's baseline (negative: below).</summary>
    public double BaselineShift { get; }

    public GlyphRunItem ToItem(double left, double baselineY)
    {
        ImmutableArray<float> x = X;
        if (left != 0)
        {
            var shifted = new float[X.Length];
            for (int i = 0; i < shifted.Length; i++) shifted[i] = (float)(X[i] + left);
            x = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(shifted);
        }
        return new GlyphRunItem(Face, SizePt, Glyphs, x, baselineY - BaselineShift, Text, Clusters, Color) { Source = Source };
    }
}
