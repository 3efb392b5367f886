using GazettePress.Diagnostics;
using GazettePress.Publishing.Composition;

namespace GazettePress.Publishing.Tests.Composition;

/// <summary>
/// A monospaced stand-in for the text engine: a wide character is one em, anything else half an
/// em; lines break at any character. Enough to test flow, columns and page numbers exactly.
/// </summary>
internal sealed class FakeTextSetter : ITextSetter
{
    public int Calls { get; private set; }

    public SetParagraph Set(IReadOnlyList<InlineRun> runs, ParagraphFormat format)
    {
        Calls++;
        var chars = new List<(char C, double W, string? Link)>();
        foreach (var r in runs)
            foreach (var c in r.Text)
                chars.Add((c, (c >= '\u2E80' ? 1 : 0.5) * r.SizePt, r.Link));
        var size = runs.Count > 0 ? runs[0].SizePt : 10;
        var lines = new List<SetLine>();
        var start = 0;
        var x = format.FirstLineIndentPt;
        for (var i = 0; i <= chars.Count; i++)
        {
            var end = i == chars.Count;
            if (!end && x + chars[i].W <= format.WidthPt + 0.001) { x += chars[i].W; continue; }
            if (i == start && !end) { x += chars[i].W; continue; } // a character wider than the line
            lines.Add(MakeLine(chars, start, i, lines.Count == 0 ? format.FirstLineIndentPt : 0, format, size, end));
            start = i;
            x = end ? 0 : chars[i].W;
        }
        if (lines.Count == 0) lines.Add(MakeLine(chars, 0, 0, format.FirstLineIndentPt, format, size, true));
        return new SetParagraph(lines, Array.Empty<Diagnostic>());
    }

    private static FakeLine MakeLine(List<(char C, double W, string? Link)> chars, int start, int end, double indent, ParagraphFormat format, double size, bool last)
    {
        var width = 0.0;
        for (var i = start; i < end; i++) width += chars[i].W;
        var left = format.Align switch
        {
            TextAlign.Center => (format.WidthPt - width) / 2,
            TextAlign.Right => format.WidthPt - width,
            _ => indent,
        };
        var right = format.Align == TextAlign.Justify && !last ? format.WidthPt : left + width;
        var links = new List<LinkSpan>();
        var x = left;
        for (var i = start; i < end; i++)
        {
            if (chars[i].Link is { } link) links.Add(new LinkSpan(x, x + chars[i].W, link));
            x += chars[i].W;
        }
        // Merge adjacent spans of the same link.
        var merged = new List<LinkSpan>();
        foreach (var s in links)
        {
            if (merged.Count > 0 && merged[^1].Link == s.Link && Math.Abs(merged[^1].Right - s.Left) < 0.01) merged[^1] = merged[^1] with { Right = s.Right };
            else merged.Add(s);
        }
        var text = new string(chars.Skip(start).Take(end - start).Select(c => c.C).ToArray());
        return new FakeLine(format.LeadingPt, size * 0.88, left, right, start, end, merged, text);
    }
}

internal sealed class FakeLine(double leading, double ascent, double left, double right, int start, int end, IReadOnlyList<LinkSpan> links, string text) : SetLine
{
    public override double Leading => leading;
    public override double Ascent => ascent;
    public override double ContentLeft => left;
    public override double ContentRight => right;
    public override int TextStart => start;
    public override int TextEnd => end;
    public override IReadOnlyList<LinkSpan> Links => links;
    public override string Text => text;
}
