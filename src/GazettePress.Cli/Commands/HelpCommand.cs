using System.CommandLine;
using GazettePress.Cli.Hosting;
using GazettePress.Diagnostics;

namespace GazettePress.Cli.Commands;

/// <summary><c>gazettepress help [&lt;command&gt;]</c>: the same help as <c>&lt;command&gt; --help</c>.</summary>
public sealed class HelpCommand : ICliCommand
{
    private static readonly TextId Summary = new("cli.help");
    private static readonly TextId CommandHelp = new("cli.help.command");

    public Command Create(CliContext cli)
    {
        var name = new Argument<string?>("command") { Description = CommandHelp.Render(), Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("help", Summary.Render()) { name };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(name);
            if (wanted is null)
            {
                HelpWriter.Write(cli.Root, cli.Out);
                return ExitCodes.Ok;
            }
            var target = cli.Root.Subcommands.FirstOrDefault(c => c.Name == wanted || c.Aliases.Contains(wanted));
            if (target is null)
            {
                cli.Error.WriteLine(UsageErrors.UnknownCommand(wanted, cli.Root).ToString());
                return ExitCodes.Usage;
            }
            HelpWriter.Write(target, cli.Out);
            return ExitCodes.Ok;
        });
        return command;
    }
}
