using System.Text.RegularExpressions;
using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Text.Words;

/// <summary>
/// Line breaks for titles and TOC entries (CSS word-break: auto-phrase): the Chinese rules, and then
/// no break inside a word (<see cref="ChineseWords"/>), a date (2025年12月8日, 2025—2027年), a number,
/// a 文号 with its issuer code, or a bracketed phrase of up to <see cref="LongestKeptBracket"/>
/// characters (（试行）, （晋市政办〔2025〕22号）); inside 《…》 a break between words is a last resort, taken only when
/// the whole 《…》 does not fit a line.
/// </summary>
public sealed partial class PhraseBreakOpportunities(ILineBreakOpportunities inner, ChineseWords words) : ILineBreakOpportunities
{
    private const int LongestKeptBracket = 24;

    public ChineseWords Words => words;

    public void Find(string text, Span<BreakOpportunity> result)
    {
        inner.Find(text, result);
        foreach (var (start, length) in words.Words(text)) Forbid(result, start + 1, start + length);
        foreach (Match date in Dates().Matches(text)) Forbid(result, date.Index + 1, date.Index + date.Length);
        DocumentNumbers.KeepWhole(text, result);
        ForbidIssuerCodes(text, result);
        for (var i = 0; i < text.Length; i++)
        {
            var closing = text[i] switch { '（' => '）', '(' => ')', '〔' => '〕', '［' => '］', '《' => '》', _ => '\0' };
            if (closing == '\0') continue;
            var end = text.IndexOf(closing, i + 1);
            if (end < 0) continue;
            if (closing == '》') Weaken(result, i + 1, end + 1);
            else if (end - i <= LongestKeptBracket) Forbid(result, i + 1, end + 1);
        }
    }

    /// <summary>A 文号's issuer code stays with its year too: the last-resort breaks the running-text rules allow there go.</summary>
    private static void ForbidIssuerCodes(string text, Span<BreakOpportunity> result)
    {
        foreach (Match number in DocumentNumber().Matches(text)) Forbid(result, number.Index + 1, number.Index + number.Length);
    }

    private static void Forbid(Span<BreakOpportunity> result, int from, int to)
    {
        for (var p = from; p < to && p < result.Length - 1; p++)
            if (result[p] is BreakOpportunity.Allowed or BreakOpportunity.Emergency) result[p] = BreakOpportunity.Prohibited;
    }

    private static void Weaken(Span<BreakOpportunity> result, int from, int to)
    {
        for (var p = from; p < to && p < result.Length - 1; p++)
            if (result[p] == BreakOpportunity.Allowed) result[p] = BreakOpportunity.Emergency;
    }

    [GeneratedRegex(@"\d{4}\s*[—–\-－~～至]\s*\d{4}年|\d{4}年(\d{1,2}月(\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|\d+(\.\d+)?(%|％|万|亿|元|个|家|项|件|条|人|户)?")]
    private static partial Regex Dates();

    [GeneratedRegex(@"[\u3400-\u9FFF]{1,10}[〔［\[【(（]\d{4}[〕］\]】)）]\d+号")]
    private static partial Regex DocumentNumber();
}
