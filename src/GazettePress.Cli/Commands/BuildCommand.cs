using System.CommandLine;
using System.Globalization;
using GazettePress.Cli.Hosting;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;

namespace GazettePress.Cli.Commands;

/// <summary><c>gazettepress build &lt;issue-dir&gt; --out &lt;dir&gt;</c>: screen PDF, print PDF, EPUB and build.json.</summary>
public sealed class BuildCommand : ICliCommand
{
    private static readonly TextId Summary = new("cli.build");
    private static readonly TextId IssueHelp = new("cli.build.issue-dir");
    private static readonly TextId OutHelp = new("cli.build.out");
    private static readonly TextId TemplatesHelp = new("cli.build.templates");
    private static readonly TextId FontsHelp = new("cli.build.fonts");
    private static readonly TextId FinalHelp = new("cli.build.final");
    private static readonly TextId Wrote = new("cli.build.wrote");
    private static readonly TextId Done = new("cli.build.done");
    private static readonly TextId Failed = new("cli.build.failed");
    private static readonly TextId BlankPages = new("cli.build.blank-pages");
    private static readonly TextId StageTime = new("cli.build.stage-time");

    public Command Create(CliContext cli)
    {
        var issue = new Argument<string>("issue-dir") { Description = IssueHelp.Render() };
        var output = new Option<string>("--out", "-o") { Description = OutHelp.Render(), HelpName = "dir", Required = true };
        var templates = new Option<string?>("--templates") { Description = TemplatesHelp.Render(), HelpName = "dir" };
        var fonts = new Option<string?>("--fonts") { Description = FontsHelp.Render(), HelpName = "dir" };
        var final = new Option<bool>("--final") { Description = FinalHelp.Render() };
        var command = new Command("build", Summary.Render()) { issue, output, templates, fonts, final };
        command.SetAction(parse => Run(cli, new BuildOptions(parse.GetRequiredValue(issue), parse.GetRequiredValue(output),
            parse.GetValue(templates), parse.GetValue(fonts), Final: parse.GetValue(final))));
        return command;
    }

    private static int Run(CliContext cli, BuildOptions options)
    {
        BuildResult result;
        using (var progress = TerminalProgress.For(cli))
            result = BuildPipeline.Run(options, progress: progress);
        // Machine warnings (a font role falling back) once per font set; --verbose shows them every time.
        var shown = cli.Verbose ? result.Diagnostics
            : EnvironmentNotices.ForUser().ForDisplay(result.Diagnostics, options.FontsDirectory ?? BundledResources.Fonts());
        foreach (var d in shown)
            if (!cli.Quiet || d.Severity == Severity.Error) cli.Error.WriteLine(d);
        if (result.ExitCode != 0)
        {
            cli.Error.WriteLine(Failed.Render(("errors", Counts.OfErrors(Counts.ErrorCount(result.Diagnostics)))));
            return ExitCodes.InputProblems;
        }
        if (cli.Verbose)
            foreach (var (stage, elapsed) in result.Timings)
                cli.Error.WriteLine(StageTime.Render(("stage", stage), ("ms", elapsed.ToString("0.0", CultureInfo.InvariantCulture))));
        if (cli.Quiet) return ExitCodes.Ok;
        foreach (var file in result.WrittenFiles) cli.Out.WriteLine(Wrote.Render(("file", file)));
        cli.Out.WriteLine(Done.Render(("pages", result.Pages), ("ms", (long)Math.Round(result.TotalMilliseconds))));
        if (result.PrintBlankPages > 0)
            cli.Out.WriteLine(BlankPages.Render(("count", result.PrintBlankPages)));
        return ExitCodes.Ok;
    }
}
