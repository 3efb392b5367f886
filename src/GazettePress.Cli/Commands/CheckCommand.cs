using System.CommandLine;
using GazettePress.Cli.Hosting;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using GazettePress.Layout.Fonts;
using GazettePress.Publishing.Build;

namespace GazettePress.Cli.Commands;

/// <summary>
/// <c>gazettepress check &lt;issue-dir&gt; [--json] [--fonts &lt;dir&gt;]</c>: loads an issue and reports every
/// problem, including characters the fonts cannot draw. Exit 0 when there is no error, 1 when there is one.
/// </summary>
public sealed class CheckCommand : ICliCommand
{
    private static readonly TextId Summary = new("cli.check");
    private static readonly TextId IssueHelp = new("cli.check.issue-dir");
    private static readonly TextId JsonHelp = new("cli.check.json");
    private static readonly TextId FontsHelp = new("cli.check.fonts");
    private static readonly TextId Result = new("cli.check.result");
    private static readonly TextId VerboseNote = new("cli.check.verbose-note");
    public static readonly DiagnosticId NoFonts = new("GP8011");

    public Command Create(CliContext cli)
    {
        var issue = new Argument<string>("issue-dir") { Description = IssueHelp.Render() };
        var json = new Option<bool>("--json") { Description = JsonHelp.Render() };
        var fonts = new Option<string?>("--fonts") { Description = FontsHelp.Render(), HelpName = "dir" };
        var command = new Command("check", Summary.Render()) { issue, json, fonts };
        command.SetAction(parse => Run(cli, parse.GetRequiredValue(issue), parse.GetValue(json), parse.GetValue(fonts)));
        return command;
    }

    private static int Run(CliContext cli, string directory, bool json, string? fontsDirectory)
    {
        var setup = new DiagnosticBag();
        using var fonts = OpenFonts(fontsDirectory, setup, cli);
        var loaded = IssueLoader.Load(directory, fonts is null ? null : new FontCoverage(fonts));
        // Problems with the fonts folder come first, as build reports them before loading.
        var result = loaded with { Diagnostics = [.. setup.Sorted(), .. loaded.Diagnostics] };
        if (json) cli.Out.WriteLine(CheckReport.ToJson(result));
        else WriteText(result, directory, cli);
        // --verbose: the machine's own warnings (a font role falling back), which build shows once per font set.
        if (cli.Verbose && !json && fonts is not null && fonts.Diagnostics.Count > 0)
        {
            cli.Error.WriteLine(VerboseNote.Render());
            foreach (var diagnostic in fonts.Diagnostics) cli.Error.WriteLine(diagnostic.ToString());
        }
        return result.HasErrors ? ExitCodes.InputProblems : ExitCodes.Ok;
    }

    /// <summary>
    /// The bundled fonts or the given folder; null, with a warning, when there are none, and null, with
    /// an error in <paramref name="setup"/>, when a font file resolves outside the folder (nothing is read then).
    /// </summary>
    private static FontRegistry? OpenFonts(string? directory, DiagnosticBag setup, CliContext cli)
    {
        directory ??= BundledResources.Fonts();
        if (directory is null || !Directory.Exists(directory))
        {
            cli.Error.WriteLine(Diagnostic.Create(NoFonts, new SourceLocation(directory ?? ""), ("folder", directory ?? "fonts/")));
            return null;
        }
        if (!InputFolders.Check(null, directory, setup)) return null;
        return FontRegistry.LoadDirectory(directory);
    }

    private static void WriteText(IssueLoadResult result, string directory, CliContext cli)
    {
        foreach (var diagnostic in result.Diagnostics)
            if (!cli.Quiet || diagnostic.Severity == Severity.Error) cli.Out.WriteLine(diagnostic.ToString());
        if (cli.Quiet) return;
        var what = result.Issue is { } issue
            ? $"{issue.Gazette.Title} {issue.Year}年第{issue.Number}期"
            : directory;
        cli.Out.WriteLine(Result.Render(("issue", what), ("documents", Counts.OfDocuments(result.Issue?.Documents.Count() ?? 0)),
            ("errors", Counts.OfErrors(result.ErrorCount)), ("warnings", Counts.OfWarnings(result.WarningCount))));
    }
}
