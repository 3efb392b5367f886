using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>A 文号 found inside a longer text: where it starts, how long it is, its normalised form.</summary>
internal readonly record struct DocNumberMatch(int Index, int Length, string Number, bool Repaired);

/// <summary>
/// 文号 in its normalised printed form: issuer code, year in 〔〕, number, 号, no spaces
/// (晋市政办〔2025〕22号); or a government order 晋城市人民政府令第5号.
/// Extraction writes the year brackets as [] 【】 ［］ () and adds spaces; OCR reads 0 as O and 1 as l
/// or I inside the digits, and 号 as 號. All are accepted; a digit repair is reported as such.
/// </summary>
internal static partial class DocNumberText
{
    private static readonly string[] Kinds =
        ["通知", "决定", "意见", "公告", "通告", "通报", "批复", "报告", "办法", "规定", "细则", "方案", "命令", "函", "纪要", "决议", "规划", "预案", "规则", "措施", "清单", "目录", "标准"];

    /// <summary>The normalised form, or null when <paramref name="text"/> is not exactly a 文号.</summary>
    public static string? Normalize(string text) => Normalize(text, out _);

    public static string? Normalize(string text, out bool repaired)
    {
        repaired = false;
        if (!HasNumberMark(text)) return null;
        var s = CjkText.FoldWidth(text).Replace(" ", "");
        // "(晋市政发〔2025〕11号)": the whole 文号 in brackets, as some TOCs and title pages print it.
        if (s.Length > 2 && s[0] is '(' or '（' && s[^1] is ')' or '）' && s[^2] is '号' or '號') s = s[1..^1];
        var m = Regular().Match(s);
        if (m.Success && m.Index == 0 && m.Length == s.Length && Code(m.Groups["code"].Value) == m.Groups["code"].Value)
            return Build(m, ref repaired);
        m = Order().Match(s);
        if (m.Success)
            return $"{m.Groups["issuer"].Value}第{Digits(m.Groups["n"].Value, ref repaired)}号";
        return null;
    }

    /// <summary>The last 文号 inside a text (a TOC line, a title with its 文号 glued on), or null.</summary>
    public static DocNumberMatch? FindLast(string text)
    {
        if (!HasNumberMark(text)) return null;
        var s = CjkText.FoldWidth(text);
        Match? last = null;
        foreach (Match m in Regular().Matches(s)) last = m;
        if (last is not null)
        {
            var repaired = false;
            var raw = last.Groups["code"].Value;
            var code = Code(raw);
            var start = last.Index + raw.Length - code.Length;
            var number = $"{code}〔{Digits(last.Groups["year"].Value, ref repaired)}〕{Digits(last.Groups["n"].Value, ref repaired)}号";
            if (code.Length >= 2) return new DocNumberMatch(start, last.Index + last.Length - start, number, repaired);
        }
        var order = OrderInside().Match(s);
        if (order.Success)
        {
            var repaired = false;
            var raw = order.Groups["issuer"].Value;
            var issuer = Code(raw[..^5]) + "人民政府令";
            var start = order.Index + raw.Length - issuer.Length;
            var number = $"{issuer}第{Digits(order.Groups["n"].Value, ref repaired)}号";
            return new DocNumberMatch(start, order.Index + order.Length - start, number, repaired);
        }
        return null;
    }

    /// <summary>Every 文号 ends in 号 (or 號): a text without one is none, and the patterns need not run.</summary>
    private static bool HasNumberMark(string text) => text.AsSpan().IndexOfAny('号', '號') >= 0;

    /// <summary>第5号, (第 5 号): the number line of a government order printed under 某某人民政府令.</summary>
    public static bool IsOrderNumberOnly(string text) => OrderNumberOnly().IsMatch(CjkText.FoldWidth(text).Replace(" ", ""));

    /// <summary>Year and number of a 文号 (the part from 〔 on), for matching a misread issuer code.</summary>
    public static string? YearAndNumber(string number)
    {
        var i = number.IndexOf('〔');
        if (i >= 0) return number[i..];
        i = number.IndexOf("令第", StringComparison.Ordinal);
        return i >= 0 ? number[i..] : null;
    }

    private static string Build(Match m, ref bool repaired) =>
        $"{m.Groups["code"].Value}〔{Digits(m.Groups["year"].Value, ref repaired)}〕{Digits(m.Groups["n"].Value, ref repaired)}号";

    /// <summary>
    /// An issuer code read with the title glued before it (…的通知晋市政办) is cut after the title's
    /// 文种; a code is at most ten characters.
    /// </summary>
    private static string Code(string raw)
    {
        var cut = -1;
        foreach (var kind in Kinds)
        {
            var at = raw.LastIndexOf(kind, StringComparison.Ordinal);
            if (at >= 0 && at + kind.Length < raw.Length - 1) cut = Math.Max(cut, at + kind.Length);
        }
        var code = cut >= 0 ? raw[cut..] : raw;
        if (code.StartsWith('的')) code = code[1..];
        return code.Length > 10 ? code[^10..] : code;
    }

    /// <summary>Digits as printed, with O/o read as 0 and l/I/| as 1; leading zeros dropped from numbers.</summary>
    private static string Digits(string s, ref bool repaired)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i] switch { 'O' or 'o' => '0', 'l' or 'I' or '|' => '1', var other => other };
            if (c != chars[i]) repaired = true;
            chars[i] = c;
        }
        var digits = new string(chars).TrimStart('0');
        return digits.Length == 0 ? "0" : digits;
    }

    [GeneratedRegex(@"(?<code>[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,16}?)\s*[\[〔【［(（<〈{「]\s*(?<year>(?:19|2[0O])[0-9OolI]{2})\s*[\]〕】］)）>〉}」]\s*(?:第\s*)?(?<n>[0-9OolI|]{1,4})\s*[号號]")]
    private static partial Regex Regular();

    [GeneratedRegex(@"^(?<issuer>[\p{IsCJKUnifiedIdeographs}]{2,20}令)[(（]?第(?<n>[0-9OolI]{1,4})[号號][)）]?$")]
    private static partial Regex Order();

    [GeneratedRegex(@"(?<issuer>[\p{IsCJKUnifiedIdeographs}]{2,16}?[省市县区州旗盟]人民政府令)\s*[(（]?\s*第\s*(?<n>[0-9OolI]{1,4})\s*[号號]\s*[)）]?")]
    private static partial Regex OrderInside();

    [GeneratedRegex(@"^[(（]?第[0-9OolI]{1,4}[号號][)）]?$")]
    private static partial Regex OrderNumberOnly();
}
