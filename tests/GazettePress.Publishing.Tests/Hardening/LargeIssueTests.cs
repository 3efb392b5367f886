using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Pdf;

namespace GazettePress.Publishing.Tests.Hardening;

/// <summary>
/// A large issue written and built once per test class (the tests read what the build wrote). Issue 15
/// point 1: the sample copied 10× used to build with exit 0 and silently drop 28 of its 70 documents
/// (Scriban's 1 MB output limit); 2,000 tiny documents failed with a template error.
/// </summary>
public abstract class LargeIssueFixture : IDisposable
{
    protected LargeIssueFixture(string name, Func<string, IReadOnlyList<string>> write, string? keep = null)
    {
        Name = name;
        // A kept folder holds the issue and its outputs afterwards, e.g. for `gazettepress bench`.
        Keep = keep;
        Root = Keep ?? Path.Combine(Path.GetTempPath(), $"gp-{name}-" + Guid.NewGuid().ToString("N"));
        IssueDirectory = Path.Combine(Root, name);
        Output = Path.Combine(Root, "out");
        if (Directory.Exists(IssueDirectory)) Directory.Delete(IssueDirectory, recursive: true);
        Ids = write(IssueDirectory);
        Result = BuildPipeline.Run(new BuildOptions(IssueDirectory, Output));
    }

    public string Name { get; }
    public string? Keep { get; }
    public string Root { get; }
    public string IssueDirectory { get; }
    public string Output { get; }
    public IReadOnlyList<string> Ids { get; }
    public BuildResult Result { get; }

    public string File(string suffix) => Path.Combine(Output, Name + suffix);

