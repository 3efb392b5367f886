using System.Globalization;

namespace GazettePress.Publishing.Epub;

/// <summary>Chinese wording shared by the pages and the package metadata.</summary>
internal static class EpubText
{
    public const string Language = "zh-CN";

    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>2025年第6期（总第294期）</summary>
    public static string IssueNumber(EpubIssue issue) =>
        $"{issue.Year}年第{issue.Number}期" + (issue.Cumulative is { } c ? $"（总第{c}期）" : "");

    /// <summary>The print edition that the page-list follows.</summary>
    public static string PrintEdition(EpubIssue issue) => $"{issue.GazetteTitle} {issue.Year}年第{issue.Number}期 印刷版";

    public static string CoverAlt(EpubIssue issue) =>
        $"{issue.GazetteTitle} {IssueNumber(issue)} 封面。{issue.Sponsor}主办，{Date(issue.Published)}出版。"
        + (issue.EditionUrl is null ? "" : $"封面二维码{(issue.CoverQrCaption is { Length: > 0 } c ? $"（{c}）" : "")}链接到 {issue.EditionUrl}。");

    /// <summary>The text of the link that stands for the cover's QR code.</summary>
    public static string CoverLink(EpubIssue issue) => issue.CoverQrCaption is { Length: > 0 } c ? c : "网络版";

    public static string IssueLine(EpubIssue issue) =>
        string.Join("　", new[] { IssueNumber(issue), issue.Frequency, Date(issue.Published) + "出版" }
            .Where(s => !string.IsNullOrEmpty(s)));

    public const string EditionNote = "本电子版与印刷版内容一致，文中的页码标记对应印刷版页码。";

    public static string AccessibilitySummary(bool hasImages, bool hasPageList)
    {
        var zh = "本电子版为可重排文本，标题层级与阅读顺序与印刷版一致，提供按栏目分组的目录"
                 + (hasPageList ? "和对应印刷版页码的页码导航" : "")
                 + (hasImages ? "，图片和二维码均有替代文字，二维码同时为可点击的链接" : "")
                 + "。";
        var en = "Reflowable text with real headings in print reading order and a table of contents grouped by section"
                 + (hasPageList ? "; page break markers and a page list follow the print edition's page numbers" : "")
                 + (hasImages ? "; images and QR codes have text alternatives and QR codes are links" : "")
                 + ".";
        return zh + " " + en;
    }

    /// <summary>One line of the 附件 list: 附件：1.<title>（见网络版）, linked to the attachment when it is online.
    /// <paramref name="BlockId"/> (doc-attachment-N) is the line, as print names it for page starts;
    /// <paramref name="Id"/> (attachment-N) is the entry, the target of [附件1](#attachment-1).</summary>
    public sealed record AttachmentLine(string BlockId, string Id, string Label, string Text, string? Url);

    public static IReadOnlyList<AttachmentLine> AttachmentLines(IReadOnlyList<EpubAttachment> attachments)
    {
        static string Text(EpubAttachment a) => a.Title + (a.OnlineOnly ? "（见网络版）" : "");
        return attachments.Select((a, i) => new AttachmentLine(
            "doc-attachment-" + (i + 1),
            "attachment-" + (i + 1),
            (i == 0 ? "附件：" : "") + (attachments.Count > 1 ? $"{i + 1}." : ""),
            Text(a),
            a.Url)).ToArray();
    }

    public static string QrAlt(string? caption, string? url) =>
        (string.IsNullOrEmpty(caption) ? "二维码" : caption + "二维码") + (url is null ? "" : $"，链接到 {url}");

    public static string QrPlaceholder(string? caption) =>
        string.IsNullOrEmpty(caption) ? "（二维码见印刷版）" : $"（{caption}二维码见印刷版）";
}
