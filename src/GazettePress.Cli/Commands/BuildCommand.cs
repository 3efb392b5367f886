namespace GazettePress.Cli.Commands;

public static class BuildCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("gazettepress build: not implemented yet");
        return 2;
    }
}
