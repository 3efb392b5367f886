using GazettePress.Content.Loading;
using GazettePress.Layout.Fonts;

namespace GazettePress.Cli.Commands;

/// <summary>
/// <c>gazettepress check &lt;issue-dir&gt; [--json] [--fonts &lt;dir&gt;]</c>: loads an issue and reports every
/// problem, including characters the bundled fonts cannot draw. Exit 0 when there is no error,
/// 1 when there is one, 2 for a usage error.
/// </summary>
public static class CheckCommand
{
    private const string UsageLine = "usage: gazettepress check <issue-dir> [--json] [--fonts <fonts-dir>]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var json = false;
        string? fontsDirectory = null;
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--fonts" when i + 1 < args.Length:
                    fontsDirectory = args[++i];
                    break;
                default:
                    positional.Add(args[i]);
                    break;
            }
        }
        if (positional.Count != 1 || positional[0].StartsWith('-'))
        {
            stderr.WriteLine(UsageLine);
            return 2;
        }
        using var fonts = OpenFonts(fontsDirectory, stderr);
        var result = IssueLoader.Load(positional[0], fonts is null ? null : new FontCoverage(fonts));
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

    /// <summary>The bundled fonts (fonts/ beside GazettePress.sln) or the given folder; null, with a note, when there are none.</summary>
    private static FontRegistry? OpenFonts(string? directory, TextWriter stderr)
    {
        directory ??= FontRegistry.TryFindFontsDirectory();
        if (directory is null || !Directory.Exists(directory))
        {
            stderr.WriteLine($"gazettepress check: no fonts directory{(directory is null ? "" : $" '{directory}'")}; characters are not checked against the fonts (use --fonts <dir>)");
            return null;
        }
        return FontRegistry.LoadDirectory(directory);
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
