using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;

namespace GazettePress.Layout.Text;

/// <summary>How a run of text looks: font role and weight, size, letter-spacing, colour.</summary>
/// <param name="LetterSpacingEm">Extra space after each character, in em (spaced titles such as 总　则).</param>
/// <param name="BaselineShiftPt">Raise (positive) or lower (negative) the run from the line's baseline: superscripts, subscripts.</param>
/// <param name="TabularFigures">Equal-width digits (OpenType tnum), for page numbers that change between passes.</param>
public sealed record TextStyle(FontRole Role, bool Bold, double SizePt, double LetterSpacingEm = 0, PaintColor Color = default,
    double BaselineShiftPt = 0, bool TabularFigures = false)
{
    /// <summary>Body text: song, 五号 (10.5 pt), black.</summary>
    public static TextStyle Body { get; } = new(FontRole.Song, false, 10.5);

    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };
    public TextStyle WithSize(double sizePt) => this with { SizePt = sizePt };
}

/// <summary>
/// One piece of a paragraph's text in one style. <paramref name="Link"/> and <paramref name="Source"/>
/// are carried through to the laid-out glyph runs, so the flow can make link rectangles and every
/// painted run names the element it came from; <paramref name="Location"/> is where the text came
/// from, for diagnostics.
/// </summary>
public sealed record TextRun(string Text, TextStyle Style, InlineLink? Link = null, ElementRef? Source = null,
    GazettePress.Diagnostics.SourceLocation Location = default);

/// <summary>A run's link: where it goes and the link element (an &lt;a&gt;) it belongs to.</summary>
public sealed record InlineLink(LinkTarget Target, ElementRef? Source = null);

/// <summary>Chinese font sizes in 号 and their point values.</summary>
public static class ChineseFontSizes
{
    private static readonly (string Name, double Points)[] Sizes =
    {
        ("初号", 42), ("小初", 36), ("一号", 26), ("小一", 24), ("二号", 22), ("小二", 18),
        ("三号", 16), ("小三", 15), ("四号", 14), ("小四", 12), ("五号", 10.5), ("小五", 9),
        ("六号", 7.5), ("小六", 6.5), ("七号", 5.5), ("八号", 5),
    };

    public static IReadOnlyList<(string Name, double Points)> All => Sizes;

    /// <summary>Parses "五号", "小四", "12", "12pt" or "10.5 pt".</summary>
    public static bool TryParse(string text, out double points)
    {
        var s = text.Trim();
        foreach (var (name, value) in Sizes)
            if (s == name) { points = value; return true; }
        if (s.EndsWith("pt", StringComparison.OrdinalIgnoreCase)) s = s[..^2].TrimEnd();
        return double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out points)
               && points > 0 && points < 1000;
    }

    public static double Parse(string text) =>
        TryParse(text, out var points) ? points : throw new FormatException($"not a font size: '{text}' (use a 号 name such as 五号 or points such as 10.5pt)");
}
