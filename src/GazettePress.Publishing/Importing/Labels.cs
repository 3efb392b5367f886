using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>The kinds of numbering label a paragraph can start with, in their usual nesting order.</summary>
internal enum LabelKind
{
    None,
    Chapter,      // 第一章
    Section,      // 第一节
    Article,      // 第一条
    Han,          // 一、
    ParenHan,     // （一）
    Arabic,       // 1. 1、 1．
    Decimal2,     // 1.1
    Decimal3,     // 1.1.1
    Decimal4,     // 1.1.1.1
    ParenArabic,  // （1）
    Circled,      // ①
}

/// <summary>Recognises numbering labels at the start of a paragraph (text already cleaned or raw).</summary>
internal static partial class Labels
{
    public static LabelKind Of(string text, out int length)
    {
        length = 0;
        var s = text.TrimStart();
        if (s.Length == 0) return LabelKind.None;
        // Each kind starts with its own characters: only the patterns that can match are run.
        var first = s[0];
        Match m;
        if (first == '第' && (m = Chapter().Match(s)).Success) { length = m.Length; return m.Groups[1].Value == "章" ? LabelKind.Chapter : m.Groups[1].Value == "节" ? LabelKind.Section : LabelKind.Article; }
        if (HanDigits.Contains(first) && (m = Han().Match(s)).Success) { length = m.Length; return LabelKind.Han; }
        if (first is '(' or '（')
        {
            if ((m = ParenHan().Match(s)).Success) { length = m.Length; return LabelKind.ParenHan; }
            if ((m = ParenArabic().Match(s)).Success) { length = m.Length; return LabelKind.ParenArabic; }
            return LabelKind.None;
        }
        if (char.IsAsciiDigit(first))
        {
            if ((m = Decimal().Match(s)).Success)
            {
                length = m.Length;
                return m.Groups[1].Captures.Count switch { 1 => LabelKind.Decimal2, 2 => LabelKind.Decimal3, _ => LabelKind.Decimal4 };
            }
            if ((m = Arabic().Match(s)).Success) { length = m.Length; return LabelKind.Arabic; }
            return LabelKind.None;
        }
        if (first is >= '①' and <= '⑳') { length = 1; return LabelKind.Circled; }
        return LabelKind.None;
    }

    public static LabelKind Of(string text) => Of(text, out _);

    /// <summary>The label's own text: 第一条, 一、, （一）, 1.1.</summary>
    public static string Text(string text)
    {
        Of(text, out var length);
        return text.TrimStart()[..length].TrimEnd();
    }

    private const string HanDigits = "一二三四五六七八九十";

    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇0-9]{1,6}([章节条])")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex Han();

    [GeneratedRegex(@"^[(（][一二三四五六七八九十]{1,4}[)）]")]
    private static partial Regex ParenHan();

    [GeneratedRegex(@"^[0-9]{1,2}(\.[0-9]{1,2}){1,3}(?![0-9%])\.?")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^[0-9]{1,3}[.．、](?![0-9])")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^[(（][0-9]{1,3}[)）]")]
    private static partial Regex ParenArabic();
}
