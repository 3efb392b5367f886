using System.Globalization;
using GazettePress.Publishing.Print;

namespace GazettePress.Cli.Commands;

/// <summary>gazettepress preflight &lt;pdf&gt; [--bleed-mm N] [--min-ppi N] [--page-multiple N]
/// [--require-pdfx] [--inkcov]: one PASS/FAIL line per check; exit 1 when any check fails.</summary>
public static class PreflightCommand
{
    private const string Usage = "usage: gazettepress preflight <pdf> [--bleed-mm 3] [--min-ppi 300] [--page-multiple 4] [--require-pdfx] [--inkcov]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? path = null;
        var options = new PreflightOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            double Number()
            {
                if (i + 1 >= args.Length || !double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    throw new ArgumentException($"{arg} needs a number");
                i++;
                return v;
            }
            try
            {
                switch (arg)
                {
                    case "--bleed-mm": options = options with { BleedMm = Number() }; break;
                    case "--min-ppi": options = options with { MinImagePpi = Number() }; break;
                    case "--page-multiple": options = options with { PageMultiple = (int)Number() }; break;
                    case "--require-pdfx": options = options with { RequirePdfx = true }; break;
                    case "--inkcov": options = options with { CrossCheckInkCoverage = true }; break;
                    case "-h" or "--help":
                        stdout.WriteLine(Usage);
                        return 0;
                    default:
                        if (arg.StartsWith('-') || path is not null) throw new ArgumentException($"unexpected argument '{arg}'");
                        path = arg;
                        break;
                }
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"gazettepress preflight: {e.Message}");
                stderr.WriteLine(Usage);
                return 2;
            }
        }
        if (path is null)
        {
            stderr.WriteLine(Usage);
            return 2;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{path}: error PF001: cannot read the file: {e.Message}");
            return 1;
        }
        var report = Preflight.Check(bytes, options, path);
        foreach (var line in report.Lines()) stdout.WriteLine(line);
        var failed = report.Checks.Count(c => !c.Passed);
        stdout.WriteLine(failed == 0 ? $"preflight passed: {path}" : $"preflight FAILED: {failed} check(s) failed in {path}");
        return failed == 0 ? 0 : 1;
    }
}
