namespace GazettePress.Layout.Paragraphs;

public enum ParagraphAlignment
{
    /// <summary>Every line but the last fills the measure; the last line starts at the left.</summary>
    Justify,
    Left,
    Center,
    Right,
}

/// <summary>How a paragraph is set.</summary>
/// <param name="FirstLineIndentEm">Indent of the first line, in em of the paragraph's first run (2 em in Chinese body text).</param>
/// <param name="LeadingPt">Baseline-to-baseline distance; 0 means 1.5 × the largest size on the line.</param>
/// <param name="AvoidShortLastLine">Pull characters down so the last line never holds a single character.</param>
public sealed record ParagraphStyle(
    ParagraphAlignment Alignment = ParagraphAlignment.Justify,
    double FirstLineIndentEm = 2,
    double LeadingPt = 0,
    bool AvoidShortLastLine = true)
{
    /// <summary>Left indent of every line after the first, in points (a hanging indent under a label).</summary>
    public double HangingIndentPt { get; init; }

    /// <summary>
    /// The paragraph's first this many characters are a label (附件：1.): lines after the first start
    /// under the character that follows it (GB/T 9704's 附件说明). 0: no label.
    /// </summary>
    public int HangingLabelChars { get; init; }

    /// <summary>With a label: the label padded to this width (points), so label–value lines start their values at one x.</summary>
    public double LabelWidthPt { get; init; }

    /// <summary>The fewest letters the last line of a paragraph of several lines may hold (when <see cref="AvoidShortLastLine"/>); titles ask 3.</summary>
    public int MinLastLineLetters { get; init; } = 2;

    /// <summary>Break only between words, never inside a word, date, number, 文号 or short bracketed phrase (CSS word-break: auto-phrase).</summary>
    public bool KeepWords { get; init; }

    /// <summary>Lines of about equal length, set at the narrowest measure that needs no more lines (CSS text-wrap: balance).</summary>
    public bool Balance { get; init; }

    internal int ShortestLastLine => AvoidShortLastLine ? Math.Max(2, MinLastLineLetters) : 0;

    public static ParagraphStyle Body { get; } = new();
    public static ParagraphStyle Centered { get; } = new(ParagraphAlignment.Center, 0);
}
