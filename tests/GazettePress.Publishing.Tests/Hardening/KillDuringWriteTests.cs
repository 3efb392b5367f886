using System.Diagnostics;
using System.Security.Cryptography;
using GazettePress.Publishing.Build;

namespace GazettePress.Publishing.Tests.Hardening;

/// <summary>
/// Real builds in child processes, killed (SIGKILL) at chosen points of the write phase: --out
/// always holds the whole old set or the whole new set, and the next build repairs whatever the
/// kill left beside it. The write phase is slowed by a test hook (a pause before each step) so
/// each kill lands in the state it waits for; both swap methods are covered (the atomic exchange and the
/// two renames used where the system has no exchange).
/// </summary>
public sealed class KillDuringWriteTests
{
    private const int StepMs = 150;

    private static string Tool => typeof(GazettePress.Cli.Commands.CommandLine).Assembly.Location;

    private static Process Start(string issue, string output, string swap)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Tool, "build", issue, "--out", output }) start.ArgumentList.Add(a);
        start.Environment[OutputSet.StepDelayVariable] = StepMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment[OutputSet.SwapVariable] = swap;
        var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>The set's files and their hashes (timings excluded: they differ from run to run).</summary>
    private static string Fingerprint(string folder) => !Directory.Exists(folder) ? "missing" : string.Join("\n",
        Directory.GetFiles(folder).Where(f => !f.EndsWith(BuildPipeline.TimingsFile, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileName(f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));

    /// <summary>Where to kill: a state of the write phase, seen on disk; the pause after each step leaves time to act in it.</summary>
    public enum KillPoint { WritingFiles, BeforeSwap, BetweenRenames, AfterSwap }

    private static bool Reached(KillPoint point, string output, string oldReport)
    {
        var staging = OutputSet.StagingPath(output);
        var previous = OutputSet.PreviousPath(output);
        return point switch
        {
            KillPoint.WritingFiles => Directory.Exists(staging) && Directory.GetFiles(staging).Length >= 2,
            KillPoint.BeforeSwap => Directory.Exists(staging) && Directory.GetFiles(staging).Length >= 5,
            KillPoint.BetweenRenames => Directory.Exists(previous) && !Directory.Exists(output),
            // Swapped: --out holds the new report; the old set waits beside it to be deleted.
            _ => File.Exists(Path.Combine(output, OutputSet.ReportFile)) && !File.ReadAllText(Path.Combine(output, OutputSet.ReportFile)).Equals(oldReport, StringComparison.Ordinal),
        };
    }

    [Theory]
    [InlineData("exchange", new[] { KillPoint.WritingFiles, KillPoint.AfterSwap }, "old new")]
    [InlineData("rename", new[] { KillPoint.BeforeSwap, KillPoint.BetweenRenames, KillPoint.AfterSwap }, "old missing new")]
    public void A_build_killed_anywhere_in_the_write_phase_leaves_the_old_or_the_new_set(string swap, KillPoint[] killAt, string expected)
    {
        using var one = new IssueCopy("tests/data/issues/mini-2025-06");
        using var two = new IssueCopy("tests/data/issues/mini-2025-06");
        two.Edit("issue.yaml", t => t.Replace("number: 6", "number: 7", StringComparison.Ordinal));
        var issues = new[] { one.Directory, two.Directory };
        var output = Path.Combine(one.Root, "out");
        var fresh = Path.Combine(two.Root, "out");
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(one.Directory, output)).ExitCode);
        Assert.Equal(0, BuildPipeline.Run(new BuildOptions(two.Directory, fresh)).ExitCode);
        var sets = new[] { Fingerprint(output), Fingerprint(fresh) };
        Assert.NotEqual(sets[0], sets[1]);
        var outcomes = new List<string>();
        for (var i = 0; i < killAt.Length; i++)
        {
            var (before, after) = (sets[i % 2], sets[(i + 1) % 2]);
            var oldReport = File.ReadAllText(Path.Combine(output, OutputSet.ReportFile));
            using var build = Start(issues[(i + 1) % 2], output, swap);
            var clock = Stopwatch.StartNew();
            while (!Reached(killAt[i], output, oldReport) && !build.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(2);
            Assert.False(build.HasExited, $"the build ended before {killAt[i]} was seen");
            build.Kill();
            build.WaitForExit();
            var now = Fingerprint(output);
            Assert.True(now == before || now == after || (swap == "rename" && now == "missing"), $"killed at {killAt[i]}: --out holds a mixed set:\n{now}");
            outcomes.Add(now == before ? "old" : now == after ? "new" : now);
            // The next build (under the lock) repairs: it writes its set, and nothing is left beside --out.
            Assert.Equal(0, BuildPipeline.Run(new BuildOptions(issues[(i + 1) % 2], output)).ExitCode);
            Assert.Equal(after, Fingerprint(output));
            Assert.DoesNotContain(Directory.GetFileSystemEntries(one.Root), e => Path.GetFileName(e).StartsWith(".out.", StringComparison.Ordinal));
        }
        // ("missing": killed between the two renames, on systems without an atomic exchange; the next build restores or replaces.)
        Assert.Equal(expected, string.Join(" ", outcomes));
    }
}
