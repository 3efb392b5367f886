namespace GazettePress.Cli.Commands;

public static class BenchCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("gazettepress bench: not implemented yet");
        return 2;
    }
}
