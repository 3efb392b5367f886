using GazettePress.Cli.Commands;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Tests.Content;

public class BrokenIssueTests
{
    [Fact]
    public void EveryInjectedErrorIsReportedOnceAtItsLine()
    {
        using var dir = BrokenIssue.Write(new TempIssue());

        var result = IssueLoader.Load(dir.Directory);

        var actual = result.Diagnostics
            .Select(d => (File: Path.GetRelativePath(dir.Directory, d.Location.File).Replace('\\', '/'), d.Location.Line, d.Code));
        Assert.Equal(InOrder(BrokenIssue.Expected), InOrder(actual));
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Hint), $"{d} has no hint"));
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.Column > 0, $"{d} has no column"));
        Assert.Equal(Severity.Warning, result.Diagnostics.Single(d => d.Code == "GP010").Severity);
    }

    private static (string File, int Line, string Code)[] InOrder(IEnumerable<(string File, int Line, string Code)> items) =>
        items.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Code, StringComparer.Ordinal).ToArray();

    [Fact]
    public void CheckCommandPrintsEveryDiagnosticAndExitsWithOne()
    {
        using var dir = BrokenIssue.Write(new TempIssue());
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CommandLine.Run(new[] { "check", dir.Directory, "--lang", "en" }, stdout, stderr);

        Assert.Equal(1, exit);
        var output = stdout.ToString();
        Assert.Contains($"{dir.Directory}/issue.yaml:9:12: error GP005 [editor]: 'published' is not a date: \"2025-13-28\"", output);
        Assert.Contains($"{dir.Directory}/docs/04-bad-number.md:4:13: error GP011 [editor]: the 文号 \"晋市政办[2025]22号\" cannot be parsed", output);
        Assert.Contains("    hint: put the year in the tortoise-shell brackets 〔〕", output);
        Assert.Contains($"{dir.Directory}/docs/99-stray.md:1:1: warning GP010 [editor]:", output);
        Assert.EndsWith($"{BrokenIssue.Expected.Length - 1} errors, 1 warning{Environment.NewLine}", output);
    }
}
