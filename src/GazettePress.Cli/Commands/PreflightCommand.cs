namespace GazettePress.Cli.Commands;

public static class PreflightCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("gazettepress preflight: not implemented yet");
        return 2;
    }
}
