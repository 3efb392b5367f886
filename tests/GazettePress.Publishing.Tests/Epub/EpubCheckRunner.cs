using System.Diagnostics;

namespace GazettePress.Publishing.Tests.Epub;

/// <summary>Runs the Debian EPUBCheck (CI installs it; a missing EPUBCheck fails the test).</summary>
internal static class EpubCheckRunner
{
    public const string Jar = "/usr/share/java/epubcheck.jar";

    public static (int ExitCode, string Output) Run(string epubPath)
    {
        Assert.True(File.Exists(Jar), $"EPUBCheck is not installed at {Jar} (Debian package epubcheck)");
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-jar", Jar, epubPath }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
