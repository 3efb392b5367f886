namespace GazettePress.Importing;

/// <summary>
/// Known misreadings of characters that look alike in print (掌/学, 国/固, 抚/扶, 控/拉). Each one found is
/// corrected in the output and listed for review with its line, so a wrong correction is easy to undo.
/// Also flags Latin letters used as Roman numerals (I 级 beside Ⅰ级).
/// </summary>
internal static class OcrSuspects
{
    private static readonly (string Wrong, string Right)[] Confusions =
    {
        ("学上公报", "掌上公报"),
        ("固有建设用地", "国有建设用地"),
        ("扶恤", "抚恤"),
        ("玩忽职手", "玩忽职守"),
        ("己经", "已经"),
        ("风险防拉", "风险防控"),
    };

    /// <summary>Notes every suspect in the source lines; returns the corrections to apply to the output.</summary>
    public static IReadOnlyList<(string Wrong, string Right)> Scan(IReadOnlyList<SourceLine> lines, ReviewLog review)
    {
        var used = new List<(string, string)>();
        foreach (var (wrong, right) in Confusions)
        {
            var hits = new List<int>();
            for (var i = 0; i < lines.Count; i++)
                if (lines[i].Text.Contains(wrong, StringComparison.Ordinal) || SplitAcross(lines, i, wrong)) hits.Add(lines[i].Number);
            if (hits.Count == 0) continue;
            used.Add((wrong, right));
            review.Note(ReviewCategory.OcrSuspect, hits[0], ImportMessages.OcrCorrected, ("wrong", wrong), ("right", right), ("lines", ReviewLog.Sample(hits)));
        }
        var roman = lines.Where(l => RomanLetter(l.Text)).Select(l => l.Number).ToList();
        if (roman.Count > 0)
            review.Note(ReviewCategory.OcrSuspect, roman[0], ImportMessages.LatinRoman, ("lines", ReviewLog.Sample(roman)));
        return used;
    }

    /// <summary>The word broken over a line end («…固有» / «建设用地…»): the output joins the lines, and the correction reaches this line too.</summary>
    private static bool SplitAcross(IReadOnlyList<SourceLine> lines, int i, string word)
    {
        var text = lines[i].Text.TrimEnd();
        if (text.Length == 0 || !word.Contains(text[^1])) return false;
        var next = Lines.NextNonBlank(lines, i + 1, lines.Count);
        if (next < 0) return false;
        var start = lines[next].Text.TrimStart();
        for (var k = 1; k < word.Length; k++)
            if (text.EndsWith(word[..k], StringComparison.Ordinal) && start.StartsWith(word[k..], StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool RomanLetter(string text)
    {
        if (!text.Contains('级') || !text.Contains('I')) return false;
        var s = text.Replace(" ", "");
        return s.Contains("I级", StringComparison.Ordinal) && !s.Contains("Ⅰ级", StringComparison.Ordinal)
            || s.Contains("II级", StringComparison.Ordinal) || s.Contains("III级", StringComparison.Ordinal);
    }
}
