using GazettePress.Importing;

namespace GazettePress.Cli.Commands;

/// <summary>
/// gazettepress import &lt;text-file&gt; --out &lt;issue-dir&gt; [--force]: turns an issue as extracted text
/// into an issue folder plus review.md (inside it) listing what a human should confirm.
/// Exit codes: 0 written, 1 unusable input or the folder could not be written, 2 usage.
/// </summary>
public static class ImportCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? input = null, outDir = null;
        var force = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length: outDir = args[++i]; break;
                case "--force": force = true; break;
                default:
                    if (args[i].StartsWith('-') || input is not null) return Usage(stderr, $"unexpected argument '{args[i]}'");
                    input = args[i];
                    break;
            }
        }
        if (input is null || outDir is null) return Usage(stderr, "need <text-file> and --out <issue-dir>");
        var result = ImportFile.Run(input, outDir, force);
        foreach (var error in result.Errors) stderr.WriteLine(error);
        if (result.Errors.Count > 0) return 1;
        stdout.WriteLine(result.Summary);
        stdout.WriteLine(Path.Combine(outDir, IssueImporter.ReviewFileName));
        return 0;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"gazettepress import: {message}");
        stderr.WriteLine("usage: gazettepress import <text-file> --out <issue-dir> [--force]");
        return 2;
    }
}
