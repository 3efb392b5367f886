using GazettePress.Cli.Commands;
using GazettePress.Cli.Hosting;
using GazettePress.Publishing.Tests.Composition;
using GazettePress.Publishing.Tests.Content;

namespace GazettePress.Publishing.Tests.Cli;

/// <summary>The editor's options on the command line: build --final, check --verbose.</summary>
public class EditorCommandsTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Build_final_refuses_an_issue_with_a_placeholder_and_names_its_line()
    {
        var issue = Path.Combine(TestIssues.RepoRoot, "tests", "data", "issues", "mini-2025-06");
        var output = Path.Combine(Path.GetTempPath(), "gp-final-cli-" + Guid.NewGuid().ToString("N"));

        var (code, _, err) = Run("build", issue, "--out", output, "--final", "--lang", "zh");

        Assert.Equal(ExitCodes.InputProblems, code);
        Assert.Contains("docs/03-jsgtz-2025-33.md:16:16: 错误 GP1106【编辑可改】：终稿不能有占位", err);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Check_verbose_always_shows_the_machines_font_warnings_with_who_can_fix_them()
    {
        using var issue = new TempIssue().WriteValid();

        var normal = Run("check", issue.Directory, "--lang", "zh");
        var verbose = Run("check", issue.Directory, "--lang", "zh", "--verbose");

        Assert.Equal(ExitCodes.Ok, verbose.Code);
        // The bundled fonts have no 仿宋: the fangsong role falls back, which only the installer can change.
        Assert.DoesNotContain("GP3003", normal.Out + normal.Err);
        Assert.Contains("警告 GP3003【安装配置】：字体目录里没有仿宋字体", verbose.Err);
        Assert.Contains("编辑无需处理", verbose.Err);
        Assert.Contains("GP3003", Run("check", issue.Directory, "--lang", "zh", "--verbose").Err); // every time
    }
}
