using System.Text.RegularExpressions;
using AngleSharp.Dom;
using GazettePress.Importing;

namespace GazettePress.Intake.Html;

/// <summary>
/// Finds the element that holds the document on a page: of all elements, the deepest one that holds
/// nearly all (90 %) of the best score, where an element's score is its Chinese text outside links
/// less three times its link text — navigation, breadcrumbs, related-article lists and footers are
/// links or short lines, the document is long running text. Chrome elements (nav, header, footer,
/// share bars …) and the metadata table score nothing.
/// </summary>
internal static partial class HtmlContentLocator
{
    public static IElement? Locate(IElement body, IElement? metadata)
    {
        var scores = new Dictionary<IElement, int>();
        int Score(IElement e)
        {
            if (scores.TryGetValue(e, out var cached)) return cached;
            var score = 0;
            if (!IsChrome(e) && e != metadata)
            {
                foreach (var child in e.ChildNodes)
                {
                    if (child is IText text) score += Chinese(text.Data);
                    else if (child is IElement ce) score += ce.LocalName == "a" ? -3 * Chinese(ce.TextContent) + Math.Min(0, Score(ce)) : Score(ce);
                }
            }
            scores[e] = score;
            return score;
        }
        var best = Score(body);
        if (best < 20) return null;
        IElement result = body;
        // Descend while one child keeps 90 % of the score, down to the element holding the paragraphs.
        while (result.Children.FirstOrDefault(c => Score(c) >= 0.9 * best) is { } next
               && next.LocalName is not ("p" or "span" or "font" or "strong" or "b" or "a" or "em" or "i" or "u" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
            result = next;
        return result;
    }

    private static int Chinese(string s)
    {
        var n = 0;
        foreach (var c in s) if (CjkText.IsIdeograph(c)) n++;
        return n;
    }

    /// <summary>Page furniture by tag, role, or class and id words sites use for it.</summary>
    public static bool IsChrome(IElement e)
    {
        if (e.LocalName is "nav" or "header" or "footer" or "aside") return true;
        var role = e.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo") return true;
        var words = $"{e.Id} {e.ClassName}".ToLowerInvariant();
        return words.Length > 1 && ChromeWords().IsMatch(words);
    }

    [GeneratedRegex(@"(^|[\s_-])(nav|navbar|menu|header|head_|top|topbar|footer|foot|bottom|breadcrumb|crumb|position|location|dqwz|share|bdshare|fenxiang|print|dayin|tools?|toolbar|fontsize|zihao|sidebar|side|related|xgwz|xgxx|pager|pagination|copyright|banquan)($|[\s_-]|\d)")]
    private static partial Regex ChromeWords();
}
