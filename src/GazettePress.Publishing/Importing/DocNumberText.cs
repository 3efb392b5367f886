using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>
/// 文号 in its normalised printed form: issuer code, year in 〔〕, number, 号, no spaces
/// (晋市政办〔2025〕22号); or a government order 晋城市人民政府令第5号.
/// Extraction writes the year brackets as [] 【】 ［］ () and adds spaces; all are accepted.
/// </summary>
internal static partial class DocNumberText
{
    /// <summary>The normalised form, or null when <paramref name="text"/> is not a 文号.</summary>
    public static string? Normalize(string text)
    {
        var s = CjkText.FoldWidth(text).Replace(" ", "");
        // "(晋市政发〔2025〕11号)": the whole 文号 in brackets, as some TOCs and title pages print it.
        if (s.Length > 2 && s[0] is '(' or '（' && s[^1] is ')' or '）' && s[^2] == '号') s = s[1..^1];
        var m = Regular().Match(s);
        if (m.Success)
            return $"{m.Groups["code"].Value}〔{m.Groups["year"].Value}〕{int.Parse(m.Groups["n"].Value)}号";
        m = Order().Match(s);
        if (m.Success)
            return $"{m.Groups["issuer"].Value}第{int.Parse(m.Groups["n"].Value)}号";
        return null;
    }

    /// <summary>Finds a 文号 anywhere in a line (used for TOC entries).</summary>
    public static bool IsOrderNumberOnly(string text) => OrderNumberOnly().IsMatch(CjkText.FoldWidth(text).Replace(" ", ""));

    [GeneratedRegex(@"^(?<code>[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,20}?)[\[〔【［(（<〈]\s*(?<year>(?:19|20)\d{2})\s*[\]〕】］)）>〉](?:第)?(?<n>\d{1,4})号$")]
    private static partial Regex Regular();

    [GeneratedRegex(@"^(?<issuer>[\p{IsCJKUnifiedIdeographs}]{2,20}令)[(（]?第(?<n>\d{1,4})号[)）]?$")]
    private static partial Regex Order();

    [GeneratedRegex(@"^[(（]?第\d{1,4}号[)）]?$")]
    private static partial Regex OrderNumberOnly();
}
