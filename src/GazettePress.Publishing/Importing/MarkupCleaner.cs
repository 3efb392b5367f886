using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>
/// Stage 1: removes what text converters add on top of the printed text — Markdown heading marks,
/// list bullets, bold marks, link syntax, horizontal rules, backslash escapes, hard-break spaces —
/// without touching the words. Spaces and punctuation are repaired later, per kind of block.
/// </summary>
internal static partial class MarkupCleaner
{
    public static IReadOnlyList<SourceLine> Clean(IReadOnlyList<string> rawLines, ReviewLog review)
    {
        var lines = new List<SourceLine>(rawLines.Count);
        var bullets = new List<int>();
        for (var i = 0; i < rawLines.Count; i++)
        {
            var line = CleanLine(rawLines[i], out var hadBullet, out var runIn, out var markedHeading);
            if (hadBullet) bullets.Add(i + 1);
            lines.Add(new SourceLine(i + 1, line) { HadBullet = hadBullet, RunIn = runIn, MarkedHeading = markedHeading });
        }
        if (bullets.Count > 0)
            review.Note(ReviewCategory.Bullets, bullets[0],
                $"removed {bullets.Count} list bullets added by the converter (lines {ReviewLog.Sample(bullets)})");
        return lines;
    }

    /// <summary>Cleans one line; exposed for the unit tests of this pass.</summary>
    public static string CleanLine(string raw, out bool hadBullet, out string? runIn) =>
        CleanLine(raw, out hadBullet, out runIn, out _);

    public static string CleanLine(string raw, out bool hadBullet, out string? runIn, out bool markedHeading)
    {
        hadBullet = false;
        markedHeading = false;
        runIn = null;
        var s = raw.Replace('\u00A0', ' ').Replace('\uFEFF', ' ').TrimEnd();
        if (HorizontalRule().IsMatch(s)) return "";
        s = s.TrimStart(' ');
        var heading = HeadingMark().Match(s);
        if (heading.Success)
        {
            s = s[heading.Length..];
            markedHeading = true;
        }
        var bullet = Bullet().Match(s);
        if (bullet.Success)
        {
            hadBullet = true;
            s = s[bullet.Length..];
        }
        s = AngleLink().Replace(s, "$1");
        s = MarkdownLink().Replace(s, "$1");
        s = Escape().Replace(s, "$1");
        var bold = LeadingBold().Match(s);
        if (bold.Success)
        {
            var label = bold.Groups[1].Value.Trim();
            var rest = s[bold.Length..].Trim();
            // A whole bold line is a heading, not a run-in label.
            if (rest.Length > 0) runIn = label;
            else markedHeading = true;
            s = label + rest;
        }
        s = s.Replace("**", "").Replace("__", "");
        return s.Trim();
    }

    [GeneratedRegex(@"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"^(?:[-*+•●▪]\s+)")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"<((?:https?|ftp)://[^>\s]+|[^>\s@]+@[^>\s]+)>")]
    private static partial Regex AngleLink();

    [GeneratedRegex(@"\[([^\]]*)\]\((?:[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|~^<>])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"^\*\*(.+?)\*\*")]
    private static partial Regex LeadingBold();
}
