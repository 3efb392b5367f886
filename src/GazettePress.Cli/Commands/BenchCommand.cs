using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GazettePress.Cli.Hosting;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;

namespace GazettePress.Cli.Commands;

/// <summary><c>gazettepress bench [&lt;issue-dir&gt;]</c>: builds an issue several times in-process and reports time and memory.</summary>
public sealed class BenchCommand : ICliCommand
{
    private static readonly TextId Summary = new("cli.bench");
    private static readonly TextId IssueHelp = new("cli.bench.issue-dir");
    private static readonly TextId RunsHelp = new("cli.bench.runs");
    private static readonly TextId WarmupHelp = new("cli.bench.warmup");
    private static readonly TextId IssueLine = new("cli.bench.result.issue");
    private static readonly TextId RunsLine = new("cli.bench.result.runs");
    private static readonly TextId WallLine = new("cli.bench.result.wall");
    private static readonly TextId CpuLine = new("cli.bench.result.cpu");
    private static readonly TextId StagesLine = new("cli.bench.result.stages");
    private static readonly TextId MemoryLine = new("cli.bench.result.memory");
    public static readonly DiagnosticId NoSample = new("GP8012");
    private const string DefaultSample = "jincheng-2025-06";

    public Command Create(CliContext cli)
    {
        var issue = new Argument<string?>("issue-dir") { Description = IssueHelp.Render(), Arity = ArgumentArity.ZeroOrOne };
        var runs = new Option<int>("--runs", "-n") { Description = RunsHelp.Render(), HelpName = "n", DefaultValueFactory = _ => 10 };
        // Tiered JIT keeps recompiling hot methods in the background for the first few builds; the
        // steady state an editor sees when building again and again starts after a few warm-ups.
        var warmup = new Option<int>("--warmup") { Description = WarmupHelp.Render(), HelpName = "n", DefaultValueFactory = _ => 10 };
        var command = new Command("bench", Summary.Render()) { issue, runs.AtLeast(1), warmup.AtLeast(0) };
        command.SetAction(parse => Run(cli, parse.GetValue(issue), parse.GetValue(runs), parse.GetValue(warmup)));
        return command;
    }

    private static int Run(CliContext cli, string? issue, int runs, int warmup)
    {
        issue ??= BundledResources.Sample(DefaultSample);
        if (issue is null)
        {
            cli.Error.WriteLine(Diagnostic.Create(NoSample, SourceLocation.None));
            return ExitCodes.Usage;
        }
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
                foreach (var d in result.Diagnostics) cli.Error.WriteLine(d);
                return ExitCodes.InputProblems;
            }
            peakGc = Math.Max(peakGc, GC.GetTotalMemory(false));
            if (i == 0) firstRun = clock.Elapsed.TotalSeconds;
            if (i < warmup) continue;
            times.Add(clock.Elapsed.TotalSeconds);
            cpu.Add((self.TotalProcessorTime - cpuBefore).TotalSeconds);
            foreach (var (stage, ms) in result.Timings) stages[stage] = stages.GetValueOrDefault(stage) + ms / runs;
        }
        self.Refresh();
        var sorted = times.Order().ToArray();
        cli.Out.WriteLine(IssueLine.Render(("issue", issue)));
        cli.Out.WriteLine(RunsLine.Render(("runs", runs), ("warmup", warmup), ("first", S(firstRun))));
        cli.Out.WriteLine(WallLine.Render(("mean", S(times.Average())), ("median", S(Median(sorted))), ("min", S(sorted[0])), ("max", S(sorted[^1]))));
        cli.Out.WriteLine(CpuLine.Render(("mean", S(cpu.Average())), ("min", S(cpu.Min()))));
        cli.Out.WriteLine(StagesLine.Render(("stages", string.Join("  ", stages.Select(s => $"{s.Key} {s.Value.ToString("0", CultureInfo.InvariantCulture)}")))));
        cli.Out.WriteLine(MemoryLine.Render(("heap", Mb(peakGc)), ("workingSet", Mb(self.PeakWorkingSet64))));
        try { Directory.Delete(output, recursive: true); } catch (IOException) { }
        return ExitCodes.Ok;
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;

    private static string S(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);
    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);
}
