namespace GazettePress.Cli.Hosting;

/// <summary>How much a command tells on its standard streams.</summary>
public enum Verbosity
{
    /// <summary><c>--quiet</c>: errors only.</summary>
    Quiet,
    Normal,
    /// <summary><c>--verbose</c>: also stage timings and, for a bug, the stack trace.</summary>
    Verbose,
}

/// <summary>What every command's action may use: the streams of this call and the global options.</summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, bool errorIsTerminal)
    {
        Out = output;
        Error = error;
        ErrorIsTerminal = errorIsTerminal;
    }

    /// <summary>Results (files written, reports, JSON): what a script reads.</summary>
    public TextWriter Out { get; }

    /// <summary>Diagnostics, progress and notes for the person at the terminal.</summary>
    public TextWriter Error { get; }

    /// <summary>True when <see cref="Error"/> is an interactive terminal: only then is progress shown.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>How long a build runs before progress is shown (tests set zero).</summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>From <c>--quiet</c> / <c>--verbose</c>; set once the command line is parsed.</summary>
    public Verbosity Verbosity { get; internal set; } = Verbosity.Normal;

    /// <summary>The whole command tree of this call (for <c>gazettepress help &lt;command&gt;</c>).</summary>
    public System.CommandLine.RootCommand Root { get; internal set; } = null!;

    public bool Quiet => Verbosity == Verbosity.Quiet;
    public bool Verbose => Verbosity == Verbosity.Verbose;
}
