using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;

namespace GazettePress.Publishing.Composition;

/// <summary>The composer's view of the layout engine: styled runs in, engine lines out.</summary>
public sealed class EngineTextSetter(ParagraphLayouter layouter) : ITextSetter
{
    public SetParagraph Set(IReadOnlyList<InlineRun> runs, ParagraphFormat format)
    {
        var textRuns = runs.Select(r => new TextRun(r.Text, new TextStyle(Role(r.FontRole), r.Bold, r.SizePt, r.LetterSpacingEm, Color(r.Color), BaselineShift(r)), r.Link)).ToArray();
        var firstSize = runs.Count > 0 ? runs[0].SizePt : 10.5;
        var style = new ParagraphStyle(Align(format.Align), format.FirstLineIndentPt / firstSize, format.LeadingPt);
        var layout = layouter.Layout(textRuns, style, format.WidthPt);
        var lines = layout.Lines.Select(l => (SetLine)new EngineLine(l)).ToArray();
        return new SetParagraph(lines, layout.Diagnostics);
    }

    public static FontRole Role(string name) => name switch
    {
        "hei" => FontRole.Hei,
        "kai" => FontRole.Kai,
        "fangsong" => FontRole.FangSong,
        _ => FontRole.Song,
    };

    /// <summary>Neutral colours are gray (K only in print); anything else is RGB.</summary>
    public static PaintColor Color(uint rgb)
    {
        var r = (byte)(rgb >> 16);
        var g = (byte)(rgb >> 8);
        var b = (byte)rgb;
        return r == g && g == b ? PaintColor.Gray(1 - r / 255.0) : PaintColor.Rgb(r, g, b);
    }

    private static ParagraphAlignment Align(TextAlign a) => a switch
    {
        TextAlign.Left => ParagraphAlignment.Left,
        TextAlign.Center => ParagraphAlignment.Center,
        TextAlign.Right => ParagraphAlignment.Right,
        _ => ParagraphAlignment.Justify,
    };

    /// <summary>
    /// Superscripts are raised and subscripts lowered by a share of their (already reduced) size, so that m²
    /// and PM₂.₅ read as in print instead of only being smaller.
    /// </summary>
    private static double BaselineShift(InlineRun run) => run.VerticalShift switch
    {
        > 0 => run.SizePt * 0.55,
        < 0 => -run.SizePt * 0.25,
        _ => 0,
    };
}

/// <summary>An engine line seen through <see cref="SetLine"/>.</summary>
public sealed class EngineLine : SetLine
{
    public EngineLine(LayoutLine line)
    {
        Layout = line;
        var links = new List<LinkSpan>();
        foreach (var run in line.Runs)
        {
            if (run.LinkId is null) continue;
            if (links.Count > 0 && links[^1].Link == run.LinkId && run.Left - links[^1].Right < 1)
                links[^1] = links[^1] with { Right = Math.Max(links[^1].Right, run.Right) };
            else links.Add(new LinkSpan(run.Left, run.Right, run.LinkId));
        }
        Links = links;
    }

    public LayoutLine Layout { get; }
    public override double Leading => Layout.Leading;
    public override double Ascent => Layout.Ascent;
    public override double ContentRight => Layout.ContentRight;
    public override double ContentLeft => Layout.ContentLeft;
    public override int TextStart => Layout.TextStart;
    public override int TextEnd => Layout.TextEnd;
    public override IReadOnlyList<LinkSpan> Links { get; }
    public override string Text => Layout.ToString();
}
