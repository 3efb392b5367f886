using System.Text.Json;
using System.Text.RegularExpressions;
using GazettePress.Publishing.Tests.Composition;
using GazettePress.Publishing.Tests.Qr;
using UglyToad.PdfPig;

namespace GazettePress.Publishing.Tests.Build;

[Collection("build")]
public partial class BuildTests(BuildFixture build)
{
    private static readonly (string DocNumber, string Id)[] Documents =
    [
        ("晋市政发〔2025〕11号", "01-jszf-2025-11"),
        ("晋市政办〔2025〕22号", "02-jszb-2025-22"),
        ("晋市公通字〔2025〕33号", "03-jsgtz-2025-33"),
    ];

    [GeneratedRegex(@"—\s*(\d+)\s*—")]
    private static partial Regex Folio();

    [GeneratedRegex(@"(\d+)\s*$")]
    private static partial Regex TrailingNumber();

    [Fact]
    public void Toc_numbers_equal_the_folio_of_the_page_where_each_doc_number_is_printed()
    {
        var pages = BuildFixture.PageTexts(build.PdfPath);
        var tocIndex = pages.ToList().FindIndex(p => p.Contains("目") && p.Contains("【市政府文件】"));
        Assert.True(tocIndex >= 0, "no TOC page");
        // Each TOC entry ends with its page number at the right margin of its last line.
        var tocNumbers = pages[tocIndex].Split('\n').Select(l => TrailingNumber().Match(l.TrimEnd()))
            .Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Documents.Length, tocNumbers.Count);
        for (var d = 0; d < Documents.Length; d++)
        {
            var page = pages.Select((text, i) => (text, i)).First(p => p.i > tocIndex && p.text.Replace(" ", "").Contains(Documents[d].DocNumber));
            var folio = Folio().Match(page.text);
            Assert.True(folio.Success, $"no folio on the page of {Documents[d].DocNumber}");
            Assert.Equal(folio.Groups[1].Value, tocNumbers[d]);
        }
    }

    [Fact]
    public void Bookmarks_and_toc_links_cover_every_document()
    {
        using var pdf = PdfDocument.Open(build.PdfPath);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var sections = bookmarks.Roots;
        Assert.Equal(3, sections.Count);
        Assert.Equal(Documents.Length, sections.Sum(s => s.Children.Count));
        Assert.Equal("市政府文件", sections[0].Title);

        var dests = BuildFixture.Tool("pdfinfo", "-dests", build.PdfPath);
        foreach (var (_, id) in Documents) Assert.Contains("doc-" + id, dests);

        var toc = pdf.GetPages().First(p => p.Text.Contains("【市政府文件】"));
        var links = toc.GetAnnotations().Count(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link);
        Assert.True(links >= Documents.Length, $"{links} links on the TOC page");
    }

    [Fact]
    public void Metadata_language_and_fonts()
    {
        var info = BuildFixture.Tool("pdfinfo", build.PdfPath);
        Assert.Contains("晋城市人民政府公报 2025年第6期", info);
        Assert.Contains("Author:          晋城市人民政府办公室", info);
        var fonts = BuildFixture.Tool("pdffonts", build.PdfPath);
        Assert.DoesNotContain("Type 3", fonts);
        Assert.Contains("zh-CN", File.ReadAllText(build.PdfPath, System.Text.Encoding.Latin1));
    }

    [Fact]
    public void Body_pages_have_two_columns_and_cover_has_no_folio()
    {
        using var report = JsonDocument.Parse(File.ReadAllBytes(build.ReportPath));
        var pages = report.RootElement.GetProperty("pageList").EnumerateArray().ToList();
        Assert.True(pages[0].GetProperty("folio").ValueKind == JsonValueKind.Null);
        var body = pages.Where(p => p.GetProperty("document").GetString() is { Length: > 0 }).ToList();
        Assert.NotEmpty(body);
        Assert.All(body, p => Assert.True(p.GetProperty("columns").GetBoolean()));
        var texts = BuildFixture.PageTexts(build.PdfPath);
        Assert.DoesNotMatch(Folio(), texts[0]);
    }

    [Fact]
    public void Every_generated_qr_code_decodes_to_its_url()
    {
        using var report = JsonDocument.Parse(File.ReadAllBytes(build.ReportPath));
        var expected = report.RootElement.GetProperty("qrCodes").EnumerateArray()
            .Where(q => q.GetProperty("kind").GetString() == "generated")
            .Select(q => q.GetProperty("target").GetString()!).Order().ToList();
        Assert.Equal(3, expected.Count); // the cover's e-edition and two documents
        var prefix = Path.Combine(build.OutputDirectory, "qr");
        BuildFixture.Tool("pdftoppm", "-r", "300", "-png", build.PdfPath, prefix);
        var decoded = Directory.GetFiles(build.OutputDirectory, "qr*.png").SelectMany(ZbarImg.Decode).Order().ToList();
        Assert.Equal(expected, decoded);
        var placeholder = Assert.Single(report.RootElement.GetProperty("qrPlaceholders").EnumerateArray());
        Assert.Equal("03-jsgtz-2025-33", placeholder.GetProperty("document").GetString());
    }

    [Fact]
    public void Build_report_lists_anchors_documents_and_page_starts()
    {
        using var report = JsonDocument.Parse(File.ReadAllBytes(build.ReportPath));
        var root = report.RootElement;
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(Documents.Select(d => d.Id), documents.Select(d => d.GetProperty("id").GetString()));
        Assert.All(documents, d => Assert.True(d.GetProperty("lastPage").GetInt32() >= d.GetProperty("firstPage").GetInt32()));
        var starts = root.GetProperty("pageStarts").EnumerateArray().ToList();
        Assert.Contains(starts, s => s.GetProperty("blockId").GetString()!.StartsWith("b-") && s.GetProperty("textOffset").GetInt32() > 0);
        Assert.Contains(root.GetProperty("fonts").EnumerateArray(), f => f.GetProperty("glyphs").GetInt32() > 100);
        Assert.False(root.TryGetProperty("totalMs", out _));
    }

    [Fact]
    public void Two_builds_give_identical_bytes()
    {
        var again = BuildFixture.Build(build.IssueDirectory, null, out var exit, out var errors);
        Assert.True(exit == 0, errors);
        Assert.Equal(File.ReadAllBytes(build.PdfPath), File.ReadAllBytes(Path.Combine(again, BuildFixture.IssueName + ".pdf")));
        Assert.Equal(File.ReadAllBytes(build.ReportPath), File.ReadAllBytes(Path.Combine(again, "build.json")));
    }

    [Fact]
    public void Bad_input_writes_nothing_and_exits_1()
    {
        var issue = Path.Combine(Path.GetTempPath(), "gp-bad-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(issue, "docs"));
        foreach (var f in Directory.GetFiles(Path.Combine(build.IssueDirectory, "docs"))) File.Copy(f, Path.Combine(issue, "docs", Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(issue, "issue.yaml"), File.ReadAllText(Path.Combine(build.IssueDirectory, "issue.yaml")).Replace("year: 2025", "yaer: 2025"));
        var output = BuildFixture.Build(issue, null, out var exit, out var errors);
        Assert.Equal(1, exit);
        Assert.Contains("issue.yaml", errors);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any());
    }
}
