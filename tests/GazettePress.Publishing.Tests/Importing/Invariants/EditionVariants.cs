using System.Text.RegularExpressions;
using GazettePress.Importing;

namespace GazettePress.Publishing.Tests.Importing.Invariants;

/// <summary>
/// Hand-made edition variants of an issue, from a seed: the city's issue re-issued as a district or
/// county edition (other gazette name, issuers, 文号 codes, section names, quarterly numbering), and
/// the same issue as text saved from the government website (each document's page details — 索引号,
/// 发布机构, 发文字号, 发布日期, 来源, 浏览次数, 字体 大 中 小 — printed before its title or right after
/// its 文号), with label values stacked one name per line.
/// </summary>
internal static partial class EditionVariants
{
    private static readonly (string Name, string Code)[] Districts =
        [("晋城市城区", "城区"), ("泽州县", "泽"), ("高平市", "高"), ("阳城县", "阳"), ("沁水县", "沁"), ("陵川县", "陵")];

    /// <summary>The issue as a district edition: names, codes, sections and frequency replaced throughout.</summary>
    public static string District(string text, int seed)
    {
        var (name, code) = Districts[seed % Districts.Length];
        var level = name.EndsWith('县') ? "县" : name.EndsWith('区') ? "区" : "市";
        var s = text.Replace("晋城市人民政府", name + "人民政府").Replace("晋城军分区", name + "人民武装部").Replace("晋市", code)
            .Replace("【市政府文件】", $"【{level}政府文件】").Replace("【市政府办公室文件】", $"【{level}政府办公室文件】")
            .Replace("【市政府部门规范性文件】", "【部门文件】").Replace("【市政府部门文件】", "【部门文件】");
        return s.Replace("双月刊", "季刊");
    }

    /// <summary>Where each document of the body begins (line index of its first title line), found from the clean text.</summary>
    public static List<(int TitleStart, int HeadEnd, string Number)> DocumentStarts(string text)
    {
        var raw = text.Replace("\r\n", "\n").Split('\n');
        var lines = MarkupCleaner.Clean(raw, new ReviewLog());
        var starts = new List<(int, int, string)>();
        foreach (var head in DocumentHeads.Find(lines, 0, lines.Count))
        {
            if (head.TitleLines.Count == 0 || head.Evidence != HeadEvidence.DocNumber) continue;
            // A document, not a TOC entry: its addressee or a sentence follows.
            var next = Lines.NextNonBlank(lines, head.BodyStart, lines.Count);
            var hasText = next >= 0 && (lines[next].Text.Contains('。') || DocumentHeads.IsAddressee(lines[next].Text));
            // The last run of title lines without a blank between them (a head may have reached up into the TOC).
            var first = head.TitleLines[^1].Number - 1;
            while (first > 0 && head.TitleLines.Any(t => t.Number == first)) first--;
            // Title lines right above the 文号 only: a head that reached up into the TOC is not taken.
            if (hasText && first <= head.AnchorLine && head.AnchorLine - first <= 2 * head.TitleLines.Count + 2) starts.Add((first, head.BodyStart, head.DocNumber ?? ""));
        }
        // Of the heads before the first addressee, only the last is a document (the first one); the others are TOC entries.
        var firstAddressee = lines.ToList().FindIndex(l => DocumentHeads.IsAddressee(l.Text));
        var beforeText = starts.Count(s => s.Item1 < firstAddressee);
        return starts.Skip(Math.Max(0, beforeText - 1)).ToList();
    }

    /// <summary>The kinds of page details a site prints, by layout.</summary>
    private static readonly Func<Random, string, string[]>[] DetailLayouts =
    [
        (rng, number) => [$"索引号：11140500MB{rng.Next(100000, 999999)}/2024-{rng.Next(10000, 99999)}", $"发布机构：晋城市人民政府办公室    成文日期：2024年0{rng.Next(1, 9)}月1{rng.Next(0, 9)}日",
            $"发文字号：{number}    发布日期：2024年0{rng.Next(1, 9)}月2{rng.Next(0, 9)}日", "【字体：大 中 小】 【打印】 【关闭】"],
        (rng, number) => [$"发布时间：2024-0{rng.Next(1, 9)}-1{rng.Next(0, 9)} 10:{rng.Next(10, 59)}:{rng.Next(10, 59)}  来源：政府办公室  浏览次数：{rng.Next(10, 9999)}"],
        (rng, number) => [$"发布日期：2024-0{rng.Next(1, 9)}-2{rng.Next(0, 9)}", "来源：政府办公室", $"字号：{number}"],
        (rng, number) => ["主题分类：综合政务", "发布机关：", "人民政府办公室", "财政局", $"发文字号：{number}"],
    ];

    /// <summary>
    /// The issue as saved from web pages: page details before some documents' titles and after others'
    /// 文号. Returns the text and the first line of each block put in.
    /// </summary>
    public static (string Text, List<string> Blocks) WithPageDetails(string text, int seed)
    {
        var rng = new Random(seed);
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        var starts = DocumentStarts(text);
        var blocks = new List<string>();
        // From the end, so earlier indices stay valid.
        foreach (var (titleStart, headEnd, number) in starts.OrderByDescending(s => s.TitleStart))
        {
            var details = DetailLayouts[rng.Next(DetailLayouts.Length)](rng, number);
            if (rng.Next(2) == 0)
                lines.InsertRange(titleStart, [.. details, ""]);
            else
                lines.InsertRange(headEnd, ["", .. details]);
            blocks.Add(details[0]);
        }
        return (string.Join("\n", lines), blocks);
    }

    /// <summary>Values of "label：A、B、C" lines printed one name per line under the label (成员单位： / A / B / C).</summary>
    public static (string Text, List<string> Stacked) WithStackedNames(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        var stacked = new List<string>();
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var m = StackableLine().Match(lines[i]);
            if (!m.Success) continue;
            var names = m.Groups["names"].Value.Split('、');
            if (names.Length < 2 || !names.All(n => DocumentParser.IsOrganisationLine(n))) continue;
            lines.RemoveAt(i);
            lines.InsertRange(i, [m.Groups["label"].Value + "：", .. names]);
            stacked.Add(m.Groups["label"].Value + "：" + m.Groups["names"].Value);
        }
        return (string.Join("\n", lines), stacked);
    }

    [GeneratedRegex(@"^(?<label>成员单位|责任单位|牵头单位|配合单位|抄送)[：:](?<names>[\p{IsCJKUnifiedIdeographs}、（）()]{4,200})。?$")]
    private static partial Regex StackableLine();
}
