using System.Text;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Text;

namespace GazettePress.Publishing.Composition;

/// <summary>How the restricted XHTML's inline content becomes the layout engine's styled runs.</summary>
internal static class InlineText
{
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

    /// <summary>
    /// The text style of an element's text. Superscripts and subscripts are smaller, and raised or
    /// lowered by a share of their reduced size, so that m² and PM₂.₅ read as in print.
    /// </summary>
    public static TextStyle Style(ComputedStyle style)
    {
        var size = style.VerticalShift != 0 ? style.SizePt * 0.65 : style.SizePt;
        var shift = style.VerticalShift switch { > 0 => size * 0.55, < 0 => -size * 0.25, _ => 0 };
        return new TextStyle(Role(style.FontRole), style.Bold, size, style.LetterSpacingEm, Color(style.Color), shift);
    }

    private static bool IsWide(char c) => c >= '\u2E80' || (c >= '\u2000' && c <= '\u206F');

    /// <summary>
    /// XHTML whitespace the way Chinese text wants it: runs of spaces collapse, and a space next to a
    /// Han character or full-width mark (a line break in the template) disappears. Returns the runs and,
    /// per character of their text (plus one for the end), its offset in the raw text, given each
    /// run's raw start in <paramref name="rawStarts"/> (a "\n" run for &lt;br/&gt; has no raw length).
    /// </summary>
    public static (List<TextRun> Runs, int[] ToRaw) NormalizeWhitespace(IReadOnlyList<TextRun> runs, IReadOnlyList<int>? rawStarts = null)
    {
        var all = new StringBuilder();
        foreach (var r in runs) all.Append(r.Text);
        var text = all.ToString();
        var raw = new int[text.Length + 1];
        var at = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var start = rawStarts?[r] ?? at;
            var isBreak = runs[r].Text == "\n";
            for (var k = 0; k < runs[r].Text.Length; k++) raw[at + k] = isBreak ? start : start + k;
            at += runs[r].Text.Length;
        }
        raw[text.Length] = text.Length == 0 ? 0 : raw[text.Length - 1] + 1;
        var keep = new bool[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ') { keep[i] = true; continue; }
            var prev = i - 1;
            while (prev >= 0 && !keep[prev] && text[prev] == ' ') prev--;
            var next = i + 1;
            while (next < text.Length && text[next] == ' ') next++;
            var prevChar = prev >= 0 && keep[prev] ? text[prev] : '\n';
            var nextChar = next < text.Length ? text[next] : '\n';
            var prevKeptIsSpace = i > 0 && text[i - 1] == ' ' && keep[i - 1];
            keep[i] = !(prevChar == '\n' || nextChar == '\n' || prevKeptIsSpace || IsWide(prevChar) || IsWide(nextChar));
        }
        var result = new List<TextRun>();
        var toRaw = new List<int>(text.Length + 1);
        var pos = 0;
        foreach (var r in runs)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < r.Text.Length; i++, pos++)
            {
                if (!keep[pos]) continue;
                sb.Append(text[pos]);
                toRaw.Add(raw[pos]);
            }
            if (sb.Length == 0) continue;
            var piece = sb.ToString();
            if (result.Count > 0 && SameFormat(result[^1], r)) result[^1] = result[^1] with { Text = result[^1].Text + piece };
            else result.Add(r with { Text = piece });
        }
        toRaw.Add(raw[text.Length]);
        return (result, toRaw.ToArray());
    }

    private static bool SameFormat(TextRun a, TextRun b) => a with { Text = "" } == b with { Text = "" };
}
