namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>
/// Keeps a range of numbers joined by one dash or wave on one line: 2025—2027, 2025–2027, 1～3, 3—5年.
/// The digits on both sides of the mark stay with it; what comes before the first number and after the
/// last breaks as usual. Two dashes (——, a 破折号) are not a range and keep their own rule.
/// </summary>
internal static class NumberRanges
{
    public static void KeepWhole(ReadOnlySpan<char> text, Span<BreakOpportunity> result)
    {
        for (var index = 1; index + 1 < text.Length; index++)
        {
            if (IsRangeMark(text[index])
                && ChineseCharacters.IsDigit(text[index - 1])
                && ChineseCharacters.IsDigit(text[index + 1]))
            {
                Prohibit(result, index);
                Prohibit(result, index + 1);
            }
        }
    }

    /// <summary>
    /// Hyphen, figure dash, en dash, em dash, horizontal bar, full-width hyphen-minus, tilde, wave dash and
    /// full-width tilde: the marks written between the ends of a range.
    /// </summary>
    private static bool IsRangeMark(char c) =>
        c is '-' or '~' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\uFF0D' or '\u301C' or '\uFF5E';

    private static void Prohibit(Span<BreakOpportunity> result, int position)
    {
        if (result[position] == BreakOpportunity.Allowed)
        {
            result[position] = BreakOpportunity.Prohibited;
        }
    }
}
