using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace GazettePress.Publishing.Build;

/// <summary>
/// Runs the output writers side by side, as soon as the pages are composed: a writer that needs the
/// painted PDF (screen, print) waits for painting inside <see cref="BuildContext.PaintedPdf"/>, one
/// that does not (EPUB) works while the pages are painted. Each writer stages into its own context;
/// <see cref="CompleteInto"/> merges files, report sections, timings and diagnostics in writer
/// order, so the build's result never depends on which writer finished first.
/// </summary>
internal sealed class WriterRuns
{
    private readonly IReadOnlyList<(IOutputWriter Writer, BuildContext Context, Task<double> Run)> _runs;

    private WriterRuns(IReadOnlyList<(IOutputWriter, BuildContext, Task<double>)> runs) => _runs = runs;

    public static WriterRuns Start(BuildContext context, IReadOnlyList<IOutputWriter> writers, IBuildProgress? progress) =>
        new(writers.Select(writer =>
        {
            var staging = context.ForWriter();
            var run = Task.Run(() =>
            {
                progress?.Started(BuildStages.Of(writer));
                var clock = Stopwatch.StartNew();
                writer.Write(staging);
                return clock.Elapsed.TotalMilliseconds;
            });
            return (writer, staging, run);
        }).ToList());

    /// <summary>Tells progress which writers are still at work (after painting, which was shown meanwhile).</summary>
    public void ReportRunning(IBuildProgress? progress)
    {
        foreach (var (writer, _, run) in _runs)
            if (!run.IsCompleted) progress?.Started(BuildStages.Of(writer));
    }

    /// <summary>
    /// Waits for every writer — even after one failed, since none may outlive the fonts it reads —
    /// then rethrows the first failure in writer order, or merges what they staged into <paramref name="context"/>.
    /// </summary>
    public void CompleteInto(BuildContext context, List<(string Stage, double Milliseconds)> timings)
    {
        foreach (var (_, _, run) in _runs)
            ((IAsyncResult)run).AsyncWaitHandle.WaitOne();
        foreach (var (_, _, run) in _runs)
            if (run.Exception is { } failure)
                ExceptionDispatchInfo.Throw(failure.InnerExceptions.Count == 1 ? failure.InnerExceptions[0] : failure);
        foreach (var (writer, staging, run) in _runs)
        {
            foreach (var (name, bytes) in staging.Files) context.Files[name] = bytes;
            foreach (var (key, value) in staging.Report) context.Report[key] = value;
            context.Diagnostics.AddRange(staging.Diagnostics.Items);
            timings.Add((writer.Name, run.Result));
            timings.AddRange(staging.Timings);
        }
    }
}
