using System.Diagnostics;
using GazettePress.Cli.Commands;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Build;

/// <summary>Builds the hand-made test issue once through the CLI; tests read the files it wrote.</summary>
public sealed class BuildFixture
{
    public const string IssueName = "mini-2025-06";

    public string IssueDirectory { get; } = Path.Combine(TestIssues.RepoRoot, "tests", "data", "issues", IssueName);
    public string OutputDirectory { get; }
    public string PdfPath => Path.Combine(OutputDirectory, IssueName + ".pdf");
    public string ReportPath => Path.Combine(OutputDirectory, "build.json");

    public BuildFixture()
    {
        OutputDirectory = Build(IssueDirectory, null, out var exit, out var errors);
        if (exit != 0) throw new InvalidOperationException("test issue did not build: " + errors);
    }

    /// <summary>Runs `gazettepress build` in-process into a fresh folder.</summary>
    public static string Build(string issue, string? templates, out int exitCode, out string stderr)
    {
        var output = Path.Combine(Path.GetTempPath(), "gp-build-" + Guid.NewGuid().ToString("N"));
        var args = new List<string> { "build", issue, "--out", output };
        if (templates is not null) args.AddRange(["--templates", templates]);
        var err = new StringWriter();
        exitCode = CommandLine.Run(args.ToArray(), new StringWriter(), err);
        stderr = err.ToString();
        return output;
    }

    public static string Tool(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}");
        return output;
    }

    /// <summary>The text of each page laid out as lines (pdftotext -layout), 1-based.</summary>
    public static IReadOnlyList<string> PageTexts(string pdf) =>
        Tool("pdftotext", "-layout", pdf, "-").Split('\f');
}

[CollectionDefinition("build")]
public sealed class BuildCollection : ICollectionFixture<BuildFixture>;
