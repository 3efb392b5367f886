using GazettePress.Diagnostics;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Text;
using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Paragraphs;

/// <summary>
/// One shaped character (a HarfBuzz cluster) with everything line breaking needs: its natural
/// advance, the blank halves of full-width punctuation and how much of them adjacency already
/// removed, the fixed space before it, and whether a line may break or stretch before it.
/// </summary>
internal struct Unit
{
    public int TextStart, TextEnd;
    public int GlyphStart, GlyphEnd;
    public int RunIndex;
    public FontFace Face;
    public CharKind Kind;
    public double Em;
    public double Advance;
    /// <summary>The blank half (or quarters) of a full-width punctuation mark.</summary>
    public double BlankLeft, BlankRight;
    /// <summary>Blank removed because a neighbouring mark is adjacent (。” → 1.5 em).</summary>
    public double TrimLeft, TrimRight;
    /// <summary>Fixed space between the previous unit and this one when both are on one line.</summary>
    public double GapBefore;
    public bool StretchBefore;
    public BreakOpportunity BreakBefore;

    public readonly double SetWidth => Advance - TrimLeft - TrimRight;
    public readonly double FreeLeft => BlankLeft - TrimLeft;
    public readonly double FreeRight => BlankRight - TrimRight;
    public readonly bool IsBlank => Kind is CharKind.Space or CharKind.NewLine;
    /// <summary>A character that counts for the short-last-line rule (not punctuation or space).</summary>
    public readonly bool IsLetter => Kind is CharKind.Han or CharKind.Latin or CharKind.Other;
}

/// <summary>A paragraph turned into units and glyphs, ready for line breaking.</summary>
internal sealed class PreparedParagraph
{
    public required string Text { get; init; }
    public required IReadOnlyList<TextRun> Runs { get; init; }
    public required Unit[] Units { get; init; }
    public required ushort[] Glyphs { get; init; }
    /// <summary>Glyph origin relative to its unit's origin, in points.</summary>
    public required float[] GlyphX { get; init; }
    /// <summary>Paragraph text index of each glyph's character.</summary>
    public required int[] GlyphCluster { get; init; }
    public required List<Diagnostic> Diagnostics { get; init; }

    private const double FullWidthThreshold = 0.9;

    public static PreparedParagraph Prepare(IReadOnlyList<TextRun> runs, FontRegistry fonts, TextShaper shaper,
        ILineBreakOpportunities breaker)
    {
        var text = string.Concat(runs.Select(r => r.Text));
        var breaks = new BreakOpportunity[text.Length + 1];
        breaker.Find(text, breaks);

        var units = new List<Unit>(text.Length);
        var glyphs = new List<ushort>(text.Length);
        var glyphX = new List<float>(text.Length);
        var glyphCluster = new List<int>(text.Length);
        var diagnostics = new List<Diagnostic>();

        int runStart = 0;
        for (int r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var chain = fonts.Resolve(run.Style.Role, run.Style.Bold);
            var s = run.Text;
            FontFace? segmentFace = null;
            int segmentStart = 0;
            for (int i = 0; i < s.Length;)
            {
                int cp = s.ConvertToUtf32OrReplacement(i, out int width);
                var face = CharKinds.Of(cp) is CharKind.NewLine ? segmentFace ?? chain.Primary : chain.FaceFor(cp);
                if (face != segmentFace)
                {
                    if (segmentFace is not null)
                        AddSegment(segmentFace, r, runStart, segmentStart, i);
                    segmentFace = face;
                    segmentStart = i;
                }
                if (face is null)
                {
                    diagnostics.Add(MissingGlyph(cp, chain, run, i));
                    segmentStart = i + width;
                }
                i += width;
            }
            if (segmentFace is not null)
                AddSegment(segmentFace, r, runStart, segmentStart, s.Length);
            runStart += s.Length;
        }

        void AddSegment(FontFace face, int runIndex, int runOffset, int start, int end)
        {
            if (end <= start) return;
            var run = runs[runIndex];
            var segment = shaper.Shape(face, run.Text.Substring(start, end - start), run.Style.TabularFigures);
            double scale = run.Style.SizePt / face.UnitsPerEm;
            int g = 0;
            while (g < segment.Glyphs.Length)
            {
                int cluster = segment.Clusters[g];
                int gEnd = g;
                double pen = 0;
                while (gEnd < segment.Glyphs.Length && segment.Clusters[gEnd] == cluster)
                {
                    glyphs.Add(segment.Glyphs[gEnd]);
                    glyphX.Add((float)((pen + segment.XOffsets[gEnd]) * scale));
                    glyphCluster.Add(runOffset + start + cluster);
                    pen += segment.Advances[gEnd];
                    gEnd++;
                }
                int clusterEnd = gEnd < segment.Glyphs.Length ? segment.Clusters[gEnd] : end - start;
                int textStart = runOffset + start + cluster;
                int cp = text.ConvertToUtf32OrReplacement(textStart, out _);
                var kind = CharKinds.Of(cp);
                double em = run.Style.SizePt;
                double advance = pen * scale;
                if (run.Style.TabularFigures && cp is >= '0' and <= '9' && gEnd - g == 1)
                {
                    // Fonts without tnum: centre the digit in the widest digit's cell.
                    double cell = face.TabularDigitAdvanceEm * em;
                    glyphX[^1] += (float)((cell - advance) / 2);
                    advance = cell;
                }
                var unit = new Unit
                {
                    TextStart = textStart,
                    TextEnd = runOffset + start + clusterEnd,
                    GlyphStart = glyphs.Count - (gEnd - g),
                    GlyphEnd = glyphs.Count,
                    RunIndex = runIndex,
                    Face = face,
                    Kind = kind,
                    Em = em,
                    Advance = kind == CharKind.NewLine ? 0 : advance,
                    BreakBefore = breaks[textStart],
                };
                if (CharKinds.IsCompressible(kind) && advance >= FullWidthThreshold * em)
                {
                    if (kind == CharKind.Opening) unit.BlankLeft = em / 2;
                    else if (kind == CharKind.Closing) unit.BlankRight = em / 2;
                    else unit.BlankLeft = unit.BlankRight = em / 4;
                }
                if (kind == CharKind.NewLine) unit.GlyphStart = unit.GlyphEnd; // nothing to draw
                units.Add(unit);
                g = gEnd;
            }
        }

        var array = units.ToArray();
        ApplyNeighbourRules(array, runs);
        return new PreparedParagraph
        {
            Text = text,
            Runs = runs,
            Units = array,
            Glyphs = glyphs.ToArray(),
            GlyphX = glyphX.ToArray(),
            GlyphCluster = glyphCluster.ToArray(),
            Diagnostics = diagnostics,
        };
    }

