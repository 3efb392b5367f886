using System.Diagnostics;
using GazettePress.Publishing.Build;

namespace GazettePress.Cli.Commands;

/// <summary>Builds an issue several times in-process and reports time and memory.</summary>
public static class BenchCommand
{
    public const string Usage = "usage: gazettepress bench [<issue-dir>] [--runs N] [--warmup N]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? issue = null;
        var runs = 10;
        // Tiered JIT keeps recompiling hot methods in the background for the first few builds; the
        // steady state an editor sees when building again and again starts after a few warm-ups.
        var warmup = 10;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Length && int.TryParse(args[++i], out var n) && n > 0) runs = n;
            else if (args[i] == "--warmup" && i + 1 < args.Length && int.TryParse(args[++i], out var w) && w >= 0) warmup = w;
            else if (!args[i].StartsWith('-') && issue is null) issue = args[i];
            else { stderr.WriteLine(Usage); return 2; }
        }
        issue ??= DefaultSample();
        if (issue is null) { stderr.WriteLine("gazettepress bench: no issue given and samples/jincheng-2025-06 not found"); return 2; }
        var output = Path.Combine(Path.GetTempPath(), "gazettepress-bench-" + Environment.ProcessId);
        var times = new List<double>();
        var cpu = new List<double>();
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        long peakGc = 0;
        double firstRun = 0;
        using var self = Process.GetCurrentProcess();
        for (var i = 0; i < warmup + runs; i++)
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = BuildPipeline.Run(new BuildOptions(issue, output));
            clock.Stop();
            self.Refresh();
            if (result.ExitCode != 0)
            {
                foreach (var d in result.Diagnostics) stderr.WriteLine(d);
                return result.ExitCode;
            }
            peakGc = Math.Max(peakGc, GC.GetTotalMemory(false));
            if (i == 0) firstRun = clock.Elapsed.TotalSeconds;
            if (i < warmup) continue;
            times.Add(clock.Elapsed.TotalSeconds);
            cpu.Add((self.TotalProcessorTime - cpuBefore).TotalSeconds);
            foreach (var (stage, ms) in result.Timings) stages[stage] = stages.GetValueOrDefault(stage) + ms / runs;
        }
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        stdout.WriteLine($"issue: {issue}");
        stdout.WriteLine($"runs: {runs} (after {warmup} warm-up builds; the first, cold build took {firstRun:0.000} s)");
        var sorted = times.Order().ToArray();
        stdout.WriteLine($"wall: mean {times.Average():0.000} s   median {sorted[sorted.Length / 2]:0.000} s   min {sorted[0]:0.000} s   max {sorted[^1]:0.000} s");
        stdout.WriteLine($"cpu:  mean {cpu.Average():0.000} s   min {cpu.Min():0.000} s (all threads)");
        stdout.WriteLine("stages (mean wall ms): " + string.Join("  ", stages.Select(s => $"{s.Key} {s.Value:0}")));
        stdout.WriteLine($"peak managed heap: {peakGc / 1048576.0:0.0} MB   peak working set: {process.PeakWorkingSet64 / 1048576.0:0.0} MB");
        try { Directory.Delete(output, recursive: true); } catch (IOException) { }
        return 0;
    }

    private static string? DefaultSample()
    {
        var templates = RepositoryPaths.FindTemplates();
        if (templates is null) return null;
        var sample = Path.Combine(Path.GetDirectoryName(templates)!, "samples", "jincheng-2025-06");
        return Directory.Exists(sample) ? sample : null;
    }
}
