using System.Diagnostics;
using System.Text.Json.Nodes;
using GazettePress.Content;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Painting;
using GazettePress.Layout.Paragraphs;
using GazettePress.Publishing.Pdf;
using GazettePress.Publishing.Composition;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Build;

/// <param name="Final">The edition for printing and publishing: refused while a placeholder remains (<see cref="FinalEdition"/>).</param>
public sealed record BuildOptions(string IssueDirectory, string OutputDirectory, string? TemplatesDirectory = null, string? FontsDirectory = null,
    bool Final = false);

/// <summary>One output stage (screen PDF, print PDF, EPUB …): reads the composed issue, stages files.</summary>
public interface IOutputWriter
{
    string Name { get; }
    void Write(BuildContext context);
}

/// <summary>Everything a writer may use, and where it stages its files and report sections.</summary>
public sealed class BuildContext
{
    public required BuildOptions Options { get; init; }
    public required Issue Issue { get; init; }
    public required IssueModel Model { get; init; }
    public required ComposedIssue Composed { get; init; }
    public required IReadOnlyList<Page> Pages { get; init; }
    public required FontRegistry Fonts { get; init; }
    public required TemplateSet Templates { get; init; }
    public required DiagnosticBag Diagnostics { get; init; }
    /// <summary>
    /// The pages as Skia painted them, before any post-processing: the print PDF (the proof) starts
    /// from these bytes. Writers run while the pages are painted; reading this waits for painting.
    /// </summary>
    public byte[] PaintedPdf => Painted.GetAwaiter().GetResult();
    public required Task<byte[]> Painted { get; init; }
    /// <summary>
    /// The pages painted for the screen, without what only proofs show (placeholder boxes): the
    /// screen PDF starts from these bytes, the proof's own when there is nothing to leave out.
    /// </summary>
    public byte[] ScreenPaintedPdf => (ScreenPainted ?? Painted).GetAwaiter().GetResult();
    public Task<byte[]>? ScreenPainted { get; init; }
    /// <summary>The composition the screen PDF shows (and is tagged from): <see cref="Composed"/> when nothing is left out.</summary>
    public ComposedIssue ScreenComposed => ScreenEdition ?? Composed;
    public ComposedIssue? ScreenEdition { get; init; }
    /// <summary>Title, author, language and the fixed date, shared by every output.</summary>
    public required DocumentMetadata Metadata { get; init; }
    /// <summary>The templates folder in use (print.yaml lives there too).</summary>
    public required string TemplatesDirectory { get; init; }
    /// <summary>The output file stem, e.g. jincheng-2025-06.</summary>
    public string Name => Model.Name;

    /// <summary>Files to write, by file name; written together only when the build has no errors.</summary>
    public SortedDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);
    /// <summary>Sub-stage timings a writer wants reported (never in build.json).</summary>
    public List<(string Stage, double Milliseconds)> Timings { get; } = new();
    /// <summary>Extra sections of build.json, by key (deterministic values only; a JSON tree, so no reflection is needed to write it).</summary>
    public SortedDictionary<string, JsonNode?> Report { get; } = new(StringComparer.Ordinal);

    /// <summary>The same inputs with its own staging and diagnostics, for one writer run beside the others.</summary>
    internal BuildContext ForWriter() => new()
    {
        Options = Options, Issue = Issue, Model = Model, Composed = Composed, Pages = Pages, Fonts = Fonts, Templates = Templates,
        Diagnostics = new DiagnosticBag(), Painted = Painted, ScreenPainted = ScreenPainted, ScreenEdition = ScreenEdition,
        Metadata = Metadata, TemplatesDirectory = TemplatesDirectory,
    };
}

/// <param name="Timings">Wall (and process CPU) time of each sequential stage, then each output writer's own wall
/// time: writers run side by side, so these overlap; <see cref="TotalMilliseconds"/> is the build's wall time.</param>
public sealed record BuildResult(int ExitCode, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> WrittenFiles,
    IReadOnlyList<(string Stage, double Milliseconds)> Timings, int Pages)
{
    public double TotalMilliseconds { get; init; }
    /// <summary>Blank pages the print edition added to reach its page multiple (0 when no print PDF was written).</summary>
    public int PrintBlankPages { get; init; }
}

