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
        var residue = new List<int>();
        for (var i = 0; i < rawLines.Count; i++)
        {
            var raw = RemoveResidue(rawLines[i], out var hadResidue);
            if (hadResidue) residue.Add(i + 1);
            var line = CleanLine(raw, out var hadBullet, out var runIn, out var markedHeading);
            if (hadBullet) bullets.Add(i + 1);
            lines.Add(new SourceLine(i + 1, line) { HadBullet = hadBullet, RunIn = runIn, MarkedHeading = markedHeading });
        }
        if (bullets.Count > 0)
            review.Note(ReviewCategory.Bullets, bullets[0], ImportMessages.BulletsRemoved, ("count", bullets.Count), ("lines", ReviewLog.Sample(bullets)));
        if (residue.Count > 0)
            review.Note(ReviewCategory.Markup, residue[0], ImportMessages.ResidueRemoved, ("count", residue.Count), ("lines", ReviewLog.Sample(residue)));
        return lines;
    }

    /// <summary>HTML tags and entities, LaTeX commands and math delimiters a converter left in the text.</summary>
    public static string RemoveResidue(string raw, out bool changed)
    {
        var s = raw;
        if (s.IndexOf('<') >= 0) s = HtmlTag().Replace(s, m => m.Value.StartsWith("<br", StringComparison.OrdinalIgnoreCase) ? " " : "");
        if (s.IndexOf('&') >= 0) s = System.Net.WebUtility.HtmlDecode(s);
        if (s.IndexOf('\\') >= 0 || s.IndexOf('$') >= 0)
        {
            s = LatexWrapper().Replace(s, "$1");
            s = LatexSymbol().Replace(s, m => m.Groups[1].Value switch
            {
                "cdot" => "·", "times" => "×", "div" => "÷", "pm" => "±", "leq" or "le" => "≤", "geq" or "ge" => "≥",
                "%" => "%", "&" => "&", "_" => "_", "#" => "#", "quad" or "qquad" or "," or ";" or " " => " ", "\\" => "",
                "sim" => "～", "circ" => "°", "alpha" => "α", "beta" => "β", "mu" => "μ", var other => m.Value,
            });
            s = LatexMath().Replace(s, m => LatexScript().Replace(m.Groups[1].Value, x => x.Groups[1].Value switch
            {
                "°" => "°", "2" => "²", "3" => "³", var v => v,
            }));
        }
        changed = s != raw;
        return s;
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
        // Each pattern is run only on lines holding the character it starts with.
        if (s.AsSpan().IndexOfAny('-', '*', '_') >= 0 && HorizontalRule().IsMatch(s)) return "";
        s = s.TrimStart(' ');
        var heading = s.StartsWith('#') ? HeadingMark().Match(s) : Match.Empty;
        if (heading.Success)
        {
            s = s[heading.Length..];
            markedHeading = true;
        }
        var bullet = s.Length > 0 && BulletStarts.Contains(s[0]) ? Bullet().Match(s) : Match.Empty;
        if (bullet.Success)
        {
            hadBullet = true;
            s = s[bullet.Length..];
        }
        if (s.Contains('<')) s = AngleLink().Replace(s, "$1");
        if (s.Contains('[')) s = MarkdownLink().Replace(s, "$1");
        if (s.Contains('\\')) s = Escape().Replace(s, "$1");
        var bold = s.StartsWith("**", StringComparison.Ordinal) ? LeadingBold().Match(s) : Match.Empty;
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

    private const string BulletStarts = "•●▪◆■□○◇-*+";

    [GeneratedRegex(@"</?(?:p|br|span|div|font|b|i|u|s|strong|em|sup|sub|table|tr|td|th|tbody|thead|ul|ol|li|h[1-6]|a|img|section|article|center|hr|small|big|o:p)\b[^<>]*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\\(?:textbf|textit|emph|underline|section\*?|subsection\*?|subsubsection\*?|title|mbox|text|textrm|mathrm|heiti|kaishu|songti|fangsong)\{([^{}]*)\}")]
    private static partial Regex LatexWrapper();

    [GeneratedRegex(@"\\(cdot|times|div|pm|leq|le|geq|ge|quad|qquad|sim|circ|alpha|beta|mu|[%&_#,; ]|\\)")]
    private static partial Regex LatexSymbol();

    [GeneratedRegex(@"\$([^$\p{IsCJKUnifiedIdeographs}]{1,40})\$")]
    private static partial Regex LatexMath();

    [GeneratedRegex(@"[\^_]\{([^{}]*)\}")]
    private static partial Regex LatexScript();

    [GeneratedRegex(@"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"^(?:[•●▪◆■□○◇]\s*|[-*+]\s+)")]
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
