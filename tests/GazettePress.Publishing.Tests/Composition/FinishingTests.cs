using System.Text.Json;
using GazettePress.Cli.Commands;
using GazettePress.Layout.DisplayList;
using GazettePress.Publishing.Composition;
using GazettePress.Publishing.Tests.Hardening;

namespace GazettePress.Publishing.Tests.Composition;

/// <summary>Issue 11's finishing points: the print edition's blank pages reported, colophon values at one x, 5th-level headings set as headings.</summary>
public sealed class FinishingTests
{
    [Fact]
    public void The_build_output_reports_the_blank_pages_of_the_print_edition()
    {
        using var issue = new IssueCopy("tests/data/issues/mini-2025-06");
        var output = Path.Combine(issue.Root, "out");
        var stdout = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["--lang", "en", "build", issue.Directory, "--out", output], stdout, new StringWriter()));
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "build.json")));
        var blanks = report.RootElement.GetProperty("print").GetProperty("blankPagesAdded").GetInt32();
        Assert.True(blanks > 0, "the mini issue needs blank pages in print");
        Assert.Contains($"the print edition adds {blanks} blank pages", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Colophon_values_start_at_one_x()
    {
        var issue = PageQuality.Compose(Path.Combine(TestIssues.RepoRoot, "samples", "jincheng-2025-06"));
        var page = issue.Pages.Single(p => p.SectionId == "colophon");
        var colons = page.Content.Items.OfType<GlyphRunItem>().Where(r => r.Text.StartsWith('：')).Select(r => r.StartX).ToList();
        Assert.True(colons.Count >= 6, $"{colons.Count} label–value lines");
        Assert.True(colons.Max() - colons.Min() < 0.01, string.Join(", ", colons));
    }

    [Fact]
    public void A_fifth_level_heading_is_set_apart_from_body_text()
    {
        using var issue = new IssueCopy("tests/data/issues/mini-2025-06");
        issue.AppendToBody(issue.FirstDocument, "##### 4.1.2.1 启动条件\n\n发生重大突发事件时启动本预案。");
        var composed = PageQuality.Compose(issue.Directory);
        var runs = composed.Pages.SelectMany(p => p.Content.Items.OfType<GlyphRunItem>()).ToList();
        var heading = runs.First(r => r.Text.Contains("启动条件", StringComparison.Ordinal));
        var body = runs.First(r => r.Text.Contains("发生重大突发事件", StringComparison.Ordinal));
        Assert.NotEqual(body.Face.DisplayName, heading.Face.DisplayName);
    }
}
