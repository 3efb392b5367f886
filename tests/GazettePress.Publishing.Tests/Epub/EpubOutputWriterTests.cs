using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;
using ComposedPage = GazettePress.Publishing.Composition.ComposedPage;
using PageStart = GazettePress.Publishing.Composition.PageStart;
using GazettePress.Publishing.Epub;

namespace GazettePress.Publishing.Tests.Epub;

public sealed class EpubOutputWriterTests : IDisposable
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("gp-epub-build-").FullName;

    public void Dispose() => Directory.Delete(_outputDirectory, recursive: true);

    private static ComposedPage Page(string section, string? folio, PageStart? start, string document = "") =>
        new() { WidthPt = 595, HeightPt = 842, Master = "body", SectionId = section, DocumentId = document, Folio = folio, Start = start };

    [Fact]
    public void TheDefaultBuildWritesTheEpub() =>
        Assert.Contains(BuildPipeline.DefaultWriters, w => w is EpubOutputWriter);

    [Fact]
    public void NumberedPagesBecomePageStartsNamedByDocumentOrSection()
    {
        var diagnostics = new DiagnosticBag();
        ComposedPage[] pages =
        [
            Page("cover", null, new PageStart("", "cover", 0)),
            Page("intro", "i", new PageStart("", "intro", 0)),
            Page("toc", "1", new PageStart("", "toc", 0)),
            Page("doc-01", "2", new PageStart("01", "doc-01", 0), "01"),
            Page("doc-01", "3", new PageStart("01", "b-7", 12), "01"),
            Page("back-cover", "4", new PageStart("", "back", 0)),
        ];

        var starts = EpubOutputWriter.PageStarts(pages, diagnostics);

        Assert.Equal(
        [
            new PrintPageStart("i", "about", "intro", 0),
            new PrintPageStart("1", "toc", "toc", 0),
            new PrintPageStart("2", "01", "doc-01", 0),
            new PrintPageStart("3", "01", "b-7", 12),
        ], starts);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("EPUB009", warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Fact]
    public void TheBuildPipelineWritesAnEpubThatFollowsThePrintPages()
    {
        var issueDirectory = Path.Combine(EpubFromIssueFolderTests.RepositoryRoot(), "tests", "data", "epub-issue");
        var result = BuildPipeline.Run(new BuildOptions(issueDirectory, _outputDirectory));
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));

        var epub = Assert.Single(Directory.GetFiles(_outputDirectory, "*.epub"));
        var (exitCode, output) = EpubCheckRunner.Run(epub);
        Assert.True(exitCode == 0, output);
        Assert.Contains("No errors or warnings detected", output);

        // Every numbered page the composer reported is in the page-list, in order, and resolves.
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_outputDirectory, BuildPipeline.ReportFile)));
        var reported = report.RootElement.GetProperty("pageStarts").EnumerateArray()
            .Select(p => (Folio: p.GetProperty("folio").GetString()!, PdfPage: p.GetProperty("page").GetInt32())).ToArray();
        var folios = reported.Select(p => p.Folio).ToArray();
        Assert.NotEmpty(folios);
        using var archive = new ZipArchive(File.OpenRead(epub), ZipArchiveMode.Read);
        var nav = Load(archive, "EPUB/nav.xhtml");
        var links = nav.Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list").Descendants(X + "a").ToArray();
        Assert.Equal(folios, links.Select(a => a.Value));
        var pdf = Assert.Single(Directory.GetFiles(_outputDirectory, "*.pdf"));
        foreach (var (link, page) in links.Zip(reported))
        {
            var href = ((string)link.Attribute("href")!).Split('#');
            var marker = Load(archive, "EPUB/" + href[0]).Descendants().Single(e => (string?)e.Attribute("id") == href[1]);
            Assert.Equal(link.Value, (string?)marker.Attribute("aria-label"));

            // The text right after the marker is the text the printed page begins with: on a
            // document page right after the running head (≤ 30 characters: 晋城市人民政府公报
            // 2025年第6期), on the TOC page after the masthead.
            var expected = new string(TextAfter(marker).Where(c => !char.IsWhiteSpace(c)).Take(6).ToArray());
            var printed = new string(PdfText(pdf, page.PdfPage).Where(c => !char.IsWhiteSpace(c)).ToArray());
            var limit = href[0] == "nav.xhtml" ? 120 : 30;
            var at = printed.IndexOf(expected, StringComparison.Ordinal);
            Assert.True(at >= 0 && at <= limit, $"page {page.Folio}: EPUB text '{expected}' is not where print page begins: '{printed[..Math.Min(80, printed.Length)]}'");
        }

        // The cover image is the print cover painted at the cover resolution (A4 at 120 dpi).
        using var cover = archive.GetEntry("EPUB/media/cover.png")!.Open();
        var header = new byte[24];
        cover.ReadExactly(header);
        Assert.Equal(992, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), tolerance: 2);
    }

    /// <summary>The text that follows a node in document order.</summary>
    private static string TextAfter(XElement marker) =>
        string.Concat(marker.Document!.DescendantNodes().OfType<XText>()
            .Where(t => XNode.CompareDocumentOrder(marker, t) < 0).Select(t => t.Value));

    private static string PdfText(string pdf, int page)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        foreach (var arg in new[] { "-f", page.ToString(), "-l", page.ToString(), pdf, "-" }) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    private static XDocument Load(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }
}
