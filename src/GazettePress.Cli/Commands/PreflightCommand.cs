using System.CommandLine;
using GazettePress.Cli.Hosting;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Print;

namespace GazettePress.Cli.Commands;

/// <summary><c>gazettepress preflight &lt;pdf&gt;</c>: one PASS/FAIL line per check; exit 1 when any check fails.</summary>
public sealed class PreflightCommand : ICliCommand
{
    private static readonly TextId Summary = new("cli.preflight");
    private static readonly TextId PdfHelp = new("cli.preflight.pdf");
    private static readonly TextId BleedHelp = new("cli.preflight.bleed-mm");
    private static readonly TextId PpiHelp = new("cli.preflight.min-ppi");
    private static readonly TextId MultipleHelp = new("cli.preflight.page-multiple");
    private static readonly TextId PdfxHelp = new("cli.preflight.require-pdfx");
    private static readonly TextId InkcovHelp = new("cli.preflight.inkcov");
    private static readonly TextId Passed = new("cli.preflight.passed");
    private static readonly TextId FailedChecks = new("cli.preflight.failed");
    public static readonly DiagnosticId CannotRead = new("GP8010");

    public Command Create(CliContext cli)
    {
        var defaults = new PreflightOptions();
        var pdf = new Argument<string>("pdf") { Description = PdfHelp.Render() };
        var bleed = new Option<double>("--bleed-mm") { Description = BleedHelp.Render(), HelpName = "mm", DefaultValueFactory = _ => defaults.BleedMm };
        var ppi = new Option<double>("--min-ppi") { Description = PpiHelp.Render(), HelpName = "ppi", DefaultValueFactory = _ => defaults.MinImagePpi };
        var multiple = new Option<int>("--page-multiple") { Description = MultipleHelp.Render(), HelpName = "n", DefaultValueFactory = _ => defaults.PageMultiple };
        var pdfx = new Option<bool>("--require-pdfx") { Description = PdfxHelp.Render() };
        var inkcov = new Option<bool>("--inkcov") { Description = InkcovHelp.Render() };
        var command = new Command("preflight", Summary.Render()) { pdf, bleed.AtLeast(0), ppi.AtLeast(0), multiple.AtLeast(1), pdfx, inkcov };
        command.SetAction(parse => Run(cli, parse.GetRequiredValue(pdf), defaults with
        {
            BleedMm = parse.GetValue(bleed),
            MinImagePpi = parse.GetValue(ppi),
            PageMultiple = parse.GetValue(multiple),
            RequirePdfx = parse.GetValue(pdfx),
            CrossCheckInkCoverage = parse.GetValue(inkcov),
        }));
        return command;
    }

    private static int Run(CliContext cli, string path, PreflightOptions options)
    {
        byte[]? bytes;
        PreflightReport? refused;
        try
        {
            (bytes, refused) = PreflightFile.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            cli.Error.WriteLine(Diagnostic.Create(CannotRead, new SourceLocation(path), ("reason", FileProblems.Reason(e, path))));
            return ExitCodes.InputProblems;
        }
        var report = refused ?? Preflight.Check(bytes!, options, path);
        var failed = report.Checks.Count(c => !c.Passed);
        if (!cli.Quiet || failed > 0)
            foreach (var line in report.Lines()) cli.Out.WriteLine(line);
        if (!cli.Quiet || failed > 0)
            cli.Out.WriteLine(failed == 0 ? Passed.Render(("file", path)) : FailedChecks.Render(("failed", failed), ("file", path)));
        return failed == 0 ? ExitCodes.Ok : ExitCodes.InputProblems;
    }
}
