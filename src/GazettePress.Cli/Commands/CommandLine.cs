namespace GazettePress.Cli.Commands;

public static class CommandLine
{
    private static readonly IReadOnlyDictionary<string, Func<string[], TextWriter, TextWriter, int>> Commands =
        new Dictionary<string, Func<string[], TextWriter, TextWriter, int>>(StringComparer.Ordinal)
        {
            ["check"] = CheckCommand.Run,
            ["import"] = ImportCommand.Run,
            ["build"] = BuildCommand.Run,
            ["preflight"] = PreflightCommand.Run,
            ["bench"] = BenchCommand.Run,
        };

    public const string Usage = """
        usage: gazettepress <command> [options]

          check <issue-dir> [--json]          load an issue and report every problem in it
          import <text-file> --out <dir>      turn an extracted-text issue into an issue folder
          build <issue-dir> --out <dir>       typeset the issue: screen PDF, print PDF, EPUB
          preflight <pdf>                     check a print PDF the way a print shop does
          bench [<issue-dir>]                 time and measure a full build
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // --lang zh|en, anywhere: the language of every message of this run (default: the environment's, else Chinese).
        var at = Array.IndexOf(args, "--lang");
        if (at >= 0 && at + 1 < args.Length && GazettePress.Diagnostics.Localization.Parse(args[at + 1]) is { } language)
        {
            GazettePress.Diagnostics.Localization.Current = language;
            args = [.. args[..at], .. args[(at + 2)..]];
        }
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        if (!Commands.TryGetValue(args[0], out var command))
        {
            stderr.WriteLine($"gazettepress: unknown command '{args[0]}'");
            stderr.WriteLine(Usage);
            return 2;
        }
        return command(args[1..], stdout, stderr);
    }
}
