namespace GazettePress.Content.Rendering;

/// <summary>
/// A document's title as text and as printed lines. A short printed line such as 通　知 or 命　令 is
/// spaced for display: the spacing is a style of the print title, not part of the title, so the
/// title as text (TOC, bookmarks, EPUB, PDF text) is 通知.
/// </summary>
public static class DocumentTitles
{
    /// <summary>At most this many characters make a line short enough to be spaced out in print.</summary>
    public const int SpacedLineMaxCharacters = 4;

    /// <summary>Is this printed line a short one whose spaces are display spacing (通　知)?</summary>
    public static bool IsSpacedLine(string line)
    {
        var trimmed = line.Trim();
        var letters = trimmed.Count(c => !IsSpace(c));
        return letters is >= 2 and <= SpacedLineMaxCharacters && trimmed.Any(IsSpace)
               && trimmed.Where(c => !IsSpace(c)).All(c => c >= '\u3400');
    }

    /// <summary>A printed line without its display spacing.</summary>
    public static string Unspaced(string line) => IsSpacedLine(line) ? string.Concat(line.Where(c => !IsSpace(c))) : line;

    /// <summary>The title as text: the printed lines joined, display spacing removed.</summary>
    public static string Plain(IReadOnlyList<string> lines) => string.Concat(lines.Select(Unspaced));

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0';
}
