using GazettePress.Cli.Commands;
using GazettePress.Cli.Hosting;
using GazettePress.Publishing.Tests.Build;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Cli;

/// <summary>Build progress: on a terminal it names each stage on one redrawn line and erases it; in scripts it never shows.</summary>
public sealed class ProgressTests
{
    private static readonly string Issue = Path.Combine(TestIssues.RepoRoot, "tests", "data", "issues", BuildFixture.IssueName);

    private static (int Exit, string Err) Build(bool terminal, params string[] extra)
    {
        var output = Path.Combine(Path.GetTempPath(), "gp-progress-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stderr = new StringWriter();
            var cli = new CliContext(TextWriter.Null, stderr, terminal) { ProgressDelay = TimeSpan.Zero };
            var exit = CommandLine.Run(["build", Issue, "--out", output, "--lang", "en", .. extra], cli, CommandLine.Commands());
            return (exit, stderr.ToString());
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void A_terminal_sees_each_stage_and_the_line_is_erased_at_the_end()
    {
        var (exit, err) = Build(terminal: true);
        Assert.Equal(0, exit);
        foreach (var stage in new[] { "loading and checking the content", "composing (pass 1)", "painting pages, subsetting fonts",
                     "making the print PDF, preflight", "making the EPUB", "writing the files" })
            Assert.Contains(stage, err);
        // The progress line is erased before anything else is written: what follows is diagnostics only.
        var afterProgress = err[(err.LastIndexOf("\r\u001b[2K", StringComparison.Ordinal) + 5)..];
        Assert.DoesNotContain("writing the files", afterProgress);
        Assert.DoesNotContain("\u001b", afterProgress);
    }

    [Fact]
    public void Scripts_and_quiet_runs_see_no_progress()
    {
        Assert.DoesNotContain("\u001b", Build(terminal: false).Err);
        Assert.DoesNotContain("\u001b", Build(terminal: true, "--quiet").Err);
    }

    [Fact]
    public void Verbose_lists_the_time_of_each_stage()
    {
        var (exit, err) = Build(terminal: false, "--verbose");
        Assert.Equal(0, exit);
        foreach (var stage in new[] { "load", "compose", "paint", "screen-pdf", "print-pdf", "epub", "write" })
            Assert.Matches($@"(?m)^time: {stage} \d+\.\d ms$", err);
    }
}