    public void Dispose()
    {
        GC.SuppressFinalize(this);
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

/// <summary>The 合订本: 10 copies of all three samples, 290 documents, about 1,400 pages.</summary>
public sealed class BoundVolumeFixture() : LargeIssueFixture("bound-volume", d => BoundVolume.Write(d, Copies),
    Environment.GetEnvironmentVariable("GAZETTEPRESS_BOUND_VOLUME_DIR"))
{
    /// <summary>Copies of the three samples: 10 makes a year's bound volume. GAZETTEPRESS_BOUND_VOLUME_COPIES changes it.</summary>
    public static int Copies => int.TryParse(Environment.GetEnvironmentVariable("GAZETTEPRESS_BOUND_VOLUME_COPIES"), out var n) && n > 0 ? n : 10;
}

/// <summary>The issue's own measure: the 2025年第6期 sample copied 10× (70 documents, about 330 pages). bench/hostile/scale.py builds the 40×.</summary>
public sealed class SampleTimesTenFixture() : LargeIssueFixture("sample-x10", d => BoundVolume.Write(d, 10, [BoundVolume.Samples[0]]));

/// <summary>2,000 documents of one paragraph each: a TOC of 2,000 entries.</summary>
public sealed class TinyDocumentsFixture() : LargeIssueFixture("tiny-2000", d => BoundVolume.WriteTiny(d, 2000));

/// <summary>What must hold for any large issue, checked with independent readers (pdftotext, pdfinfo, the EPUB's zip).</summary>
public abstract class LargeIssueTests<TFixture>(TFixture issue) where TFixture : LargeIssueFixture
{
    protected TFixture Issue { get; } = issue;

    private string Errors => string.Join("\n", Issue.Result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Format(Language.English)));

    private JsonElement[] Documents()
    {
        using var report = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(Issue.Output, "build.json")));
        return report.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.Clone()).ToArray();
    }

    private static string Pdftotext(string pdf, int first, int last, bool layout = false)
    {
        var range = new[] { "-f", first.ToString(CultureInfo.InvariantCulture), "-l", last.ToString(CultureInfo.InvariantCulture), pdf, "-" };
        var (exit, text) = Pdf.Tools.Run("pdftotext", layout ? ["-layout", .. range] : range);
        Assert.Equal(0, exit);
        return text;
    }

    [Fact]
    public void It_builds_with_exit_0_and_every_document_in_build_json()
    {
        Assert.True(Issue.Result.ExitCode == 0, Errors);
        var documents = Documents();
        Assert.Equal(Issue.Ids, documents.Select(d => d.GetProperty("id").GetString()!));
        Assert.All(documents, d => Assert.False(string.IsNullOrEmpty(d.GetProperty("firstFolio").GetString())));
    }

    [Fact]
    public void Every_document_has_its_destination_in_the_screen_pdf()
    {
        var file = PdfFile.Load(System.IO.File.ReadAllBytes(Issue.File(".pdf")));
        Assert.Equal(Issue.Result.Pages, file.PageReferences().Count);
        var dests = file.ResolveDictionary(file.Catalog["Dests"])!.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(Issue.Ids, id => Assert.Contains("doc-" + id, dests));
        var (exit, info) = Pdf.Tools.Run("pdfinfo", Issue.File(".pdf"));
        Assert.Equal(0, exit);
        Assert.Matches($@"Pages:\s+{Issue.Result.Pages}\n", info);
    }

    [Fact]
    public void Every_document_is_in_the_table_of_contents_with_the_page_it_starts_on()
    {
        var documents = Documents();
        // The printed TOC (the pages before the first document) carries every document's first folio, in order.
        var toc = Pdftotext(Issue.File(".pdf"), 1, documents[0].GetProperty("firstPage").GetInt32() - 1, layout: true);
        var numbers = Regex.Matches(toc, @"(?<=[.…·\s])(\d+)\s*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        var at = 0;
        foreach (var document in documents)
        {
            var folio = document.GetProperty("firstFolio").GetString()!;
            at = numbers.IndexOf(folio, at);
            Assert.True(at >= 0, $"TOC lacks page number {folio} of {document.GetProperty("id").GetString()} (in order)");
            at++;
        }
    }

    [Fact]
    public void The_colophon_comes_after_the_last_document_with_its_values()
    {
        using var report = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(Issue.Output, "build.json")));
        var colophon = report.RootElement.GetProperty("anchors").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "colophon");
        var page = colophon.GetProperty("page").GetInt32();
        Assert.True(page > Documents()[^1].GetProperty("lastPage").GetInt32());
        var text = Regex.Replace(Pdftotext(Issue.File(".pdf"), page, page), @"\s+", "");
        Assert.Contains("晋城市人民政府政务公开协调服务中心", text);
        Assert.Contains("山西新浪印业有限公司", text);
    }

    [Fact]
    public void Every_document_and_the_colophon_are_in_the_epub_and_its_navigation()
    {
        using var zip = ZipFile.OpenRead(Issue.File(".epub"));
        var nav = new StreamReader(zip.GetEntry("EPUB/nav.xhtml")!.Open()).ReadToEnd();
        Assert.All(Issue.Ids, id =>
        {
            Assert.NotNull(zip.GetEntry($"EPUB/{id}.xhtml"));
            Assert.Contains($"href=\"{id}.xhtml", nav);
        });
        var colophon = new StreamReader(zip.GetEntry("EPUB/colophon.xhtml")!.Open()).ReadToEnd();
        Assert.Contains("晋城市人民政府政务公开协调服务中心", colophon);
    }
}

public sealed class BoundVolumeTests(BoundVolumeFixture volume) : LargeIssueTests<BoundVolumeFixture>(volume), IClassFixture<BoundVolumeFixture>
{
    [Fact]
    public void It_has_every_document_and_about_five_pages_each()
    {
        Assert.Equal(29 * BoundVolumeFixture.Copies, Issue.Ids.Count);
        Assert.InRange(Issue.Result.Pages, 120 * BoundVolumeFixture.Copies, 180 * BoundVolumeFixture.Copies);
    }
}

public sealed class SampleTimesTenTests(SampleTimesTenFixture issue) : LargeIssueTests<SampleTimesTenFixture>(issue), IClassFixture<SampleTimesTenFixture>
{
    [Fact]
    public void It_has_seventy_documents_on_more_than_three_hundred_pages()
    {
        Assert.Equal(70, Issue.Ids.Count);
        Assert.True(Issue.Result.Pages > 300, $"{Issue.Result.Pages} pages");
    }
}

public sealed class TinyDocumentsTests(TinyDocumentsFixture issue) : LargeIssueTests<TinyDocumentsFixture>(issue), IClassFixture<TinyDocumentsFixture>
{
    [Fact]
    public void It_has_two_thousand_documents_each_starting_its_own_page()
    {
        Assert.Equal(2000, Issue.Ids.Count);
        using var report = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(Issue.Output, "build.json")));
        var firstPages = report.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("firstPage").GetInt32()).ToList();
        Assert.Equal(2000, firstPages.Distinct().Count());
    }
}
