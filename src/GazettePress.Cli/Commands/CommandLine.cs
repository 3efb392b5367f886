using System.CommandLine;
using System.CommandLine.Invocation;
using GazettePress.Cli.Hosting;
using GazettePress.Diagnostics;

namespace GazettePress.Cli.Commands;

/// <summary>
/// <c>gazettepress &lt;command&gt; [options]</c>: builds the command tree (System.CommandLine) in the
/// language of this call, parses, reports usage errors from the catalogue, runs the command, and
/// turns any exception into a bug report. Exit codes: <see cref="ExitCodes"/>.
/// </summary>
public static class CommandLine
{
    /// <summary>Every command, in the order help lists them. Adding a command: a file in Commands/ and one line here.</summary>
    public static IReadOnlyList<ICliCommand> Commands() =>
    [
        new CheckCommand(),
        new ImportCommand(),
        new BuildCommand(),
        new WatchCommand(),
        new DiffCommand(),
        new PreflightCommand(),
        new BenchCommand(),
        new NewCommand(),
        new AddCommand(),
        new HelpCommand(),
    ];

    /// <summary>Runs one command line in-process (tests, the process entry point) and returns its exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, errorIsTerminal: false);

    /// <param name="errorIsTerminal">stderr is an interactive terminal: progress may be shown there.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool errorIsTerminal) =>
        Run(args, new CliContext(stdout, stderr, errorIsTerminal), Commands());

    /// <summary>Runs one command line with the given commands (tests add their own).</summary>
    public static int Run(string[] args, CliContext cli, IReadOnlyList<ICliCommand> commands)
    {
        // --lang sets an AsyncLocal: run in a copy of the execution context so that the choice ends
        // with this call and never leaks into the caller's (tests, watch).
        var exitCode = ExitCodes.Bug;
        var context = ExecutionContext.Capture();
        if (context is null) exitCode = RunGuarded(args, cli, commands);
        else ExecutionContext.Run(context, _ => exitCode = RunGuarded(args, cli, commands), null);
        return exitCode;
    }

    private static int RunGuarded(string[] args, CliContext cli, IReadOnlyList<ICliCommand> commands)
    {
        try
        {
            if (GlobalOptions.LanguageOf(args) is { } language) Localization.Current = language;
            var globals = new GlobalOptions();
            var root = BuildTree(cli, globals, commands);
            var parse = root.Parse(args);
            cli.Verbosity = globals.VerbosityOf(parse);
            if (parse.Action is ParseErrorAction)
            {
                foreach (var diagnostic in UsageErrors.Of(parse)) cli.Error.WriteLine(diagnostic.ToString());
                cli.Error.WriteLine(CliMessages.HelpUsage.Render(("usage", HelpWriter.UsageLine(parse.CommandResult.Command))));
                return ExitCodes.Usage;
            }
            return parse.Invoke(new InvocationConfiguration
            {
                Output = cli.Out,
                Error = cli.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (Exception e)
        {
            return CommandBoundary.Report(e, string.Join(' ', args.Prepend(HelpWriter.CommandLineName)), cli);
        }
    }

    /// <summary>The whole command tree, its texts in <see cref="Localization.Current"/>.</summary>
    public static RootCommand BuildTree(CliContext cli, GlobalOptions globals, IReadOnlyList<ICliCommand> commands)
    {
        var root = new RootCommand(CliMessages.Root.Render());
        globals.AddTo(root, cli);
        foreach (var command in commands) root.Add(command.Create(cli));
        // `gazettepress` alone: the overview on stderr, and a usage error.
        root.SetAction(_ =>
        {
            HelpWriter.Write(root, cli.Error);
            return ExitCodes.Usage;
        });
        cli.Root = root;
        return root;
    }
}
