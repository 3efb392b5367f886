using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Text;

/// <summary>
/// Finds where lines may break (an interface so tests can substitute rules). <c>result[i]</c> describes the position before <c>text[i]</c>;
/// <c>result</c> has <c>text.Length + 1</c> entries and the last one is the end of the text.
/// </summary>
public interface ILineBreakOpportunities
{
    void Find(string text, Span<BreakOpportunity> result);
}

/// <summary>UAX #14 with the mainland Chinese tailoring (clreq, GB/T 15834).</summary>
public sealed class ChineseLineBreakOpportunities : ILineBreakOpportunities
{
    public static ChineseLineBreakOpportunities Instance { get; } = new();

    public void Find(string text, Span<BreakOpportunity> result) => LineBreaker.Chinese.BreakOpportunities(text, result);
}

internal static class CharExtensions
{
    /// <summary>The code point at <paramref name="index"/>; a lone surrogate reads as U+FFFD.</summary>
    public static int ConvertToUtf32OrReplacement(this string text, int index, out int width)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }
        width = 1;
        return char.IsSurrogate(c) ? 0xFFFD : c;
    }
}
