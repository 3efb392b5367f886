using System.Diagnostics;
using System.Text.Json;

namespace GazettePress.Publishing.Tests.Epub;

/// <summary>One violation Ace by DAISY reports: rule, impact (minor, moderate, serious, critical), file.</summary>
public sealed record AceViolation(string Rule, string Impact, string File)
{
    public override string ToString() => $"{Impact} {Rule} in {File}";
}

/// <summary>
/// Runs Ace by DAISY (npm @daisy/ace) on an EPUB with Debian's chromium. .ci/run installs it into a
/// temporary folder and sets GAZETTEPRESS_ACE to its ace-puppeteer; a missing Ace fails the test.
/// </summary>
internal static class AceRunner
{
    public static IReadOnlyList<AceViolation> Run(string epub)
    {
        var ace = Environment.GetEnvironmentVariable("GAZETTEPRESS_ACE");
        Assert.True(!string.IsNullOrEmpty(ace) && File.Exists(ace),
            "Ace by DAISY is not installed: npm install --prefix DIR --ignore-scripts @daisy/ace@1.4.6, then GAZETTEPRESS_ACE=DIR/node_modules/.bin/ace-puppeteer (.ci/run does this)");
        var output = Directory.CreateTempSubdirectory("gp-ace-").FullName;
        try
        {
            var start = new ProcessStartInfo(ace!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "--force", "--silent", "--outdir", output, epub }) start.ArgumentList.Add(argument);
            start.Environment["PUPPETEER_EXECUTABLE_PATH"] = PhoneBrowser.Chromium;
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(300_000), "Ace did not finish in 5 minutes");
            var report = Path.Combine(output, "report.json");
            Assert.True(File.Exists(report), $"Ace wrote no report (exit {process.ExitCode}): {stdout.Result}{stderr.Result}");
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            var violations = new List<AceViolation>();
            foreach (var subject in json.RootElement.GetProperty("assertions").EnumerateArray())
            {
                var file = subject.GetProperty("earl:testSubject").GetProperty("url").GetString() ?? "";
                foreach (var assertion in subject.GetProperty("assertions").EnumerateArray())
                {
                    var test = assertion.GetProperty("earl:test");
                    violations.Add(new AceViolation(test.GetProperty("dct:title").GetString() ?? "", test.GetProperty("earl:impact").GetString() ?? "", file));
                }
            }
            return violations;
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
