namespace GazettePress.Cli.Commands;

public static class CheckCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("gazettepress check: not implemented yet");
        return 2;
    }
}
