using System.Text;
using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>
/// Repair pass: half-width , ( ) : ; ? ! " that extraction left in Chinese text become the
/// full-width marks the gazette printed. Only marks with Chinese on at least one side change;
/// URLs, e-mail addresses, times (9:00), numbers (1,000 2.5), standards (GB/T 41648-2022) and
/// purely Latin or numeric runs such as (0356)2198496 are left exactly as they are.
/// </summary>
internal static partial class PunctuationWidener
{
    public static string Widen(string text) => Widen(text, out _);

    public static string Widen(string text, out int changes)
    {
        // Widened brackets make their neighbours Chinese context too ("）;"), so run to a fixed point.
        changes = 0;
        if (text.AsSpan().IndexOfAny(HalfWidthMarks) < 0) return text;
        // Widening changes no character a protected span is made of, so the spans hold for every pass.
        var isProtected = ProtectedSpans(text);
        for (var pass = 0; pass < 3; pass++)
        {
            text = WidenOnce(text, isProtected, out var n);
            changes += n;
            if (n == 0) break;
        }
        return text;
    }

    /// <summary>The half-width marks this pass may widen: a line without any is returned as it is.</summary>
    private static readonly System.Buffers.SearchValues<char> HalfWidthMarks = System.Buffers.SearchValues.Create(",:;?!()\"");

    private static string WidenOnce(string text, bool[]? isProtected, out int changes)
    {
        changes = 0;
        var first = text.AsSpan().IndexOfAny(HalfWidthMarks);
        if (first < 0) return text;
        // Only the marks are visited; the bracket pairs are matched when a line has a half-width bracket.
        int[]? parenPartner = null;
        char[]? chars = null;
        var quoteOpen = true;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!HalfWidthMarks.Contains(c) || isProtected is not null && isProtected[i]) continue;
            char? wide;
            if (c is '(' or ')')
            {
                parenPartner ??= MatchParentheses(text, isProtected);
                wide = ParenIsChinese(text, i, parenPartner[i]) ? (c == '(' ? '（' : '）') : null;
            }
            else
            {
                var cjkSide = CjkText.IsCjk(Neighbour(text, i, -1)) || CjkText.IsCjk(Neighbour(text, i, +1));
                wide = c switch
                {
                    ',' when !(IsDigitAt(text, i - 1) && IsDigitAt(text, i + 1)) && cjkSide => '，',
                    ':' when !(IsDigitAt(text, i - 1) && IsDigitAt(text, i + 1)) && cjkSide => '：',
                    ';' when cjkSide => '；',
                    '?' when cjkSide => '？',
                    '!' when cjkSide => '！',
                    '"' when cjkSide => quoteOpen ? '“' : '”',
                    _ => null,
                };
            }
            if (c == '"' && wide is not null) quoteOpen = !quoteOpen;
            if (wide is { } w)
            {
                chars ??= text.ToCharArray();
                chars[i] = w;
                changes++;
            }
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>Nearest character on one side, skipping spaces; '\0' at the ends.</summary>
    private static char Neighbour(string s, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < s.Length; j += step)
            if (s[j] != ' ') return s[j];
        return '\0';
    }

    private static bool IsDigitAt(string s, int i) => i >= 0 && i < s.Length && char.IsAsciiDigit(s[i]);

    /// <summary>A bracket pair is Chinese when it holds Chinese or touches Chinese on its outer side.</summary>
    private static bool ParenIsChinese(string s, int i, int partner)
    {
        if (partner < 0)
            return CjkText.IsCjk(Neighbour(s, i, -1)) || CjkText.IsCjk(Neighbour(s, i, +1));
        var open = Math.Min(i, partner);
        var close = Math.Max(i, partner);
        return CjkText.ContainsIdeograph(s[(open + 1)..close])
            || CjkText.IsIdeograph(Neighbour(s, open, -1))
            || CjkText.IsIdeograph(Neighbour(s, close, +1))
            || s.AsSpan(open + 1, close - open - 1).ContainsAny("（）〔〕【】《》“”");
    }

    private static int[] MatchParentheses(string s, bool[]? isProtected)
    {
        var partner = new int[s.Length];
        Array.Fill(partner, -1);
        var open = new Stack<int>();
        for (var i = 0; i < s.Length; i++)
        {
            if (isProtected is not null && isProtected[i]) continue;
            if (s[i] is '(' or '（') open.Push(i);
            else if (s[i] is ')' or '）' && open.Count > 0)
            {
                var j = open.Pop();
                partner[i] = j;
                partner[j] = i;
            }
        }
        return partner;
    }

    /// <summary>The characters inside URLs, addresses, times and standard numbers; null when the line holds none.</summary>
    private static bool[]? ProtectedSpans(string s)
    {
        // Everything protected holds a Latin letter, an @ or a colon between digits: most Chinese lines hold none.
        var latin = false;
        foreach (var c in s)
            if (char.IsAsciiLetter(c) || c is '@' or ':') { latin = true; break; }
        if (!latin) return null;
        var mask = new bool[s.Length];
        foreach (Match m in Untouchable().Matches(s))
            for (var i = m.Index; i < m.Index + m.Length; i++) mask[i] = true;
        return mask;
    }

    /// <summary>URLs, e-mail addresses, times and standard numbers: never changed.</summary>
    [GeneratedRegex(@"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+|www\.[A-Za-z0-9\-._~/?#=&%]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}|\b[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\b|\b[A-Z]{1,4}(?:/[A-Z]{1,3})?\s?[0-9]+(?:\.[0-9]+)*(?:[-—][0-9]{4})?")]
    private static partial Regex Untouchable();
}
