using System.Text.RegularExpressions;
using AngleSharp.Dom;
using GazettePress.Importing;

namespace GazettePress.Intake.Html;

/// <summary>The 政务公开 details a site prints above a document: 索引号, 发布机构, 发文字号, 成文日期 ….</summary>
internal sealed record PageMetadata(IElement Element, string? Title, string? DocNumber, string? Date, string? Issuer);

internal static partial class HtmlMetadata
{
    private static readonly string[] Labels =
        ["索引号", "主题分类", "发布机构", "发文机关", "发文单位", "公开主体", "发布单位", "发文字号", "文号", "成文日期", "发文日期", "印发日期", "发布日期",
         "生效日期", "有效性", "公开方式", "公开范围", "标题", "名称", "文件名称", "公文种类", "体裁分类", "组配分类", "主题词", "信息来源"];

    /// <summary>The smallest element that names at least three of the labels, read as label → value pairs.</summary>
    public static PageMetadata? Find(IElement body)
    {
        IElement? best = null;
        foreach (var e in body.QuerySelectorAll("table, ul, dl, div, section"))
        {
            var text = Compact(e.TextContent);
            if (text.Length > 1500) continue;
            if (Labels.Count(l => text.Contains(l + "：") || text.Contains(l + ":") || text.Contains(l)) < 3) continue;
            if (best is null || best.Contains(e)) best = e;
        }
        if (best is null) return null;
        var pairs = Pairs(best);
        string? Get(params string[] labels) => labels.Select(l => pairs.GetValueOrDefault(l)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var date = Get("成文日期", "发文日期", "印发日期");
        return new PageMetadata(best, Get("标题", "名称", "文件名称"), Get("发文字号", "文号"), date is null ? null : DateText(date), Get("发布机构", "发文机关", "发文单位", "公开主体", "发布单位"));
    }

    /// <summary>Label → value: a cell or span holding a label is followed by its value, or "label：value" in one piece.</summary>
    private static Dictionary<string, string> Pairs(IElement root)
    {
        var pieces = new List<string>();
        foreach (var leaf in root.Descendants<IElement>().Where(e => !e.Children.Any() || e.LocalName is "td" or "th" or "li" or "dt" or "dd"))
        {
            if (leaf.Children.Any() && leaf.Descendants<IElement>().Any(d => d.LocalName is "td" or "li" or "dd")) continue;
            var t = leaf.TextContent.Trim();
            if (t.Length > 0) pieces.Add(t);
        }
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pieces.Count; i++)
        {
            var compact = Compact(pieces[i]);
            foreach (Match m in Inline().Matches(pieces[i].Replace('\u00A0', ' ')))
            {
                var label = Compact(m.Groups[1].Value);
                if (Labels.Contains(label) && m.Groups[2].Value.Trim().Length > 0) pairs.TryAdd(label, m.Groups[2].Value.Trim());
            }
            var bare = compact.TrimEnd('：', ':');
            if (Labels.Contains(bare) && !pairs.ContainsKey(bare) && i + 1 < pieces.Count && !Labels.Contains(Compact(pieces[i + 1]).TrimEnd('：', ':')))
                pairs[bare] = pieces[i + 1].Trim();
        }
        return pairs;
    }

    private static string Compact(string s) => Regex.Replace(s, @"[\s\u3000\u00A0]+", "");

    /// <summary>2025-11-06 or 2025年11月06日 → 2025年11月6日.</summary>
    private static string DateText(string value)
    {
        var m = DatePattern().Match(CjkText.FoldWidth(value));
        return m.Success ? $"{m.Groups[1].Value}年{int.Parse(m.Groups[2].Value)}月{int.Parse(m.Groups[3].Value)}日" : value.Trim();
    }

    [GeneratedRegex(@"([\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{1,8}?)\s*[：:]\s*([^：:]+?)(?=\s{2,}|\s*[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{1,8}[：:]|$)")]
    private static partial Regex Inline();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")]
    private static partial Regex DatePattern();
}
