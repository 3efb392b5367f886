using System.Text;

namespace GazettePress.Importing;

/// <summary>
/// Recovers a title's printed lines. Extraction writes a multi-line title as one line with a space
/// where each printed line ended ("晋城市人民政府 关于印发…保障 实施细则的通知"). A space next to
/// Latin letters or digits is only a stray space; single characters spaced apart (通 知) are one
/// letter-spaced line, written without the spacing (通知); several issuers before 关于 share the first line when they fit.
/// </summary>
internal static class TitleSplitter
{
    /// <summary>Characters of title type that fit on one printed line.</summary>
    public const int LineCapacity = 20;

    public static IReadOnlyList<string> Split(IEnumerable<string> sourceLines)
    {
        var lines = new List<string>();
        foreach (var sourceLine in sourceLines) lines.AddRange(SplitOne(sourceLine));
        // Issuers before 关于 share one line when they fit: 晋城市人民政府　晋城军分区 (also when 关于… is on the next source line).
        var subject = lines.FindIndex(l => l.StartsWith("关于", StringComparison.Ordinal) || l.StartsWith("印发", StringComparison.Ordinal));
        if (subject >= 2 && lines.Take(subject).Sum(l => l.Length) + subject - 1 <= LineCapacity)
        {
            var issuers = string.Join(CjkText.IdeographicSpace, lines.Take(subject));
            lines.RemoveRange(0, subject);
            lines.Insert(0, issuers);
        }
        return lines;
    }

    private static List<string> SplitOne(string text)
    {
        var tokens = PunctuationWidener.Widen(text.Replace(CjkText.IdeographicSpace, ' '))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var segments = new List<StringBuilder>();
        string? previous = null;
        foreach (var token in tokens)
        {
            if (previous is null) segments.Add(new StringBuilder(token));
            else if (IsLatin(previous[^1]) && IsLatin(token[0])) segments[^1].Append(' ').Append(token);
            else if (IsLatin(previous[^1]) || IsLatin(token[0]) || OpensBracket(previous)) segments[^1].Append(token);
            // A letter-spaced line (通 知) is one line; its spacing is display, not text (the templates space short lines).
            else if (IsSingle(previous) && IsSingle(token)) segments[^1].Append(token);
            else segments.Add(new StringBuilder(token));
            previous = token;
        }
        return segments.Select(s => s.ToString()).ToList();
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '/';

    private static bool IsSingle(string token) => token.Length == 1 && CjkText.IsIdeograph(token[0]);

    /// <summary>A token ending in an opening bracket cannot end a printed line.</summary>
    private static bool OpensBracket(string token) => token[^1] is '（' or '《' or '“' or '〔';
}
