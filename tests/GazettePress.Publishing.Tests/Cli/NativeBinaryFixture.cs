using System.Diagnostics;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Cli;

/// <summary>
/// Publishes the Native AOT binary once per test run (`dotnet publish src/GazettePress.Cli -c Release
/// -r linux-x64`, exactly as the README says; needs clang and zlib1g-dev) and copies the published
/// folder outside the repository, so the binary can only use what was published beside it. The
/// publish goes to the test's bin folder: MSBuild's incremental build makes a second run on
/// unchanged sources cheap; a fresh clone pays the full native compile once (README: Native binary).
/// </summary>
public sealed class NativeBinaryFixture : IDisposable
{
    public NativeBinaryFixture()
    {
        var publish = Path.Combine(AppContext.BaseDirectory, "native-publish");
        var clock = Stopwatch.StartNew();
        var (exit, output) = Dotnet("publish", Path.Combine(TestIssues.RepoRoot, "src", "GazettePress.Cli"),
            "-c", "Release", "-r", RuntimeId, "-o", publish, "-nodeReuse:false", "-p:UseSharedCompilation=false");
        PublishSeconds = clock.Elapsed.TotalSeconds;
        PublishLog = output;
        if (exit != 0) throw new InvalidOperationException($"dotnet publish failed ({exit}):\n{output}");

        Folder = Path.Combine(Path.GetTempPath(), "gp-native-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(publish, Folder);
        Binary = Path.Combine(Folder, OperatingSystem.IsWindows() ? "gazettepress.exe" : "gazettepress");
    }

    public static string RuntimeId => OperatingSystem.IsWindows() ? "win-x64" : "linux-x64";

    /// <summary>The published folder, copied to a temporary folder outside the repository.</summary>
    public string Folder { get; }
    public string Binary { get; }
    public string PublishLog { get; }
    public double PublishSeconds { get; }

    /// <summary>Runs the native binary in <paramref name="workingDirectory"/>.</summary>
    public (int Exit, string Out, string Err) Run(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo(Binary, args)
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    private static (int Exit, string Output) Dotnet(params string[] args)
    {
        var psi = new ProcessStartInfo(DotnetHost(), args)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestIssues.RepoRoot,
        };
        // `dotnet test` sets MSBuild and test-platform variables that would steer a nested build.
        foreach (var name in psi.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || k.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)).ToList())
            psi.Environment.Remove(name);
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            File.Copy(file, target);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(target, File.GetUnixFileMode(file));
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
