using System.CommandLine;
using GazettePress.Cli.Hosting;
using GazettePress.Diagnostics;
using GazettePress.Intake;
using GazettePress.Intake.Issues;
using GazettePress.Intake.Recognition;

namespace GazettePress.Cli.Commands;

/// <summary>
/// <c>gazettepress add &lt;file&gt;… --issue &lt;dir&gt; [--section &lt;title&gt;] [--force]</c>: Word files (.docx),
/// saved web pages (.html) and text files (.txt) become documents of the issue. Every doubt is a
/// review note in the document and a line here. Exit 0 when all were added; 1, with nothing
/// written, when any file could not be.
/// </summary>
public sealed class AddCommand : ICliCommand
{
    private static readonly TextId Summary = new("cli.add");
    private static readonly TextId FilesHelp = new("cli.add.files");
    private static readonly TextId IssueHelp = new("cli.add.issue");
    private static readonly TextId SectionHelp = new("cli.add.section");
    private static readonly TextId ForceHelp = new("cli.add.force");

    public Command Create(CliContext cli)
    {
        var files = new Argument<string[]>("file") { Description = FilesHelp.Render(), Arity = ArgumentArity.OneOrMore };
        var issue = new Option<string>("--issue", "-i") { Description = IssueHelp.Render(), HelpName = "issue-dir", Required = true };
        var section = new Option<string?>("--section", "-s") { Description = SectionHelp.Render(), HelpName = "title" };
        var force = new Option<bool>("--force", "-f") { Description = ForceHelp.Render() };
        var command = new Command("add", Summary.Render()) { files, issue, section, force };
        command.SetAction(parse => Run(cli, new AddRequest(parse.GetRequiredValue(issue), parse.GetRequiredValue(files), parse.GetValue(section), parse.GetValue(force))));
        return command;
    }

    private static int Run(CliContext cli, AddRequest request)
    {
        var result = IssueAdder.Add(request);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) cli.Error.WriteLine(error);
            cli.Error.WriteLine(IntakeMessages.NothingWritten.Render(("count", result.Errors.Count)));
            return ExitCodes.InputProblems;
        }
        foreach (var document in result.Added)
        {
            var file = Path.GetRelativePath(Environment.CurrentDirectory, document.File);
            cli.Out.WriteLine((document.Replaced ? IntakeMessages.Replaced : IntakeMessages.Added).Render(("file", file), ("section", document.Section)));
            if (cli.Quiet) continue;
            foreach (var dropped in document.Dropped)
                cli.Error.WriteLine("  " + IntakeMessages.Dropped.Render(("part", PartName(dropped.Part)), ("text", Short(dropped.Text))));
            foreach (var note in document.Notes)
                cli.Error.WriteLine("  " + note);
            if (document.Notes.Count > 0)
                cli.Error.WriteLine("  " + IntakeMessages.ToReview.Render(("count", document.Notes.Count), ("file", file)));
        }
        if (!cli.Quiet) cli.Out.WriteLine(IntakeMessages.Summary.Render(("count", result.Added.Count), ("issue", request.IssueDirectory)));
        return ExitCodes.Ok;
    }

    private static LocalizedText PartName(TextIdPart part) => part switch
    {
        TextIdPart.Head => IntakeMessages.PartHead.With(),
        TextIdPart.Record => IntakeMessages.PartRecord.With(),
        TextIdPart.Seal => IntakeMessages.PartSeal.With(),
        _ => IntakeMessages.PartPageChrome.With(),
    };

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