/// <summary>
/// The build: load and validate → compose (templates, XHTML, layout, TOC loop) → display lists →
/// output writers → build.json. A writer is one line in <see cref="DefaultWriters"/>.
/// </summary>
public static class BuildPipeline
{
    public static IReadOnlyList<IOutputWriter> DefaultWriters =>
        [new ScreenPdfWriter(), new PrintPdfWriter(), new GazettePress.Publishing.Epub.EpubOutputWriter(), new Proofing.ProofRecordWriter()];

    public const string ReportFile = "build.json";
    public const string TimingsFile = "build-timings.json";

    public static BuildResult Run(BuildOptions options, IReadOnlyList<IOutputWriter>? writers = null, bool write = true,
        IBuildProgress? progress = null)
    {
        var timings = new List<(string, double)>();
        var clock = Stopwatch.StartNew();
        var total = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        var cpuMark = process.TotalProcessorTime;
        void Lap(string stage)
        {
            process.Refresh();
            var cpuNow = process.TotalProcessorTime;
            timings.Add((stage, clock.Elapsed.TotalMilliseconds));
            timings.Add((stage + " (cpu)", (cpuNow - cpuMark).TotalMilliseconds));
            cpuMark = cpuNow;
            clock.Restart();
        }

        var diagnostics = new DiagnosticBag();
        progress?.Started(BuildStage.Load);
        PdfPainter.Preload(); // Skia's start-up on the other core while this one loads and composes
        var fontsDirectory = options.FontsDirectory ?? BundledResources.Fonts();
        if (fontsDirectory is null)
        {
            diagnostics.Add(SetupMessages.FontsNotFound, SourceLocation.None);
            return new BuildResult(1, diagnostics.Sorted(), [], timings, 0);
        }
        var templatesDirectory = options.TemplatesDirectory ?? BundledResources.Templates();
        if (!InputFolders.Check(templatesDirectory, fontsDirectory, diagnostics))
            return new BuildResult(1, diagnostics.Sorted(), [], timings, 0);
        using var fonts = FontRegistry.LoadDirectory(fontsDirectory);
        diagnostics.AddRange(fonts.Diagnostics);
        var templates = templatesDirectory is null ? null : TemplateSet.Load(templatesDirectory, diagnostics);
        if (templatesDirectory is null)
            diagnostics.Add(SetupMessages.TemplatesNotFound, SourceLocation.None);
        // --out is checked and locked before any work, and stays locked until the new set is in place.
        using var outputLock = write ? OutputSet.Prepare(options.OutputDirectory, [options.IssueDirectory, templatesDirectory, fontsDirectory], diagnostics) : null;
        if (write && outputLock is null)
            return new BuildResult(1, diagnostics.Sorted(), [], timings, 0);
        var loaded = IssueLoader.Load(options.IssueDirectory, new FontCoverage(fonts));
        diagnostics.AddRange(loaded.Diagnostics);
        if (options.Final) FinalEdition.Check(loaded.Issue, diagnostics);
        Lap("load");
        if (diagnostics.HasErrors || loaded.Issue is null || templates is null)
            return new BuildResult(1, diagnostics.Sorted(), [], timings, 0);

        var model = IssueModelBuilder.Build(loaded.Issue);
        var composed = new IssueComposer(templates, new ParagraphLayouter(fonts)).Compose(model, diagnostics, pass => progress?.Started(BuildStage.Compose, pass));
        Lap("compose");
        if (composed is null || diagnostics.HasErrors)
            return new BuildResult(1, diagnostics.Sorted(), [], timings, 0);
        IReadOnlyList<Page> pages = composed.Pages.Select(p => p.Content).ToArray();
        PlacedLinkCheck.Check(composed, loaded.Issue, diagnostics);

        var metadata = Metadata(model);
        var painting = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var screen = FinalEdition.ScreenEdition(composed);
        var screenPainting = screen is null ? null : new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var context = new BuildContext
        {
            Options = options, Issue = loaded.Issue, Model = model, Composed = composed, Pages = pages, Fonts = fonts,
            Templates = templates, Diagnostics = diagnostics, Painted = painting.Task, ScreenPainted = screenPainting?.Task, ScreenEdition = screen,
            Metadata = metadata,
            TemplatesDirectory = templatesDirectory!,
        };
        var outputs = WriterRuns.Start(context, writers ?? DefaultWriters, progress);
        try
        {
            progress?.Started(BuildStage.Paint);
            using var painted = new MemoryStream();
            var pdfMetadata = new PdfMetadata(metadata.Title, metadata.Author ?? "", metadata.Date, metadata.Date, metadata.Subject ?? "");
            var paint = PdfPainter.Paint(pages, pdfMetadata, painted);
            painting.SetResult(FontProgramRestorer.Restore(painted.ToArray(), paint.FontPrograms));
            if (screen is not null) screenPainting!.SetResult(FinalEdition.PaintScreen(screen, pdfMetadata));
            context.Report["fonts"] = BuildReport.Array(paint.Fonts.Select(f => new JsonObject
            {
                ["name"] = f.Name, ["file"] = Path.GetFileName(f.FilePath), ["codePoints"] = f.CodePoints, ["glyphs"] = f.Glyphs, ["subsetBytes"] = f.SubsetBytes,
            }));
            Lap("paint");
            outputs.ReportRunning(progress);
        }
        catch (Exception e)
        {
            painting.TrySetException(e); // writers waiting for the painted PDF stop too
            screenPainting?.TrySetException(e);
            throw;
        }
        finally
        {
            outputs.CompleteInto(context, timings); // no writer outlives the fonts
        }
        Lap("outputs");
        BuildInvariant.Check(context);
        Lap("invariant");
        if (diagnostics.HasErrors)
            return new BuildResult(1, diagnostics.Sorted(), [], timings, pages.Count);

        progress?.Started(BuildStage.Write);
        context.Report[Proofing.ProofRecord.HashesKey] = Proofing.ProofRecord.Hashes(context.Files);
        context.Files[ReportFile] = BuildReport.Write(context);
        var written = new List<string>();
        if (write)
        {
            // The timings (never byte-identical) travel with the set, measured up to the write.
            var set = new SortedDictionary<string, byte[]>(context.Files, StringComparer.Ordinal) { [TimingsFile] = BuildReport.WriteTimings(timings, total.Elapsed.TotalMilliseconds) };
            if (OutputSet.Write(options.OutputDirectory, set, diagnostics) is null)
                return new BuildResult(1, diagnostics.Sorted(), [], timings, pages.Count);
            written.AddRange(context.Files.Keys.Select(name => Path.Combine(options.OutputDirectory, name)));
        }
        Lap("write");
        var print = context.Report.GetValueOrDefault("print") as System.Text.Json.Nodes.JsonObject;
        return new BuildResult(0, diagnostics.Sorted(), written, timings, pages.Count)
        {
            TotalMilliseconds = total.Elapsed.TotalMilliseconds,
            PrintBlankPages = (int?)print?["blankPagesAdded"] ?? 0,
        };
    }

    /// <summary>Document information for every output; the date is the issue's publication date in China time, never the clock.</summary>
    public static DocumentMetadata Metadata(IssueModel model) => new()
    {
        Title = $"{model.Gazette.Title} {model.Year}年第{model.Number}期",
        Author = model.Gazette.Sponsor,
        Subject = model.Cumulative > 0 ? $"总第{model.Cumulative}期" : null,
        Date = new DateTimeOffset(model.PublishedDate.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)),
    };

    private sealed class FontCoverage(FontRegistry fonts) : ICharacterCoverage
    {
        public bool CanDraw(int codePoint) => fonts.CanDraw(codePoint);
    }
}
