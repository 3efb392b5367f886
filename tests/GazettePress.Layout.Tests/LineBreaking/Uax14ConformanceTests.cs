using System.Globalization;
using System.Text;
using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Tests.LineBreaking;

/// <summary>
/// Every line of LineBreakTest.txt (Unicode 15.0) against <see cref="LineBreaker.Uax14"/>. No line is
/// excluded: the untailored mode implements exactly the rules the test file was generated from.
/// </summary>
public sealed class Uax14ConformanceTests
{
    [Fact]
    public void EveryLineOfLineBreakTestPasses()
    {
        var lines = File.ReadAllLines(UnicodeDataFiles.LineBreakTest);
        var failures = new List<string>();
        var checkedLines = 0;
        var expectedLines = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var hash = lines[i].IndexOf('#');
            var data = (hash >= 0 ? lines[i][..hash] : lines[i]).Trim();
            if (data.Length == 0)
            {
                continue;
            }

            expectedLines++;
            var testCase = ParseCase(data);
            var actual = LineBreaker.Uax14.BreakOpportunities(testCase.Text);
            var rendered = Render(testCase, actual);
            if (rendered != data)
            {
                failures.Add($"LineBreakTest.txt:{i + 1}: {ToCodePoints(testCase.Text)}\n    expected {data}\n    actual   {rendered}\n    rules    {(hash >= 0 ? lines[i][(hash + 1)..].Trim() : "")}");
            }

            checkedLines++;
        }

        Assert.True(expectedLines > 7000, $"LineBreakTest.txt has only {expectedLines} test lines; is it the Unicode 15.0 file?");
        Assert.Equal(expectedLines, checkedLines);
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {checkedLines} lines fail:\n" + string.Join("\n", failures.Take(40)));
    }

    private sealed record TestCase(string Text, List<int> CodePointStarts);

    /// <summary>Turns "× 0023 ÷ 2014 ÷" into its text and the UTF-16 start of every code point.</summary>
    private static TestCase ParseCase(string data)
    {
        var text = new StringBuilder();
        var starts = new List<int>();
        foreach (var token in data.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token is "×" or "÷")
            {
                continue;
            }

            starts.Add(text.Length);
            text.Append(char.ConvertFromUtf32(int.Parse(token, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }

        return new TestCase(text.ToString(), starts);
    }

    /// <summary>Writes the breaks we found in the test file's own notation, so the two lines compare as text.</summary>
    private static string Render(TestCase testCase, BreakOpportunity[] breaks)
    {
        var text = new StringBuilder();
        for (var i = 0; i < testCase.CodePointStarts.Count; i++)
        {
            var start = testCase.CodePointStarts[i];
            text.Append(Mark(breaks[start])).Append(' ');
            text.Append(char.ConvertToUtf32(testCase.Text, start).ToString("X4", CultureInfo.InvariantCulture)).Append(' ');
        }

        return text.Append(Mark(breaks[testCase.Text.Length])).ToString();
    }

    private static string Mark(BreakOpportunity opportunity) => opportunity >= BreakOpportunity.Allowed ? "÷" : "×";

    private static string ToCodePoints(string text) =>
        string.Join(' ', text.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));
}
