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
        Assert.Equal(Severity.Error, result.Diagnostics.Single(d => d.Code == "GP1010").Severity);
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
        Assert.Contains($"{dir.Directory}/issue.yaml:9:12: error GP1005 [editor]: 'published' is not a valid date: \"2025-13-28\"", output);
        Assert.Contains($"{dir.Directory}/docs/04-bad-number.md:4:13: error GP1011 [editor]: the 文号 \"晋市政办[2025]22号\" cannot be read", output);
        Assert.Contains("    hint: put the year in the tortoise-shell brackets 〔〕 (U+3014, U+3015): 晋市政办〔2025〕22号", output);
        Assert.Contains($"{dir.Directory}/docs/99-stray.md:1:1: error GP1010 [editor]:", output);
        Assert.EndsWith($"{BrokenIssue.Expected.Length} errors, 0 warnings{Environment.NewLine}", output);
    }

    [Fact]
    public void CheckCommandSpeaksChineseByDefault()
    {
        using var dir = BrokenIssue.Write(new TempIssue());
        var stdout = new StringWriter();

        var exit = CommandLine.Run(new[] { "check", dir.Directory, "--lang", "zh" }, stdout, new StringWriter());

        Assert.Equal(1, exit);
        var output = stdout.ToString();
        Assert.Contains($"{dir.Directory}/issue.yaml:9:12: 错误 GP1005【编辑可改】：“published”不是有效的日期：“2025-13-28”", output);
        Assert.Contains("    提示：日期写成“年-月-日”，例如 2025-12-28（印出为 2025年12月28日）", output);
        Assert.Contains($"{dir.Directory}/docs/04-bad-number.md:4:13: 错误 GP1011【编辑可改】：文号“晋市政办[2025]22号”的写法不对", output);
        Assert.Contains("    提示：年份要用六角括号〔〕（U+3014、U+3015）：晋市政办〔2025〕22号", output);
        Assert.Contains($"{dir.Directory}/docs/04-bad-number.md:5:1: 错误 GP1004【编辑可改】：不认识的键“adressee”（在开头信息（两行 --- 之间））", output);
        Assert.Contains("    提示：是不是“addressee”？", output);
    }
}
