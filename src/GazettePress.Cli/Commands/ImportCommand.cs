namespace GazettePress.Cli.Commands;

public static class ImportCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("gazettepress import: not implemented yet");
        return 2;
    }
}
