using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Epub;

namespace GazettePress.Publishing.Tests.Epub;

public sealed class EpubBuilderTests : IDisposable
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private readonly string _issueDirectory = SampleEpubIssue.CreateIssueDirectory();
    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("gp-epub-out-").FullName;

    public void Dispose()
    {
        Directory.Delete(_issueDirectory, recursive: true);
        Directory.Delete(_outputDirectory, recursive: true);
    }

    private string BuildSample(string name = "sample.epub", IReadOnlyList<PrintPageStart>? pageStarts = null, EpubIssue? issue = null,
        byte[]? cover = null, bool withCover = true)
    {
        var path = Path.Combine(_outputDirectory, name);
        var result = EpubBuilder.Build(issue ?? SampleEpubIssue.Create(), _issueDirectory, pageStarts ?? SampleEpubIssue.PageStarts,
            withCover ? cover ?? SampleEpubIssue.TinyPng : null, path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return path;
    }

    private static XDocument Entry(ZipArchive archive, string name)
    {
        var entry = archive.GetEntry(name);
        Assert.True(entry is not null, $"{name} is missing from the EPUB");
        using var stream = entry.Open();
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    private static ZipArchive Open(string path) => new(File.OpenRead(path), ZipArchiveMode.Read);

    [Fact]
    public void EpubCheckReportsNoErrorsAndNoWarnings()
    {
        var (exitCode, output) = EpubCheckRunner.Run(BuildSample());
        Assert.True(exitCode == 0, output);
        Assert.Contains("No errors or warnings detected", output);
        Assert.Contains("0 fatals / 0 errors / 0 warnings", output);
    }

    [Fact]
    public void EpubCheckAlsoPassesWithoutPageStartsCoverImageOrFrontMatter()
    {
        var path = BuildSample(pageStarts: [], issue: SampleEpubIssue.Create(withIntro: false), withCover: false);
        var (exitCode, output) = EpubCheckRunner.Run(path);
        Assert.True(exitCode == 0, output);
        Assert.Contains("No errors or warnings detected", output);
    }

    [Fact]
    public void TwoBuildsGiveIdenticalBytes()
    {
        var first = File.ReadAllBytes(BuildSample("first.epub"));
        var second = File.ReadAllBytes(BuildSample("second.epub"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void ContainerStartsWithStoredMimetypeAndEveryEntryHasThePublishedDate()
    {
        var path = BuildSample();
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(bytes, 30, 28));
        Assert.Equal(0, bytes[8] | bytes[9] << 8);   // stored
        Assert.Equal(0, bytes[28] | bytes[29] << 8); // no extra field

        using var archive = Open(path);
        Assert.Equal("mimetype", archive.Entries[0].FullName);
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(2025, 12, 28), e.LastWriteTime.DateTime));
        var rootfile = Entry(archive, "META-INF/container.xml").Descendants().Single(e => e.Name.LocalName == "rootfile");
        Assert.Equal("EPUB/package.opf", (string?)rootfile.Attribute("full-path"));
    }

    [Fact]
    public void PackageHasIdentityLanguageDatesAndReadingOrder()
    {
        using var archive = Open(BuildSample());
        var opf = Entry(archive, "EPUB/package.opf").Root!;
        var metadata = opf.Element(Opf + "metadata")!;

        var idref = (string?)opf.Attribute("unique-identifier");
        var identifier = metadata.Elements(Dc + "identifier").Single(e => (string?)e.Attribute("id") == idref).Value;
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", identifier);
        Assert.Equal("晋城市人民政府公报 2025年第6期", metadata.Element(Dc + "title")!.Value);
        Assert.Equal("zh-CN", metadata.Element(Dc + "language")!.Value);
        Assert.Equal("晋城市人民政府办公室", metadata.Element(Dc + "creator")!.Value);
        Assert.Equal("晋城市人民政府办公室", metadata.Element(Dc + "publisher")!.Value);
        Assert.Equal("2025-12-28", metadata.Element(Dc + "date")!.Value);
        Assert.Equal("2025-12-28T00:00:00Z", Meta(metadata, "dcterms:modified").Single());

        var manifest = opf.Element(Opf + "manifest")!.Elements().ToDictionary(e => (string)e.Attribute("id")!, e => (string)e.Attribute("href")!);
        var spine = opf.Element(Opf + "spine")!.Elements().Select(e => manifest[(string)e.Attribute("idref")!]).ToArray();
        Assert.Equal(["cover.xhtml", "nav.xhtml", "about.xhtml", "01-jsf-2025-11.xhtml", "02-jszb-2025-22.xhtml", "colophon.xhtml"], spine);

        var coverImage = opf.Element(Opf + "manifest")!.Elements().Single(e => (string?)e.Attribute("properties") == "cover-image");
        Assert.Equal(SampleEpubIssue.TinyPng, Bytes(archive, "EPUB/" + (string)coverImage.Attribute("href")!));

        // The cover page shows that image with alt text, and its QR code is also a link.
        var cover = Entry(archive, "EPUB/cover.xhtml");
        var img = cover.Descendants(X + "img").Single();
        Assert.Equal((string)coverImage.Attribute("href")!, (string?)img.Attribute("src"));
        Assert.Contains("2025年第6期", (string?)img.Attribute("alt"));
        var link = cover.Descendants(X + "a").Single();
        Assert.Equal("http://www.jcgov.gov.cn/", (string?)link.Attribute("href"));
        Assert.Equal("掌上公报", link.Value);
    }

    [Fact]
    public void IdentifierIsStablePerIssueAndDiffersBetweenIssues()
    {
        var issue = SampleEpubIssue.Create();
        Assert.Equal(EpubIdentifier.For(issue), EpubIdentifier.For(SampleEpubIssue.Create(withIntro: false)));
        Assert.NotEqual(EpubIdentifier.For(issue), EpubIdentifier.For(issue with { Number = 5 }));
        Assert.NotEqual(EpubIdentifier.For(issue), EpubIdentifier.For(issue with { Year = 2024 }));
    }

    [Fact]
    public void AccessibilityMetadataIsPresent()
    {
        using var archive = Open(BuildSample());
        var metadata = Entry(archive, "EPUB/package.opf").Root!.Element(Opf + "metadata")!;

        Assert.Equal(["textual", "visual"], Meta(metadata, "schema:accessMode"));
        Assert.Equal(["textual"], Meta(metadata, "schema:accessModeSufficient"));
        var features = Meta(metadata, "schema:accessibilityFeature");
        foreach (var feature in new[] { "tableOfContents", "printPageNumbers", "pageBreakMarkers", "pageNavigation", "structuralNavigation", "alternativeText", "readingOrder" })
            Assert.Contains(feature, features);
        Assert.Equal(["none"], Meta(metadata, "schema:accessibilityHazard"));
        var summary = Assert.Single(Meta(metadata, "schema:accessibilitySummary"));
        Assert.Contains("页码", summary);
        Assert.Contains("page list", summary);

        // The print edition the page-list follows (EPUB 3.2 form, see docs/epub.md).
        var source = metadata.Element(Dc + "source")!;
        Assert.Equal("晋城市人民政府公报 2025年第6期 印刷版", source.Value);
        var refinement = metadata.Elements(Opf + "meta").Single(m => (string?)m.Attribute("refines") == "#" + (string?)source.Attribute("id"));
        Assert.Equal("source-of", (string?)refinement.Attribute("property"));
        Assert.Equal("pagination", refinement.Value);
    }

    [Fact]
    public void NavListsEveryDocumentGroupedBySectionWithLandmarks()
    {
        using var archive = Open(BuildSample());
        var nav = Entry(archive, "EPUB/nav.xhtml");
        var toc = NavOfType(nav, "toc");

        var sections = toc.Element(X + "ol")!.Elements(X + "li").ToArray();
        Assert.Equal(["【市政府文件】", "【市政府办公室文件】"], sections.Select(s => s.Element(X + "span")!.Value));
        Assert.Equal(["01-jsf-2025-11.xhtml"], sections[0].Descendants(X + "a").Select(a => (string)a.Attribute("href")!));
        Assert.Equal(["02-jszb-2025-22.xhtml"], sections[1].Descendants(X + "a").Select(a => (string)a.Attribute("href")!));
        var issue = SampleEpubIssue.Create();
        foreach (var doc in issue.Documents)
            Assert.Contains(toc.Descendants(X + "a"), a => (string?)a.Attribute("href") == doc.Id + ".xhtml" && a.Value.StartsWith(doc.Title, StringComparison.Ordinal));

        var landmarks = NavOfType(nav, "landmarks").Descendants(X + "a")
            .ToDictionary(a => (string)a.Attribute(Ops + "type")!, a => (string)a.Attribute("href")!);
        Assert.Equal("cover.xhtml", landmarks["cover"]);
        Assert.Equal("nav.xhtml#toc", landmarks["toc"]);
        Assert.Equal("01-jsf-2025-11.xhtml", landmarks["bodymatter"]);
    }

    [Fact]
    public void PageListHasOneEntryPerPageStartResolvingToAMarkerWhereThePageBegins()
    {
        var starts = SampleEpubIssue.PageStarts;
        using var archive = Open(BuildSample());
        var pageList = NavOfType(Entry(archive, "EPUB/nav.xhtml"), "page-list").Descendants(X + "a").ToArray();

        Assert.Equal(starts.Select(s => s.Folio), pageList.Select(a => a.Value));
        for (var i = 0; i < starts.Count; i++)
        {
            var href = ((string)pageList[i].Attribute("href")!).Split('#');
            Assert.Equal(starts[i].DocumentId + ".xhtml", href[0]);
            var page = Entry(archive, "EPUB/" + href[0]);
            var marker = page.Descendants().Single(e => (string?)e.Attribute("id") == href[1]);
            Assert.Equal("pagebreak", (string?)marker.Attribute(Ops + "type"));
            Assert.Equal("doc-pagebreak", (string?)marker.Attribute("role"));
            Assert.Equal(starts[i].Folio, (string?)marker.Attribute("aria-label"));

            // The marker sits before the character at the reported offset of the reported block.
            var block = page.Descendants().Single(e => (string?)e.Attribute("id") == starts[i].BlockId);
            var before = string.Concat(block.DescendantNodes().OfType<XText>()
                .Where(t => XNode.CompareDocumentOrder(t, marker) < 0).Select(t => t.Value));
            Assert.Equal(starts[i].TextOffset, before.Length);
        }
    }

    [Fact]
    public void TextOfEveryDocumentEqualsItsBodyText()
    {
        var issue = SampleEpubIssue.Create();
        using var archive = Open(BuildSample());
        foreach (var doc in issue.Documents)
        {
            var page = Entry(archive, $"EPUB/{doc.Id}.xhtml");
            // Block by block: the whitespace between blocks is formatting, not text.
            var bodyText = string.Concat(page.Descendants(X + "div")
                .Where(d => ((string?)d.Attribute("class") ?? "").Split(' ').Contains("body"))
                .SelectMany(d => d.Elements()).Select(e => e.Value));
            var expected = string.Concat(XElement.Parse("<body>" + doc.BodyXhtml + "</body>").Elements().Select(e => e.Value));
            Assert.NotEmpty(expected);
            Assert.Equal(expected, bodyText);
        }
    }

    [Fact]
    public void DocumentsHaveLanguageRealHeadingsAndFrontMatterText()
    {
        using var archive = Open(BuildSample());
        var page = Entry(archive, "EPUB/01-jsf-2025-11.xhtml");
        var html = page.Root!;
        Assert.Equal("zh-CN", (string?)html.Attribute("lang"));
        Assert.Equal("zh-CN", (string?)html.Attribute(XNamespace.Xml + "lang"));

        var title = page.Descendants(X + "h1").First();
        Assert.Equal(SampleEpubIssue.Notice.Title, title.Value);
        Assert.Contains(page.Descendants(X + "h2"), h => h.Value == "第一章　总　则");
        var text = page.Root!.Element(X + "body")!.Value;
        foreach (var expected in new[] { "JCZG-01-2024-0007", "晋市政发〔2025〕11号", "各县（市、区）人民政府", "晋城军分区", "2025年11月14日",
                     "（此件公开发布）", "附件：1.晋城市大面积停电事件分级（见网络版）", "2.应急联系表", "政策咨询电话：2043136", "政策解读" })
            Assert.Contains(expected, text);
        // Signature and publicity come between the notice and the attached regulation, as in print.
        Assert.True(text.IndexOf("2025年11月14日", StringComparison.Ordinal) < text.IndexOf("第一章", StringComparison.Ordinal));
    }

    [Fact]
    public void QrCodeIsALinkedImageWithAltTextAndPlaceholdersBecomeANote()
    {
        using var archive = Open(BuildSample());
        var notice = Entry(archive, "EPUB/01-jsf-2025-11.xhtml");
        var qr = notice.Descendants(X + "figure").Single(f => (string?)f.Attribute("class") == "qr");
        var link = qr.Element(X + "a")!;
        Assert.Equal(SampleEpubIssue.Notice.Qr!.Url, (string?)link.Attribute("href"));
        var img = link.Element(X + "img")!;
        Assert.Contains("政策解读", (string?)img.Attribute("alt"));
        var png = Bytes(archive, "EPUB/" + (string)img.Attribute("src")!);
        Assert.Equal(EpubBuilder.QrPng(SampleEpubIssue.Notice.Qr.Url!), png);

        var order = Entry(archive, "EPUB/02-jszb-2025-22.xhtml");
        Assert.Contains(order.Descendants(X + "p"), p => p.Value == "（政策解读二维码见印刷版）");
        Assert.DoesNotContain(order.Descendants(X + "figure"), f => (string?)f.Attribute("class") == "qr");
    }

    [Fact]
    public void ContentImagesAreCopiedFromTheIssueFolder()
    {
        using var archive = Open(BuildSample());
        Assert.Equal(SampleEpubIssue.TinyPng, Bytes(archive, "EPUB/images/figure-1.png"));
        var manifest = Entry(archive, "EPUB/package.opf").Root!.Element(Opf + "manifest")!;
        Assert.Contains(manifest.Elements(), e => (string?)e.Attribute("href") == "images/figure-1.png" && (string?)e.Attribute("media-type") == "image/png");
    }

    [Fact]
    public void BadPageStartsAreAllReportedAndNothingIsWritten()
    {
        var path = Path.Combine(_outputDirectory, "bad.epub");
        File.WriteAllText(path, "previous build");
        PrintPageStart[] starts =
        [
            new("1", "99-unknown", "b-1", 0),
            new("2", "01-jsf-2025-11", "b-404", 0),
            new("3", "01-jsf-2025-11", "b-1", 500),
            new("4", "02-jszb-2025-22", "b-1", 0),
            new("4", "02-jszb-2025-22", "b-2", 0),
        ];

        var result = EpubBuilder.Build(SampleEpubIssue.Create(), _issueDirectory, starts, SampleEpubIssue.TinyPng, path);

        Assert.False(result.Succeeded);
        Assert.Equal(["GP5001", "GP5002", "GP5003", "GP5004"], result.Diagnostics.Select(d => d.Code).Order());
        Assert.All(result.Diagnostics, d => Assert.NotNull(d.Hint));
        Assert.Equal("previous build", File.ReadAllText(path));
        Assert.Equal(["bad.epub"], Directory.GetFiles(_outputDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public void APageStartNamingTheWholeDocumentMarksItsStart()
    {
        using var archive = Open(BuildSample(pageStarts: [new PrintPageStart("9", "02-jszb-2025-22", "doc-02-jszb-2025-22", 4)]));
        var page = Entry(archive, "EPUB/02-jszb-2025-22.xhtml");
        var section = page.Descendants(X + "section").Single();
        Assert.Equal("doc-02-jszb-2025-22", (string?)section.Attribute("id"));
        var marker = section.Elements().First();
        Assert.Equal("page-9", (string?)marker.Attribute("id"));
    }

    [Fact]
    public void PackageBytesAreTheBytesTheFileGets()
    {
        var issue = SampleEpubIssue.Create();
        var path = BuildSample();
        var (epub, diagnostics) = EpubBuilder.CreatePackage(issue, _issueDirectory, SampleEpubIssue.PageStarts, SampleEpubIssue.TinyPng);
        Assert.Empty(diagnostics);
        Assert.Equal(File.ReadAllBytes(path), epub);
    }

    [Fact]
    public void ADocumentNamedLikeAnEpubPageIsRefused()
    {
        var issue = SampleEpubIssue.Create();
        var renamed = issue with { Sections = [new EpubSection("市政府文件", [SampleEpubIssue.Notice with { Id = "colophon" }])] };

        var result = EpubBuilder.Build(renamed, _issueDirectory, [], null, Path.Combine(_outputDirectory, "x.epub"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GP5008", diagnostic.Code);
        Assert.Equal("docs/colophon.md", diagnostic.Location.File);
    }

    [Fact]
    public void MissingImageIsReportedAtTheDocument()
    {
        File.Delete(Path.Combine(_issueDirectory, "images", "figure-1.png"));
        var path = Path.Combine(_outputDirectory, "missing.epub");

        var result = EpubBuilder.Build(SampleEpubIssue.Create(), _issueDirectory, [], null, path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GP5005", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("docs/02-jszb-2025-22.md", diagnostic.Location.File);
        Assert.Equal("图片“images/figure-1.png”不存在", diagnostic.Render(Language.Chinese).Message);
        Assert.Equal("image 'images/figure-1.png' does not exist", diagnostic.Render(Language.English).Message);
        Assert.Contains(Path.Combine("images", "figure-1.png"), diagnostic.Render(Language.Chinese).Hint);
        Assert.False(File.Exists(path));
    }

    private static XElement NavOfType(XDocument nav, string type) =>
        nav.Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == type);

    private static string[] Meta(XElement metadata, string property) =>
        metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("property") == property).Select(m => m.Value).ToArray();

    private static byte[] Bytes(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
