using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace GazettePress.Intake.Html;

/// <summary>The 附件 links (file downloads) and the 政策解读 link of a document page.</summary>
internal sealed record PageLinks(IReadOnlyList<string> Attachments, string? InterpretationUrl, string? InterpretationHref);

internal static partial class HtmlLinks
{
    public static PageLinks Read(IElement body, IElement content, string? pageUrl)
    {
        var attachments = new List<string>();
        string? url = null, href = null;
        foreach (var a in body.QuerySelectorAll("a[href]"))
        {
            var link = a.GetAttribute("href")!.Trim();
            var text = Regex.Replace(a.TextContent, @"[\s\u3000\u00A0]+", "");
            if (text.Length == 0) continue;
            var inChrome = a.Ancestors<IElement>().Any(HtmlContentLocator.IsChrome);
            if (FileLink().IsMatch(link) || text.StartsWith("附件", StringComparison.Ordinal) && FileLink().IsMatch(text))
            {
                if (inChrome && !content.Contains(a)) continue;
                var title = AttachmentTitle(text);
                if (title.Length > 0 && !attachments.Contains(title)) attachments.Add(title);
                continue;
            }
            // 政策解读: a link naming an interpretation, in or near the text, never a menu entry or a column's index page.
            if (url is null && href is null && text.Contains("解读") && !inChrome && !IsColumnIndex(link))
            {
                if (Absolute(link, pageUrl) is { } absolute) url = absolute;
                else href = link;
            }
        }
        return new PageLinks(attachments, url, href);
    }

    /// <summary>附件1：晋城市……分级.docx → 晋城市……分级.</summary>
    public static string AttachmentTitle(string text)
    {
        var t = Regex.Replace(text, @"^附件\s*\d{0,2}\s*[：:.．、]?\s*", "");
        t = Regex.Replace(t, @"^\d{1,2}\s*[.．、]\s*", "");
        return FileExtension().Replace(t, "").Trim();
    }

    private static bool IsColumnIndex(string link) => link.EndsWith('/') || Regex.IsMatch(link, @"(^|/)index[^/]*$", RegexOptions.IgnoreCase) || link.StartsWith('#') || link.StartsWith("javascript", StringComparison.OrdinalIgnoreCase);

    private static string? Absolute(string link, string? pageUrl)
    {
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.ToString();
        if (pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var page) && page.Scheme is "http" or "https"
            && Uri.TryCreate(page, link, out var resolved))
            return resolved.ToString();
        return null;
    }

    [GeneratedRegex(@"\.(docx?|pdf|xlsx?|wps|et|ofd|zip|rar|7z|pptx?|txt|ceb)(\?.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FileLink();

    [GeneratedRegex(@"\.(docx?|pdf|xlsx?|wps|et|ofd|zip|rar|7z|pptx?|txt|ceb)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();
}
