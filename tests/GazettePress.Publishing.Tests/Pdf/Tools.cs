using System.Diagnostics;

namespace GazettePress.Publishing.Tests.Pdf;

/// <summary>Runs the independent verifiers (qpdf, poppler, ghostscript) on a file we wrote.
/// A missing tool fails the test: CI installs them.</summary>
internal static class Tools
{
    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {tool}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public static string TempFile(byte[] bytes, string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "gazettepress-print-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
