namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>
/// Finds where lines may break in a text. <see cref="Uax14"/> is the Unicode line breaking algorithm
/// untailored (conformance-tested against LineBreakTest.txt); <see cref="Chinese"/> layers the mainland
/// Chinese rules of clreq and GB/T 15834 on top (kinsoku, unbreakable dashes and ellipses, whole
/// numbers, URLs and 文号).
/// </summary>
public sealed class LineBreaker
{
    private readonly bool chinese;

    private LineBreaker(bool chinese)
    {
        this.chinese = chinese;
    }

    /// <summary>UAX #14 (Unicode 15.0) with the number rule of its Example 7, exactly as LineBreakTest.txt checks it.</summary>
    public static LineBreaker Uax14 { get; } = new(chinese: false);

    /// <summary>UAX #14 tailored for Simplified Chinese as clreq and GB/T 15834 describe; see <see cref="ChineseTailoring"/>.</summary>
    public static LineBreaker Chinese { get; } = new(chinese: true);

    /// <summary>
    /// The break opportunity before every UTF-16 position 0..text.Length: entry i says whether a line may
    /// end just before text[i]. Entry 0 is always <see cref="BreakOpportunity.Prohibited"/>, the last entry
    /// (end of text) <see cref="BreakOpportunity.Mandatory"/> for non-empty text, and the position between
    /// the halves of a surrogate pair is never a break.
    /// </summary>
    public BreakOpportunity[] BreakOpportunities(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new BreakOpportunity[text.Length + 1];
        BreakOpportunities(text, result);
        return result;
    }

    /// <summary>As <see cref="BreakOpportunities(string)"/>, into a caller's buffer of length text.Length + 1.</summary>
    public void BreakOpportunities(ReadOnlySpan<char> text, Span<BreakOpportunity> result)
    {
        if (chinese)
        {
            Uax14Algorithm.Compute(text, result, default(ChineseClassifier));
            ChineseTailoring.Apply(text, result);
        }
        else
        {
            Uax14Algorithm.Compute(text, result, default(UnicodeClassifier));
        }
    }

    /// <summary>The Line_Break class Unicode gives a code point (before any resolution or tailoring).</summary>
    public static LineBreakClass ClassOf(int codePoint) => LineBreakData.ClassOf(LineBreakData.Lookup(codePoint));
}
