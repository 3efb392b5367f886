using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GazettePress.Cli.Commands;
using GazettePress.Cli.Hosting;

namespace GazettePress.Publishing.Tests.Hardening;

/// <summary>
/// A damaged issue.yaml with thousands of unknown keys used to print one error (two lines) per key:
/// 80,000 keys were 160,000 lines. check and build now list at most 20 of one code, then one line
/// with how many more; other codes are listed in full; the totals and check --json keep every one.
/// </summary>
public sealed partial class DiagnosticListingTests : IDisposable
{
    private const int UnknownKeys = 3_000;
    private const int OutsidePictures = 3;
    private readonly IssueCopy _issue = new("tests/data/issues/mini-2025-06");

    public DiagnosticListingTests()
    {
        var keys = new StringBuilder();
        for (var i = 0; i < UnknownKeys; i++) keys.Append("unknown_key_").Append(i).Append(": 1\n");
        _issue.Edit("issue.yaml", t => t + keys);
        for (var i = 0; i < OutsidePictures; i++) _issue.AppendToBody(_issue.FirstDocument, $"![图](../outside-{i}.png)");
    }

    public void Dispose() => _issue.Dispose();

    [GeneratedRegex(@"^\S.*?:(\d+):(\d+): error (GP\d+) ", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The code the loader gives an unknown key (read from the JSON, so a renumbering does not break the test).</summary>
    private string UnknownKeyCode()
    {
        using var json = JsonDocument.Parse(Run("check", _issue.Directory, "--json").Out);
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .GroupBy(d => d.GetProperty("code").GetString()!).Single(g => g.Count() == UnknownKeys).Key;
    }

    private static void AssertCapped(string output, string unknownKeyCode)
    {
        var errors = ErrorLine().Matches(output).GroupBy(m => m.Groups[3].Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(DiagnosticListing.PerCode, errors[unknownKeyCode]);
        Assert.Equal(OutsidePictures, errors.Single(e => e.Key != unknownKeyCode).Value);
        var more = Assert.Single(output.Split('\n'), l => l.StartsWith('…'));
        Assert.Equal($"…and {UnknownKeys - DiagnosticListing.PerCode} more {unknownKeyCode} errors not listed " +
                     "(the first 20 are above; fix those and run again, or see them all with check --json)", more.TrimEnd('\r'));
        Assert.True(output.Split('\n').Length < 100, $"{output.Split('\n').Length} lines");
    }

    [Fact]
    public void Check_lists_twenty_of_one_code_then_how_many_more_and_counts_them_all()
    {
        var (exit, output, _) = Run("check", _issue.Directory, "--lang", "en");

        Assert.Equal(1, exit);
        AssertCapped(output, UnknownKeyCode());
        Assert.Contains($"{UnknownKeys + OutsidePictures} errors", output);
    }

    [Fact]
    public void Check_json_keeps_every_diagnostic()
    {
        var (exit, output, _) = Run("check", _issue.Directory, "--json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(UnknownKeys + OutsidePictures,
            json.RootElement.GetProperty("diagnostics").EnumerateArray().Count(d => d.GetProperty("severity").GetString() == "error"));
    }

    [Fact]
    public void Build_lists_them_the_same_way_and_quiet_too()
    {
        var code = UnknownKeyCode();
        var outDir = Path.Combine(_issue.Root, "out");

        var (exit, _, errors) = Run("build", _issue.Directory, "-o", outDir, "--lang", "en");
        var (quietExit, _, quietErrors) = Run("build", _issue.Directory, "-o", outDir, "--lang", "en", "--quiet");

        Assert.Equal(1, exit);
        AssertCapped(errors, code);
        Assert.Equal(1, quietExit);
        AssertCapped(quietErrors, code);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void The_line_about_the_rest_is_in_Chinese_by_default()
    {
        var (_, output, _) = Run("check", _issue.Directory, "--lang", "zh");

        Assert.Contains($"……另有 {UnknownKeys - DiagnosticListing.PerCode} 个 {UnknownKeyCode()} 错误没有列出", output);
    }
}
