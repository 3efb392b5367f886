using GazettePress.Publishing.Build;

namespace GazettePress.Cli.Commands;

public static class BuildCommand
{
    public const string Usage = "usage: gazettepress build <issue-dir> --out <dir> [--templates <dir>] [--fonts <dir>]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? issue = null, output = null, templates = null, fonts = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                case "--templates" when i + 1 < args.Length: templates = args[++i]; break;
                case "--fonts" when i + 1 < args.Length: fonts = args[++i]; break;
                case var a when !a.StartsWith('-') && issue is null: issue = a; break;
                default:
                    stderr.WriteLine($"gazettepress build: unexpected argument '{args[i]}'");
                    stderr.WriteLine(Usage);
                    return 2;
            }
        }
        if (issue is null || output is null)
        {
            stderr.WriteLine(Usage);
            return 2;
        }
        var result = BuildPipeline.Run(new BuildOptions(issue, output, templates, fonts));
        foreach (var d in result.Diagnostics) stderr.WriteLine(d);
        if (result.ExitCode != 0)
        {
            stderr.WriteLine($"gazettepress build: {result.Diagnostics.Count(d => d.Severity == GazettePress.Diagnostics.Severity.Error)} error(s); nothing written");
            return result.ExitCode;
        }
        foreach (var file in result.WrittenFiles) stdout.WriteLine($"wrote {file}");
        stdout.WriteLine($"{result.Pages} pages in {result.Timings.Where(t => !t.Stage.EndsWith("(cpu)")).Sum(t => t.Milliseconds):0} ms");
        return 0;
    }
}
