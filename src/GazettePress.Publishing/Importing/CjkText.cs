namespace GazettePress.Importing;

/// <summary>Character classes the repair passes need: what counts as Chinese text and Chinese punctuation.</summary>
internal static class CjkText
{
    public const char IdeographicSpace = '\u3000';

    public static bool IsIdeograph(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '〇';

    /// <summary>Full-width punctuation and brackets used in Chinese text.</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20'
            or >= '\uFF3B' and <= '\uFF40' or >= '\uFF5B' and <= '\uFF65'
            or '“' or '”' or '‘' or '’' or '—' or '…' or '·' or 'Ⅰ' or 'Ⅱ' or 'Ⅲ' or 'Ⅳ' or 'Ⅴ';

    public static bool IsCjk(char c) => IsIdeograph(c) || IsCjkPunctuation(c);

    public static bool ContainsIdeograph(string s)
    {
        foreach (var c in s)
            if (IsIdeograph(c)) return true;
        return false;
    }

    /// <summary>Sentence-final marks: a line ending in one of these is a finished paragraph.</summary>
    public static bool IsTerminal(char c) => c is '。' or '；' or '！' or '？' or '：' or '.' or ';' or '!' or '?' or ':' or '…';

    /// <summary>Only ideographs, letters and digits: used to compare titles across damaged copies.</summary>
    public static string Key(string s)
    {
        var chars = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
            if (IsIdeograph(c) || char.IsAsciiLetterOrDigit(c)) chars.Append(c);
        return chars.ToString();
    }

    /// <summary>Full-width digits and letters become ASCII; the ideographic space becomes a plain space.</summary>
    public static string FoldWidth(string s)
    {
        if (s.AsSpan().IndexOfAnyInRange('０', 'ｚ') < 0 && s.AsSpan().IndexOfAny('\u3000', '\u00A0', '\t') < 0) return s;
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ') chars[i] = (char)(c - 0xFEE0);
            else if (c is '\u3000' or '\u00A0' or '\t') chars[i] = ' ';
        }
        return new string(chars);
    }

    private const string ChineseDigits = "〇零一二三四五六七八九";

    /// <summary>Value of a Chinese numeral up to 九千九百九十九 (一, 十二, 二十一, 一百零五).</summary>
    public static int? ChineseNumber(string s)
    {
        if (s.Length == 0) return null;
        int total = 0, digit = -1;
        foreach (var c in s)
        {
            var d = ChineseDigits.IndexOf(c);
            if (d >= 0) { digit = d <= 1 ? 0 : d - 1; continue; }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0) return null;
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.Max(digit, 0);
    }
}
