using System.Text;

namespace GazettePress.Importing;

/// <summary>
/// Repair pass for spaces. Extraction leaves spaces between Chinese characters (and between Chinese
/// and digits) that were never printed; those go. Spaces between Latin words or numbers stay.
/// Titles and headings printed letter-spaced (总 则, 通 知) lose the spacing: it is display, set by the
/// templates, never text.
/// </summary>
internal static class SpaceNormalizer
{
    /// <summary>Removes every space run that touches Chinese text on either side.</summary>
    public static string RemoveStraySpaces(string text) => RemoveStraySpaces(text, out _);

    public static string RemoveStraySpaces(string text, out int removed)
    {
        removed = 0;
        if (text.AsSpan().IndexOfAny(' ', '\t', CjkText.IdeographicSpace) < 0) return text.Trim();
        var s = text.Replace(CjkText.IdeographicSpace, ' ').Replace('\t', ' ').Trim();
        var result = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != ' ')
            {
                result.Append(s[i]);
                continue;
            }
            var end = i;
            while (end < s.Length && s[end] == ' ') end++;
            var before = s[i - 1];
            var after = s[end];
            if (CjkText.IsCjk(before) || CjkText.IsCjk(after)) removed++;
            else result.Append(' ');
            i = end - 1;
        }
        return result.ToString();
    }

    /// <summary>
    /// A heading or label whose characters were spaced for print (第一章 总 则, 目 录): single
    /// characters are joined (the spacing was display), a chapter label is separated from its title by
    /// U+3000, other spaces touching Chinese are removed.
    /// </summary>
    public static string SpacedHeading(string text)
    {
        var tokens = text.Replace(CjkText.IdeographicSpace, ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return "";
        var result = new StringBuilder(tokens[0]);
        for (var i = 1; i < tokens.Length; i++)
        {
            var left = tokens[i - 1];
            var right = tokens[i];
            var chapterLabel = left.StartsWith('第') && left[^1] is '章' or '节' or '编' && left.Length <= 6;
            // Letter-spacing (总 则) is display, not text: the characters are joined; the label keeps its space.
            if (chapterLabel) result.Append(CjkText.IdeographicSpace);
            else if (!CjkText.IsCjk(left[^1]) && !CjkText.IsCjk(right[0])) result.Append(' ');
            result.Append(right);
        }
        return result.ToString();
    }

    /// <summary>A label such as 地 址 or 副 主 编: the spacing was only for alignment.</summary>
    public static string Label(string text) =>
        text.Replace(" ", "").Replace(CjkText.IdeographicSpace.ToString(), "");
}
