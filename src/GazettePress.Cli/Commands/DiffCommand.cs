using System.CommandLine;
using GazettePress.Cli.Hosting;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Proofing;

namespace GazettePress.Cli.Commands;

/// <summary>
/// <c>gazettepress diff &lt;old.pdf|old-build-dir&gt; &lt;new-build-dir&gt; [--out dir]</c>: marks what changed
/// between two proof rounds (<see cref="ProofDiff"/>); prints the list of changes.
/// </summary>
public sealed class DiffCommand : ICliCommand
{
    private static readonly TextId Summary = new("cli.diff");
    private static readonly TextId OldHelp = new("cli.diff.old");
    private static readonly TextId NewHelp = new("cli.diff.new");
    private static readonly TextId OutHelp = new("cli.diff.out");
    private static readonly TextId Wrote = new("cli.diff.wrote");

    public Command Create(CliContext cli)
    {
        var old = new Argument<string>("old") { Description = OldHelp.Render() };
        var @new = new Argument<string>("new-build-dir") { Description = NewHelp.Render() };
        var output = new Option<string?>("--out", "-o") { Description = OutHelp.Render(), HelpName = "dir" };
        var command = new Command("diff", Summary.Render()) { old, @new, output };
        command.SetAction(parse => Run(cli, parse.GetRequiredValue(old), parse.GetRequiredValue(@new), parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext cli, string old, string @new, string? output)
    {
        var result = ProofDiff.Run(old, @new, output, Localization.Current);
        foreach (var d in result.Diagnostics) cli.Error.WriteLine(d);
        if (result.HasErrors) return ExitCodes.InputProblems;
        if (!cli.Quiet) cli.Out.Write(result.Summary);
        foreach (var file in result.Written) cli.Error.WriteLine(Wrote.Render(("file", file)));
        return ExitCodes.Ok;
    }
}
