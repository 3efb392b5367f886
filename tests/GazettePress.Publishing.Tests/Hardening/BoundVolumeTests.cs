using System.IO.Compression;
using System.Text.Json;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Pdf;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Hardening;

/// <summary>Builds the 合订本-sized issue once (290 documents, about 1,400 pages); the tests read what it wrote.</summary>
public sealed class BoundVolumeFixture : IDisposable
{
    /// <summary>Copies of the three samples: 10 makes a year's bound volume. GAZETTEPRESS_BOUND_VOLUME_COPIES changes it.</summary>
    public static int Copies => int.TryParse(Environment.GetEnvironmentVariable("GAZETTEPRESS_BOUND_VOLUME_COPIES"), out var n) && n > 0 ? n : 10;

    public BoundVolumeFixture()
    {
        // GAZETTEPRESS_BOUND_VOLUME_DIR keeps the issue (and its outputs) there, e.g. for `gazettepress bench`.
        Keep = Environment.GetEnvironmentVariable("GAZETTEPRESS_BOUND_VOLUME_DIR");
        Root = Keep ?? Path.Combine(Path.GetTempPath(), "gp-bound-volume-" + Guid.NewGuid().ToString("N"));
        IssueDirectory = Path.Combine(Root, "bound-volume");
        Output = Path.Combine(Root, "out");
        if (Directory.Exists(IssueDirectory)) Directory.Delete(IssueDirectory, recursive: true);
        Ids = BoundVolume.Write(IssueDirectory, Copies);
        Result = BuildPipeline.Run(new BuildOptions(IssueDirectory, Output));
    }

    public string? Keep { get; }
    public string Root { get; }
    public string IssueDirectory { get; }
    public string Output { get; }
    public IReadOnlyList<string> Ids { get; }
    public BuildResult Result { get; }

    public string File(string suffix) => Path.Combine(Output, "bound-volume" + suffix);

    public void Dispose()
    {
        if (Keep is not null) return;
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

public sealed class BoundVolumeTests(BoundVolumeFixture volume) : IClassFixture<BoundVolumeFixture>
{
    [Fact]
    public void It_builds_with_every_document_and_about_five_pages_each()
    {
        Assert.True(volume.Result.ExitCode == 0,
            string.Join("\n", volume.Result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Format(Language.English))));
        Assert.Equal(29 * BoundVolumeFixture.Copies, volume.Ids.Count);
        Assert.InRange(volume.Result.Pages, 120 * BoundVolumeFixture.Copies, 180 * BoundVolumeFixture.Copies);
    }

    [Fact]
    public void Every_document_has_its_destination_and_bookmark_in_the_screen_pdf()
    {
        var file = PdfFile.Load(System.IO.File.ReadAllBytes(volume.File(".pdf")));
        Assert.Equal(volume.Result.Pages, file.PageReferences().Count);
        var dests = file.ResolveDictionary(file.Catalog["Dests"])!.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(volume.Ids, id => Assert.Contains("doc-" + id, dests));
        var (exit, info) = Pdf.Tools.Run("pdfinfo", volume.File(".pdf"));
        Assert.Equal(0, exit);
        Assert.Matches($@"Pages:\s+{volume.Result.Pages}\n", info);
    }

    [Fact]
    public void Every_document_is_in_the_table_of_contents_with_the_page_it_starts_on()
    {
        using var report = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(volume.Output, "build.json")));
        var documents = report.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(volume.Ids, documents.Select(d => d.GetProperty("id").GetString()!));
        // The printed TOC (the pages before the first document) carries every document's first folio, in order.
        var firstDocumentPage = documents[0].GetProperty("firstPage").GetInt32();
        var (exit, toc) = Pdf.Tools.Run("pdftotext", "-f", "1", "-l", (firstDocumentPage - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "-layout", volume.File(".pdf"), "-");
        Assert.Equal(0, exit);
        var numbers = System.Text.RegularExpressions.Regex.Matches(toc, @"(?<=[.…·\s])(\d+)\s*$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToList();
        var expected = documents.Select(d => d.GetProperty("firstFolio").GetString()!).ToList();
        var at = 0;
        foreach (var folio in expected)
        {
            at = numbers.IndexOf(folio, at);
            Assert.True(at >= 0, $"TOC lacks page number {folio} (in order)");
            at++;
        }
    }

    [Fact]
    public void Every_document_is_in_the_epub_and_its_navigation()
    {
        using var zip = ZipFile.OpenRead(volume.File(".epub"));
        var nav = new StreamReader(zip.GetEntry("EPUB/nav.xhtml")!.Open()).ReadToEnd();
        Assert.All(volume.Ids, id =>
        {
            Assert.NotNull(zip.GetEntry($"EPUB/{id}.xhtml"));
            Assert.Contains($"href=\"{id}.xhtml", nav);
        });
    }
}
