using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>
/// Stage 1b: some extractors keep each page's running head (晋城市人民政府公报 2025年第6期) and folio
/// (·12·, - 12 -, 12) as lines of their own, in the middle of paragraphs and TOC entries. After the
/// masthead they are blanked (line numbers stay), so the page-break repair can join the paragraph
/// around them; how many were removed is listed for review.
/// </summary>
internal static partial class RunningHeadRemover
{
    public static IReadOnlyList<SourceLine> Remove(IReadOnlyList<SourceLine> lines, int from, string gazetteTitle, ReviewLog review)
    {
        var titleKey = CjkText.Key(gazetteTitle);
        var removed = new List<int>();
        var result = lines.ToList();
        for (var i = Math.Max(0, from); i < result.Count; i++)
        {
            var text = result[i].Text.Trim();
            if (text.Length == 0) continue;
            var compact = CjkText.FoldWidth(text).Replace(" ", "");
            var head = titleKey.Length > 0 && compact.StartsWith(titleKey, StringComparison.Ordinal)
                && IssueSuffix().IsMatch(compact[titleKey.Length..]);
            if (head || MayEndFolio(compact[^1]) && Folio().IsMatch(compact))
            {
                removed.Add(result[i].Number);
                result[i] = result[i] with { Text = "", RunIn = null, MarkedHeading = false };
            }
        }
        if (removed.Count > 0)
            review.Note(ReviewCategory.PageBreak, removed[0], ImportMessages.RunningHeadsRemoved, ("count", removed.Count), ("lines", ReviewLog.Sample(removed)));
        return result;
    }

    private static bool MayEndFolio(char c) => char.IsAsciiDigit(c) || c is '-' or '—' or '–' or '·' or '・' or '•' or '页';

    /// <summary>What may follow the gazette title in a running head: nothing, or the issue (2025年第6期).</summary>
    [GeneratedRegex(@"^(?:[0-9]{4}年)?(?:第[0-9]{1,3}期)?(?:[(（]?总第[0-9]{1,5}期[)）]?)?$")]
    private static partial Regex IssueSuffix();

    /// <summary>A folio alone on its line: 12, ·12·, -12-, —12—, 第12页.</summary>
    [GeneratedRegex(@"^(?:[-—–·・•]*[0-9]{1,3}[-—–·・•]*|第[0-9]{1,3}页)$")]
    private static partial Regex Folio();
}
