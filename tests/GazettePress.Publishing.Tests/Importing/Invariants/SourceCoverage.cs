using GazettePress.Importing;

namespace GazettePress.Publishing.Tests.Importing.Invariants;

/// <summary>
/// "Nothing of the source is lost", measured: every line of the source text with Chinese in it must be
/// found again somewhere in the import's files — a document, issue.yaml, or review.md (which quotes what
/// it took out). A line counts as found when most of its ideograph trigrams occur in the output, so
/// repairs that change a character (OCR look-alikes) or split a line (a 文号 glued to its title) still
/// count, while a dropped paragraph or document does not.
/// </summary>
internal static class SourceCoverage
{
    /// <summary>Share of a line's trigrams that must be in the output.</summary>
    private const double Found = 0.6;

    /// <summary>Words the import turns into fields or flags rather than text: 期 numbers, 出版, （见网络版）, the 编辑委员会 heading.</summary>
    private static readonly string[] Structural = ["见网络版", "见网络", "网络版", "出版日期", "出版", "总第", "第", "期", "双月刊", "季刊", "月刊", "编辑委员会", "年", "月", "日"];

    public static IReadOnlyList<(int Line, string Text)> Lost(string source, ImportResult result)
    {
        var output = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in result.Files.Values)
        {
            var s = Key(file);
            for (var i = 0; i + 3 <= s.Length; i++) output.Add(s.Substring(i, 3));
        }
        var lost = new List<(int, string)>();
        var lines = source.Replace("\r\n", "\n").Split('\n');
        // Look-alike corrections review.md names («固有建设用地» read as «国有建设用地» (lines 72, 441)) are applied to the lines it names.
        if (result.Files.TryGetValue(IssueImporter.ReviewFileName, out var review))
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(review, @"«(\S+?)» read as «(\S+?)» \(lines ([0-9, …]+)"))
            {
                var (wrong, right) = (m.Groups[1].Value, m.Groups[2].Value);
                if (wrong.Length != right.Length) continue;
                foreach (var number in m.Groups[3].Value.Split(',', StringSplitOptions.TrimEntries).Select(n => int.TryParse(n, out var v) ? v : 0).Where(v => v > 0 && v <= lines.Length))
                    lines[number - 1] = string.Concat(lines[number - 1].Select(c => wrong.IndexOf(c) is var at && at >= 0 && wrong[at] != right[at] ? right[at] : c));
            }
        for (var n = 0; n < lines.Length; n++)
        {
            var line = System.Text.RegularExpressions.Regex.Replace(lines[n], "<[^<>]*>", "");
            if (DocumentParser.IsDateLine(line.Trim())) continue; // written as a date field (2024-03-20)
            var key = Key(line);
            if (key.Length < 4) continue;
            var grams = Enumerable.Range(0, key.Length - 2).Select(i => key.Substring(i, 3)).ToList();
            if (grams.Count(output.Contains) < Found * grams.Count) lost.Add((n + 1, lines[n]));
        }
        return lost;
    }

    public static string Describe(IReadOnlyList<(int Line, string Text)> lost) =>
        string.Join("\n", lost.Take(12).Select(l => $"  line {l.Line}: {l.Text}")) + (lost.Count > 12 ? $"\n  … ({lost.Count} lines)" : "");

    /// <summary>The ideographs of a text without the structural words, compared on both sides.</summary>
    private static string Key(string text) => Structural.Aggregate(Ideographs(text), (s, word) => s.Replace(word, ""));

    private static string Ideographs(string s) => new(s.Where(c => c is >= '\u4E00' and <= '\u9FFF').ToArray());
}