    /// <summary>Adjacent punctuation compression, Han–Latin spacing, letter-spacing and stretch points.</summary>
    private static void ApplyNeighbourRules(Unit[] units, IReadOnlyList<TextRun> runs)
    {
        for (int i = 1; i < units.Length; i++)
        {
            ref var a = ref units[i - 1];
            ref var b = ref units[i];
            bool aMark = a.BlankLeft > 0 || a.BlankRight > 0;
            bool bMark = b.BlankLeft > 0 || b.BlankRight > 0;
            // Two full-width marks side by side: drop one blank half (。” ）， 》、 “《 → 1.5 em).
            if (aMark && bMark)
            {
                if (a.FreeRight > 0) a.TrimRight = a.BlankRight;
                else if (b.FreeLeft > 0) b.TrimLeft = b.BlankLeft;
            }
            // A quarter em between Han and Latin letters or digits.
            if ((a.Kind == CharKind.Han && b.Kind == CharKind.Latin) || (a.Kind == CharKind.Latin && b.Kind == CharKind.Han))
                b.GapBefore += (a.Kind == CharKind.Han ? a.Em : b.Em) / 4;
            if (a.Kind != CharKind.NewLine)
                b.GapBefore += runs[a.RunIndex].Style.LetterSpacingEm * a.Em;
            b.StretchBefore = !(CharKinds.IsWordPart(a.Kind) && CharKinds.IsWordPart(b.Kind))
                              && !(a.Kind == b.Kind && a.Kind is CharKind.Dash or CharKind.Ellipsis)
                              && a.Kind != CharKind.NewLine && b.Kind != CharKind.NewLine;
        }
    }

    private static Diagnostic MissingGlyph(int cp, FontChain chain, TextRun run, int offsetInRun)
    {
        var where = run.Location.File is null ? SourceLocation.None : run.Location;
        if (where.Line > 0 && where.Column > 0)
            where = where with { Column = where.Column + offsetInRun };
        var ch = char.ConvertFromUtf32(cp);
        return Diagnostic.Create(LayoutMessages.GlyphMissing, where,
            ("char", ch), ("codepoint", cp.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)),
            ("chain", string.Join(" → ", chain.Faces.Select(f => f.DisplayName))));
    }
}
