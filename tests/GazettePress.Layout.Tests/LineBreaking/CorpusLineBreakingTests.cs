using System.Globalization;
using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Tests.LineBreaking;

/// <summary>
/// The kinsoku rules hold at every break the Chinese mode offers in the real gazette texts of the test
/// corpus: no allowed break before a line-start-prohibited mark, after a line-end-prohibited mark,
/// between two full-width marks, or inside a surrogate pair.
/// </summary>
public sealed class CorpusLineBreakingTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusDirectory(), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void NoAllowedBreakViolatesKinsoku(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(CorpusDirectory(), fileName));
        var breaks = LineBreaker.Chinese.BreakOpportunities(text);
        var violations = new List<string>();
        for (var position = 1; position < text.Length && violations.Count < 20; position++)
        {
            if (breaks[position] != BreakOpportunity.Allowed)
            {
                continue;
            }

            var before = char.IsLowSurrogate(text[position - 1]) && position >= 2
                ? char.ConvertToUtf32(text[position - 2], text[position - 1])
                : text[position - 1];
            var after = char.ConvertToUtf32(text, position);
            var problem =
                char.IsLowSurrogate(text[position]) ? "inside a surrogate pair"
                : ChineseCharacters.IsLineStartProhibited(after) ? "before a line-start-prohibited mark"
                : ChineseCharacters.IsLineEndProhibited(before) ? "after a line-end-prohibited mark"
                : ChineseCharacters.IsFullWidthPunctuation(before) && ChineseCharacters.IsFullWidthPunctuation(after) ? "between two marks"
                : char.IsAsciiDigit((char)before) && after == '号' ? "before 号"
                : null;
            if (problem != null)
            {
                var line = text.AsSpan(0, position).Count('\n') + 1;
                var context = text.Substring(Math.Max(0, position - 8), Math.Min(16, text.Length - Math.Max(0, position - 8)));
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"{fileName}:{line}: break {problem}: «{context.Insert(Math.Min(8, position), "|")}»"));
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private static string CorpusDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GazettePress.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "data", "corpus");
            }
        }

        throw new DirectoryNotFoundException($"No GazettePress.sln above {AppContext.BaseDirectory}.");
    }
}
