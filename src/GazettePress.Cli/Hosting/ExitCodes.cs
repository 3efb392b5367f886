namespace GazettePress.Cli.Hosting;

/// <summary>The process exit codes of every command (documented in <c>gazettepress --help</c> and the README).</summary>
public static class ExitCodes
{
    /// <summary>Done; warnings may have been shown.</summary>
    public const int Ok = 0;
    /// <summary>The input has problems (errors were listed) or a file could not be read or written.</summary>
    public const int InputProblems = 1;
    /// <summary>The command line itself is wrong: unknown command or option, missing argument, bad value.</summary>
    public const int Usage = 2;
    /// <summary>A bug in GazettePress (EX_SOFTWARE of sysexits.h): the command caught an exception it should never see.</summary>
    public const int Bug = 70;
}
