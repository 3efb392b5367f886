using System.CommandLine;
using GazettePress.Cli.Hosting;
using GazettePress.Diagnostics;
using GazettePress.Importing;

namespace GazettePress.Cli.Commands;

/// <summary>
/// gazettepress import &lt;text-file&gt; --out &lt;issue-dir&gt; [--force]: turns an issue as extracted text
/// into an issue folder plus review.md (inside it) listing what a human should confirm.
/// Exit codes: 0 written, 1 unusable input or the folder could not be written, 2 usage.
/// </summary>
public sealed class ImportCommand : ICliCommand
{
    public const string ReviewFileName = IssueImporter.ReviewFileName;

    private static readonly TextId Summary = new("cli.import");
    private static readonly TextId InputHelp = new("cli.import.text-file");
    private static readonly TextId OutHelp = new("cli.import.out");
    private static readonly TextId ForceHelp = new("cli.import.force");
    private static readonly TextId NothingWritten = new("cli.import.nothing-written");
    private static readonly TextId Imported = new("cli.import.done");

    public Command Create(CliContext cli)
    {
        var input = new Argument<string>("text-file") { Description = InputHelp.Render() };
        var output = new Option<string>("--out", "-o") { Description = OutHelp.Render(), HelpName = "issue-dir", Required = true };
        var force = new Option<bool>("--force", "-f") { Description = ForceHelp.Render() };
        var command = new Command("import", Summary.Render()) { input, output, force };
        command.SetAction(parse => Run(parse.GetRequiredValue(input), parse.GetRequiredValue(output), parse.GetValue(force), cli.Out, cli.Error));
        return command;
    }

    private static int Run(string input, string outDir, bool force, TextWriter stdout, TextWriter stderr)
    {
        var result = ImportFile.Run(input, outDir, force);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                stderr.WriteLine(error);
            stderr.WriteLine(NothingWritten.Render(("errors", Counts.OfErrors(result.Errors.Count))));
            return 1;
        }
        // "N documents (TOC: M)": what was found against what the TOC lists, then where the review list is.
        stdout.WriteLine(result.Summary);
        stdout.WriteLine(Imported.Render(("documents", Counts.OfDocuments(result.DocumentCount)), ("folder", outDir), ("review", Path.Combine(outDir, ReviewFileName))));
        return 0;
    }
}
