using System.CommandLine;

namespace GazettePress.Cli.Hosting;

/// <summary>
/// One <c>gazettepress</c> command. <see cref="Create"/> builds its System.CommandLine definition —
/// arguments, options and every description from the message catalogue, in the language of the
/// current call — and sets the action that does the work and returns the exit code
/// (<see cref="ExitCodes"/>). A command is one file in Commands/ plus one line in
/// <see cref="Commands.CommandLine"/>.
/// </summary>
public interface ICliCommand
{
    Command Create(CliContext cli);
}
