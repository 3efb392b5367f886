using GazettePress.Diagnostics;
using GazettePress.Layout;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Tests.Composition;
using GazettePress.Publishing.Tests.Content;

namespace GazettePress.Publishing.Tests.Build;

/// <summary>
/// What composition reports about a body paragraph names the editor's Markdown file and line, not the
/// template line that includes the body (a long URL in docs/02-….md is a warning at that line).
/// </summary>
public class BodySourceLocationTests
{
    [Fact]
    public void A_line_too_wide_in_a_body_points_at_the_markdown_line()
    {
        var source = Path.Combine(TestIssues.RepoRoot, "tests", "data", "issues", "mini-2025-06");
        using var issue = new TempIssue();
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            issue.WriteBytes(Path.GetRelativePath(source, file).Replace('\\', '/'), File.ReadAllBytes(file));
        var doc = issue.PathOf("docs/02-jszb-2025-22.md");
        var lines = File.ReadAllLines(doc).ToList();
        var at = lines.FindIndex(l => l.StartsWith("《晋城市大面积停电事件应急预案》已经", StringComparison.Ordinal));
        lines.Insert(at + 1, "");
        lines.Insert(at + 2, "网址：http://www.jcgov.gov.cn/zjxx/zcjd/202511/t20251120_2035112_averyveryveryveryveryveryverylongname.shtml");
        File.WriteAllLines(doc, lines);

        var result = BuildPipeline.Run(new BuildOptions(issue.Directory, Path.Combine(issue.Directory, "out")), [], write: false);

        var wide = Assert.Single(result.Diagnostics, d => d.Id == LayoutMessages.LineTooWide || d.Id == LayoutMessages.LineForcedBreak);
        Assert.Equal((doc, at + 3), (wide.Location.File, wide.Location.Line));
        Assert.Equal(Fixer.Editor, wide.Fixer);
    }
}
