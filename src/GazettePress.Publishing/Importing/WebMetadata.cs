using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>
/// The details a government website prints around a document (索引号, 发布机构, 成文日期, 发文字号,
/// 发布日期, 来源, 浏览次数, the 字体 大 中 小 and 打印 links), found in text saved from the page: the
/// lines, and the values a document can use (its 文号 and 成文日期).
/// </summary>
internal sealed record WebDetails(IReadOnlyList<SourceLine> Lines, IReadOnlyList<LabelValue> Pairs)
{
    /// <summary>The 文号 the page states (发文字号, or 文号/字号 when its value is one).</summary>
    public string? DocNumber => Pairs.Where(p => p.Label is "发文字号" or "文号" or "字号" or "文件编号")
        .Select(p => DocNumberText.Normalize(p.Value)).FirstOrDefault(n => n is not null);

    /// <summary>The date the document was written (成文日期, 发文日期) — never the date it was put online.</summary>
    public DateOnly? WrittenOn => Pairs.Where(p => p.Label is "成文日期" or "发文日期" or "印发日期")
        .Select(p => WebMetadata.Date(p.Value)).FirstOrDefault(d => d is not null);

    /// <summary>The issuers the page names (发布机构, 发文机关 …), or none.</summary>
    public IReadOnlyList<string> Issuers => Pairs.Where(p => p.Label is "发布机构" or "发文机关" or "发布机关" or "发文单位" or "发布单位")
        .Select(p => p.Value.Split(['、', ' ', '\u3000', '，'], StringSplitOptions.RemoveEmptyEntries))
        .FirstOrDefault(names => names.Length > 0 && names.All(n => DocumentParser.IsOrganisationLine(n))) ?? [];

    /// <summary>The lines as printed, for the review list (which is then the only place that holds them).</summary>
    public string Text => string.Join(" / ", Lines.Select(l => l.Text.Trim()));

    public int FirstLine => Lines[0].Number;

    public int LastLine => Lines[^1].Number;
}

/// <summary>
/// Recognises blocks of web-page details in extracted text. A block is a run of lines each made only
/// of known "label：value" pairs (several on a line, labels possibly letter-spaced: 标　　题：), page
/// links (【字体：大 中 小】【打印】【关闭】), and the values stacked under a label alone on its line
/// (发布机关： / 晋城市人民政府 / 晋城市财政局). A block counts only when it holds a label that a
/// document's own text never uses (索引号, 发布日期, 来源 beside them …), so a 联系人：… line of a
/// document is never taken for one.
/// </summary>
internal static partial class WebMetadata
{
    /// <summary>Labels only a web page prints: one of them makes a block.</summary>
    private static readonly HashSet<string> StrongLabels =
    [
        "索引号", "主题分类", "发布机构", "发文机关", "发文单位", "公开主体", "发布单位", "发布机关", "发文字号", "成文日期", "发文日期",
        "发布日期", "发布时间", "生效日期", "废止日期", "有效性", "时效性", "公开方式", "公开范围", "公文种类", "体裁分类", "组配分类",
        "主题词", "信息来源", "浏览次数", "访问次数", "点击次数", "阅读次数", "点击数", "浏览量", "文件编号", "印发日期", "公开属性",
    ];

    /// <summary>Labels a web page prints beside the strong ones; alone they could be a document's text.</summary>
    private static readonly HashSet<string> WeakLabels = ["标题", "名称", "文件名称", "来源", "作者", "文号", "字号", "编辑", "责任编辑", "分类"];

    private enum LineKind { Other, Details, BareLabel, Links, Value }

    /// <summary>The block of details that ends at <paramref name="end"/> (blank lines aside), within [<paramref name="from"/>, end), or null.</summary>
    public static WebDetails? BlockEndingAt(IReadOnlyList<SourceLine> lines, int from, int end)
    {
        var k = Lines.PreviousNonBlank(lines, end - 1, from);
        var start = -1;
        for (; k >= from; k = Lines.PreviousNonBlank(lines, k - 1, from))
        {
            var kind = Classify(lines[k].Text);
            if (kind == LineKind.Other) break;
            start = k;
        }
        // The block starts with details, a label or links: values at its top belong to the text above (a signature, a date).
        while (start >= 0 && start < end && (lines[start].IsBlank || Classify(lines[start].Text) == LineKind.Value)) start++;
        return start >= 0 && start < end ? Read(lines, start, end) : null;
    }

    /// <summary>The block of details that starts at <paramref name="from"/> (blank lines aside), before <paramref name="end"/>, or null.</summary>
    public static WebDetails? BlockStartingAt(IReadOnlyList<SourceLine> lines, int from, int end) =>
        BlockEnd(lines, from, end) is var stop && stop > from ? Read(lines, from, stop) : null;

