using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GazettePress.Content.Safety;

/// <summary>
/// Web addresses in a body must be addresses an EPUB can carry and a reader can follow:
/// "http://" alone, spaces or characters outside URLs make EPUBCheck fail (RSC-020). This checks
/// the form of external links only; where internal links and pictures lead is the reference check's.
/// </summary>
internal static class ExternalLinkCheck
{
    public static void Check(GazetteDocument document, MarkdownDocument parsed, DiagnosticBag diagnostics)
    {
        LineIndex? lines = null;
        foreach (var link in parsed.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (link.IsImage || !UrlRules.IsExternal(url) || IsCarriable(url)) continue;
            lines ??= new LineIndex(document.BodyMarkdown);
            diagnostics.Add(SafetyMessages.BadWebAddress, ReferenceChecker.Locate(document, lines, link.Span.Start), ("url", url));
        }
    }

    /// <summary>An absolute http(s) address with a host, or mailto: with an address, in URL characters only.</summary>
    internal static bool IsCarriable(string url)
    {
        if (url.Any(c => c <= ' ' || c == 0x7F || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')) return false;
        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return url.Length > 7 && url.IndexOf('@', 7) > 7;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
