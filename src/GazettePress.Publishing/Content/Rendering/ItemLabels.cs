using System.Text.RegularExpressions;

namespace GazettePress.Content.Rendering;

/// <summary>
/// Recognises the leading label of a paragraph (一、 （一） 1. （1） ① 1.1 第一条) to know its item level.
/// Only used for styling: the text itself, numbers included, is never changed.
/// </summary>
public static partial class ItemLabels
{
    private const string Hanzi = "一二三四五六七八九十百千零〇两";

    [GeneratedRegex($"^第[{Hanzi}0-9]+条")]
    private static partial Regex Article();

    [GeneratedRegex($"^第[{Hanzi}0-9]+章")]
    private static partial Regex Chapter();

    // "三、四级预警" starts with a list of numbers, not with a label.
    [GeneratedRegex($"^[{Hanzi}]+、(?![{Hanzi}]+[、级类等档批])")]
    private static partial Regex Level1();

    [GeneratedRegex($"^[（(][{Hanzi}]+[）)]")]
    private static partial Regex Level2();

    // A decimal label is followed by a space or by text, but not by a unit (2.5万元 is an amount, not a label).
    [GeneratedRegex(@"^(?<segments>[0-9]+(?:[.．][0-9]+)+)(?=[\s\u3000]|$|(?![万亿元倍个米])[\u4E00-\u9FFF])")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^[0-9]+[.．、](?![0-9])")]
    private static partial Regex Level3();

    [GeneratedRegex(@"^[（(][0-9]+[）)]")]
    private static partial Regex Level4();

    [GeneratedRegex("^[\u2460-\u2473\u3251-\u325F]")]
    private static partial Regex Level5();

    /// <summary>The item level 1–5 of a paragraph's leading label, or 0 when it has none.</summary>
    public static int ItemLevel(string text)
    {
        var start = TrimLead(text);
        if (Level1().IsMatch(start)) return 1;
        if (Level2().IsMatch(start)) return 2;
        var decimalMatch = Decimal().Match(start);
        if (decimalMatch.Success)
        {
            // 1.1 → 2, 1.1.1 → 3, 4.1.2.1 → 4, deeper → 5: the number of segments is the depth.
            var segments = decimalMatch.Groups["segments"].Value.Split('.', '．').Length;
            return Math.Min(segments, 5);
        }
        if (Level3().IsMatch(start)) return 3;
        if (Level4().IsMatch(start)) return 4;
        if (Level5().IsMatch(start)) return 5;
        return 0;
    }

    public static bool IsArticle(string text) => Article().IsMatch(TrimLead(text));

    public static bool IsChapter(string text) => Chapter().IsMatch(TrimLead(text));

    /// <summary>The class attribute of a body paragraph, or null.</summary>
    public static string? ParagraphClass(string text)
    {
        if (IsArticle(text))
        {
            return "article";
        }
        var level = ItemLevel(text);
        return level == 0 ? null : $"item item-{level}";
    }

    private static string TrimLead(string text) => text.TrimStart(' ', '\t', '\u3000');
}
