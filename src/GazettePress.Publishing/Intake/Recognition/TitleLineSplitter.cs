using GazettePress.Importing;

namespace GazettePress.Intake.Recognition;

/// <summary>
/// A guess at the printed lines of a title given as one line (web pages): the issuer before 关于 on
/// a line of its own, the rest in lines of nearly equal length, never breaking inside a book title
/// 《》, quotes, brackets or a number. Always reported as a guess.
/// </summary>
internal static class TitleLineSplitter
{
    /// <summary>Characters of 二号 title type on one line of the gazette's title measure.</summary>
    public const int Capacity = 22;

    public static IReadOnlyList<string> Split(string title)
    {
        var lines = new List<string>();
        var rest = title;
        var about = title.IndexOf("关于", StringComparison.Ordinal);
        if (about > 1 && about <= Capacity && DocumentIssuer(title[..about]))
        {
            lines.Add(title[..about]);
            rest = title[about..];
        }
        var count = (rest.Length + Capacity - 1) / Capacity;
        var at = 0;
        for (var line = 1; line < count; line++)
        {
            var target = at + (rest.Length - at) / (count - line + 1);
            var best = -1;
            for (var d = 0; d < 8 && best < 0; d++)
            {
                if (CanBreak(rest, target - d)) best = target - d;
                else if (CanBreak(rest, target + d) && target + d - at <= Capacity) best = target + d;
            }
            if (best <= at) break;
            lines.Add(rest[at..best]);
            at = best;
        }
        lines.Add(rest[at..]);
        return lines;
    }

    private static bool DocumentIssuer(string s) =>
        s.EndsWith("政府", StringComparison.Ordinal) || s.EndsWith("办公室", StringComparison.Ordinal) || s.EndsWith("办公厅", StringComparison.Ordinal)
        || s.EndsWith("局", StringComparison.Ordinal) || s.EndsWith("委员会", StringComparison.Ordinal) || s.EndsWith("部门", StringComparison.Ordinal)
        || s.EndsWith("厅", StringComparison.Ordinal) || s.EndsWith("分区", StringComparison.Ordinal) || s.EndsWith("分行", StringComparison.Ordinal);

    /// <summary>A break before index <paramref name="i"/> is allowed: outside any bracket pair, not inside a number, not before closing punctuation.</summary>
    private static bool CanBreak(string s, int i)
    {
        if (i <= 1 || i >= s.Length - 1) return false;
        var depth = 0;
        for (var k = 0; k < i; k++)
        {
            if (s[k] is '《' or '“' or '（' or '〔' or '(' or '「') depth++;
            else if (s[k] is '》' or '”' or '）' or '〕' or ')' or '」') depth = Math.Max(0, depth - 1);
        }
        if (depth > 0) return false;
        if (char.IsAsciiLetterOrDigit(s[i - 1]) && char.IsAsciiLetterOrDigit(s[i])) return false;
        if (s[i] is '，' or '。' or '、' or '》' or '”' or '）' or '〕' or '的' || s[i - 1] is '《' or '“' or '（') return false;
        return CjkText.IsCjk(s[i]) || CjkText.IsCjk(s[i - 1]);
    }
}