    /// <summary>The index after the block of details that starts at <paramref name="from"/> (blank lines aside); from when there is none.</summary>
    public static int BlockEnd(IReadOnlyList<SourceLine> lines, int from, int end)
    {
        var stop = from;
        var underLabel = false;
        for (var k = from; k < end && k < lines.Count; k++)
        {
            if (lines[k].IsBlank) continue;
            var kind = Classify(lines[k].Text);
            if (kind == LineKind.Other || kind == LineKind.Value && !underLabel) break;
            underLabel = kind is LineKind.BareLabel or LineKind.Value;
            stop = k + 1;
        }
        return stop > from && Read(lines, from, stop) is not null ? stop : from;
    }

    /// <summary>Whether a line is (part of) web-page details: label–value pairs or page links.</summary>
    public static bool IsDetailsLine(string text) => Classify(text) is LineKind.Details or LineKind.BareLabel or LineKind.Links;

    private static WebDetails? Read(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        var block = new List<SourceLine>();
        var pairs = new List<LabelValue>();
        var strong = false;
        for (var k = start; k < end; k++)
        {
            if (lines[k].IsBlank) continue;
            block.Add(lines[k]);
            var text = LinksRemoved(lines[k].Text);
            switch (Classify(lines[k].Text))
            {
                case LineKind.Details or LineKind.BareLabel:
                    foreach (var (label, value) in Pairs(text))
                    {
                        strong |= StrongLabels.Contains(label) || label is "文号" or "字号" && DocNumberText.Normalize(value) is not null;
                        pairs.Add(new LabelValue(label, value));
                    }
                    break;
                case LineKind.Value when pairs.Count > 0:
                    // Values stacked under a label alone on its line: 发布机关： / 市政府 / 市财政局.
                    var names = SpaceNormalizer.RemoveStraySpaces(text.Trim());
                    pairs[^1] = pairs[^1] with { Value = pairs[^1].Value.Length == 0 ? names : pairs[^1].Value + "、" + names };
                    break;
            }
        }
        return strong && block.Count > 0 ? new WebDetails(block, pairs) : null;
    }

    private static LineKind Classify(string raw)
    {
        var t = raw.Trim();
        if (t.Length == 0 || t.Length > 200 || t.Contains('。')) return LineKind.Other;
        var text = LinksRemoved(t).Trim();
        if (text.Length == 0) return LineKind.Links;
        var pairs = Pairs(text);
        if (pairs.Count > 0) return pairs.Count == 1 && pairs[0].Value.Length == 0 ? LineKind.BareLabel : LineKind.Details;
        if (DocumentParser.IsOrganisationLine(SpaceNormalizer.RemoveStraySpaces(text)) || DocumentParser.IsDateLine(text)
            || DocNumberText.Normalize(text) is not null || Date(text) is not null)
            return LineKind.Value;
        return LineKind.Other;
    }

    /// <summary>The line's label–value pairs when it is made only of them and every label is a known one; empty otherwise.</summary>
    private static List<(string Label, string Value)> Pairs(string text)
    {
        var result = new List<(string, string)>();
        var matches = Label().Matches(text);
        if (matches.Count == 0 || matches[0].Index != 0) return result;
        for (var i = 0; i < matches.Count; i++)
        {
            var label = Compact(matches[i].Groups["label"].Value);
            if (!StrongLabels.Contains(label) && !WeakLabels.Contains(label)) return [];
            var valueStart = matches[i].Index + matches[i].Length;
            var valueEnd = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            result.Add((label, text[valueStart..valueEnd].Trim(' ', '\u3000', '\t')));
        }
        return result;
    }

    private static string LinksRemoved(string text) => text.Contains('字') || text.Contains('打') || text.Contains('关') || text.Contains('分') || text.Contains('收')
        ? PageLinks().Replace(text, " ")
        : text;

    private static string Compact(string s) => Regex.Replace(s, @"[\s\u3000]+", "");

    /// <summary>2024-02-10, 2024年02月10日, 2024/2/10 (a time after it allowed).</summary>
    public static DateOnly? Date(string value)
    {
        var m = DateValue().Match(CjkText.FoldWidth(value).Trim());
        return m.Success && MastheadParser.TryDate(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, out var d) ? d : null;
    }

    /// <summary>A known-looking label (2–6 ideographs, possibly letter-spaced) and its colon, at the start or after a space.</summary>
    [GeneratedRegex(@"(?<=^|[\s\u3000])(?<label>\p{IsCJKUnifiedIdeographs}(?:[\s\u3000]*\p{IsCJKUnifiedIdeographs}){1,5})[\s\u3000]*[:：]")]
    private static partial Regex Label();

    [GeneratedRegex(@"[【\[［]?\s*(?:字体|字号)\s*[:：]?\s*[【\[［]?\s*大\s*[】\]］]?\s*[【\[［]?\s*中\s*[】\]］]?\s*[【\[［]?\s*小\s*[】\]］]?\s*[】\]］]?|[【\[［]\s*(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部|保存)\s*[】\]］]|(?<=^|\s)(?:打印本页|关闭窗口|返回顶部|分享到[:：]?)(?=\s|$)")]
    private static partial Regex PageLinks();

    [GeneratedRegex(@"^((?:19|20)[0-9]{2})\s*[-年./]\s*([0-9]{1,2})\s*[-月./]\s*([0-9]{1,2})\s*日?(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$")]
    private static partial Regex DateValue();
}
