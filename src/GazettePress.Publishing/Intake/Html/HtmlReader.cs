using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GazettePress.Diagnostics;
using GazettePress.Importing;
using GazettePress.Intake.Model;
using GazettePress.Intake.Recognition;

namespace GazettePress.Intake.Html;

/// <summary>
/// Reads a document page saved from a government website (UTF-8 or GB2312/GB18030 as declared) into
/// the neutral block sequence. The page is parsed as browsers parse it (AngleSharp: the WHATWG HTML
/// tree construction, so the broken markup of CMS pages gives the DOM a browser shows). The
/// document is found inside the site chrome — navigation, breadcrumbs, the 索引号/发布机构/发文字号/
/// 成文日期 table, share and print buttons, footer — as the element holding most of the page's
/// running text that is not link text; the metadata table, the page heading, the 附件 links and
/// the 政策解读 link are read as <see cref="WebPageFacts"/>.
/// </summary>
public static partial class HtmlReader
{
    public static SourceReadResult Read(byte[] bytes, string sourceName)
    {
        var (text, _) = HtmlDecoding.Decode(bytes);
        var document = new HtmlParser().ParseDocument(text);
        var savedFrom = SavedFrom().Match(text) is { Success: true } m ? m.Groups[1].Value : null;
        foreach (var junk in document.QuerySelectorAll("script, style, noscript, iframe, form, select, input, button, textarea, template, object, embed, link, meta, svg, canvas, video, audio").ToList())
            junk.Remove();
        var body = document.Body;
        if (body is null) return SourceReadResult.Failed(Diagnostic.Create(IntakeMessages.NoContentOnPage, new SourceLocation(sourceName)));

        var pageUrl = document.QuerySelector("base[href]")?.GetAttribute("href")
                      ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
                      ?? savedFrom;
        var metadata = HtmlMetadata.Find(body);
        var root = HtmlContentLocator.Locate(body, metadata?.Element);
        if (root is null) return SourceReadResult.Failed(Diagnostic.Create(IntakeMessages.NoContentOnPage, new SourceLocation(sourceName)));

        var links = HtmlLinks.Read(body, root, pageUrl);
        var pageTitle = metadata?.Title ?? PageHeading(body, root) ?? Cleaned(document.Title);
        var facts = new WebPageFacts(pageTitle, metadata?.DocNumber, metadata?.Date, metadata?.Issuer, links.Attachments, links.InterpretationUrl, links.InterpretationHref);

        var walker = new HtmlBlockWalker(root, Path.GetDirectoryName(Path.GetFullPath(sourceName)) ?? ".", sourceName, metadata?.Element);
        walker.Walk();
        return new SourceReadResult(new SourceDocument(sourceName, walker.Blocks, walker.Notes) { Page = facts, Dropped = walker.Dropped }, []);
    }

    /// <summary>The page's own heading above the text (h1, .title …) when it is outside the text.</summary>
    private static string? PageHeading(IElement body, IElement root)
    {
        foreach (var selector in new[] { "h1", ".article-title", ".title", "h2", ".bt", "#title" })
            foreach (var e in body.QuerySelectorAll(selector))
            {
                if (root.Contains(e) || HtmlContentLocator.IsChrome(e)) continue;
                var t = Cleaned(e.TextContent);
                if (t is { Length: >= 6 and <= 120 } && CjkText.ContainsIdeograph(t)) return t;
            }
        return null;
    }

    /// <summary>A document title without the site name browsers add (标题_晋城市人民政府, 标题-某某网).</summary>
    private static string? Cleaned(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = Regex.Replace(title, @"\s+", " ").Trim();
        var cut = t.IndexOfAny(['_', '|']);
        if (cut > 5) t = t[..cut].Trim();
        var dash = t.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash > 5) t = t[..dash].Trim();
        return t.Length > 0 ? t : null;
    }

    /// <summary>&lt;!-- saved from url=(0071)http://… --&gt;: browsers write the page's address into a saved page.</summary>
    [GeneratedRegex(@"saved from url=\(\d+\)(\S+?)\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex SavedFrom();
}
