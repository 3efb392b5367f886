using System.CommandLine;
using GazettePress.Cli.Hosting;
using GazettePress.Diagnostics;
using GazettePress.Intake;
using GazettePress.Intake.Issues;

namespace GazettePress.Cli.Commands;

/// <summary>
/// <c>gazettepress new &lt;dir&gt; [--year Y] [--number N] [--like &lt;previous-issue&gt;]</c>: starts an issue folder
/// from the previous issue (its fixed fields, sections and colophon; the next 期 and 总第N期). Never
/// overwrites. Exit 0 when written, 1 otherwise.
/// </summary>
public sealed class NewCommand : ICliCommand
{
    private static readonly TextId Summary = new("cli.new");
    private static readonly TextId DirHelp = new("cli.new.dir");
    private static readonly TextId YearHelp = new("cli.new.year");
    private static readonly TextId NumberHelp = new("cli.new.number");
    private static readonly TextId LikeHelp = new("cli.new.like");

    public Command Create(CliContext cli)
    {
        var dir = new Argument<string>("dir") { Description = DirHelp.Render() };
        var year = new Option<int?>("--year", "-y") { Description = YearHelp.Render(), HelpName = "year" };
        var number = new Option<int?>("--number", "-n") { Description = NumberHelp.Render(), HelpName = "n" };
        var like = new Option<string?>("--like") { Description = LikeHelp.Render(), HelpName = "previous-issue" };
        var command = new Command("new", Summary.Render()) { dir, year, number, like };
        command.SetAction(parse => Run(cli, new NewIssueRequest(parse.GetRequiredValue(dir), parse.GetValue(year), parse.GetValue(number), parse.GetValue(like))));
        return command;
    }

    private static int Run(CliContext cli, NewIssueRequest request)
    {
        var result = IssueCreator.Create(request);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) cli.Error.WriteLine(error);
            return ExitCodes.InputProblems;
        }
        var cumulative = result.Cumulative is { } c ? $"（总第{c}期）" : "";
        cli.Out.WriteLine(IntakeMessages.NewWritten.Render(("dir", request.Directory), ("year", result.Year), ("number", result.Number), ("cumulative", cumulative)));
        if (!cli.Quiet)
            foreach (var message in result.Messages) cli.Error.WriteLine("  " + message);
        return ExitCodes.Ok;
    }
}
