using GazettePress.Content.Loading;
using GazettePress.Diagnostics;

namespace GazettePress.Cli.Commands;

/// <summary>
/// <c>gazettepress check &lt;issue-dir&gt; [--json]</c>: loads an issue and reports every problem.
/// Exit 0 when there is no error, 1 when there is one, 2 for a usage error.
/// </summary>
public static class CheckCommand
{
    private const string UsageLine = "usage: gazettepress check <issue-dir> [--json]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var json = args.Contains("--json");
        var positional = args.Where(a => a != "--json").ToArray();
        if (positional.Length != 1 || positional[0].StartsWith('-'))
        {
            stderr.WriteLine(UsageLine);
            return 2;
        }
        var result = IssueLoader.Load(positional[0]);
        if (json)
        {
            stdout.WriteLine(CheckReport.ToJson(result));
        }
        else
        {
            WriteText(result, positional[0], stdout);
        }
        return result.HasErrors ? 1 : 0;
    }

    private static void WriteText(IssueLoadResult result, string directory, TextWriter stdout)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            stdout.WriteLine(diagnostic.ToString());
        }
        var documents = result.Issue?.Documents.Count() ?? 0;
        var what = result.Issue is { } issue ? $"{issue.Gazette.Title} {issue.Year}年第{issue.Number}期, {documents} document{(documents == 1 ? "" : "s")}" : directory;
        stdout.WriteLine($"{what}: {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}");
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
