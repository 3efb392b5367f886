using System.Text;
using System.Xml;
using System.Xml.Linq;
using GazettePress.Content;
using GazettePress.Diagnostics;
using QRCoder;

namespace GazettePress.Publishing.Epub;

/// <summary>What an EPUB build reports. Nothing is written when there are errors.</summary>
public sealed record EpubBuildResult(IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>The EPUB's bytes (null when there are errors) and what the build found.</summary>
public sealed record EpubPackageResult(byte[]? Epub, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Epub is not null;
}

/// <summary>
/// Builds the e-edition of one issue: cover, table of contents (which is also the navigation
/// document), optional 简介/编委会 page, one XHTML per document and a colophon, with print page
/// markers where print layout says each page begins.
/// </summary>
public static class EpubBuilder
{
    internal const string ContentFolder = "EPUB/";
    private const string CssHref = "gazette.css";

    /// <summary>
    /// The build's single call: the e-edition of a loaded issue (whose load result had no errors),
    /// written to <paramref name="outputPath"/> through a temporary file.
    /// </summary>
    /// <param name="pageStarts">Where each print page begins, in print order (from print layout); empty gives no page-list.</param>
    /// <param name="coverPng">The print cover page rendered to PNG; null gives a text cover page.</param>
    public static EpubBuildResult Build(Issue issue, IReadOnlyList<PrintPageStart> pageStarts, byte[]? coverPng, string outputPath) =>
        Build(EpubModelFactory.From(issue), issue.SourceDirectory, pageStarts, coverPng, outputPath);

    /// <summary>The e-edition of a loaded issue as bytes, for a build that stages its files and
    /// writes them together.</summary>
    public static EpubPackageResult Create(Issue issue, IReadOnlyList<PrintPageStart> pageStarts, byte[]? coverPng)
    {
        var (epub, diagnostics) = CreatePackage(EpubModelFactory.From(issue), issue.SourceDirectory, pageStarts, coverPng);
        return new EpubPackageResult(epub, diagnostics);
    }

    /// <summary>
    /// Builds the EPUB and writes it to <paramref name="outputPath"/> (written to a temporary file
    /// first, then renamed, so a failed build never leaves half a file).
    /// </summary>
    /// <param name="issue">The issue as the EPUB templates see it.</param>
    /// <param name="issueDirectory">The issue folder; images named in the content are read from it.</param>
    /// <param name="pageStarts">Where each print page begins, in print order; empty gives no page-list.</param>
    /// <param name="coverPng">The print cover rendered to PNG; null gives a text cover page.</param>
    /// <param name="outputPath">The .epub to write.</param>
    public static EpubBuildResult Build(EpubIssue issue, string issueDirectory, IReadOnlyList<PrintPageStart> pageStarts,
        byte[]? coverPng, string outputPath)
    {
        var (epub, diagnostics) = CreatePackage(issue, issueDirectory, pageStarts, coverPng);
        if (epub is not null) AtomicFile.WriteAllBytes(outputPath, epub);
        return new EpubBuildResult(diagnostics);
    }

    /// <summary>The EPUB's bytes, or null with the reasons when the input does not allow one.</summary>
    internal static (byte[]? Epub, IReadOnlyList<Diagnostic> Diagnostics) CreatePackage(EpubIssue issue, string issueDirectory,
        IReadOnlyList<PrintPageStart> pageStarts, byte[]? coverPng, EpubTemplates? templates = null)
    {
        templates ??= EpubTemplates.Load();
        var diagnostics = new DiagnosticBag();
        var resources = new List<EpubResource>();
        var images = new List<EpubResource>();

        string? coverImageId = null;
        if (coverPng is { Length: > 0 })
        {
            coverImageId = "cover-image";
            images.Add(new EpubResource(coverImageId, "media/cover.png", "image/png", "cover-image", coverPng));
        }

        var documentViews = new List<(EpubDocument Doc, object View)>();
        foreach (var doc in issue.Documents)
            documentViews.Add((doc, DocumentView(doc, images, diagnostics)));

        var pageList = PlanPageList(issue, pageStarts, diagnostics);
        var pages = new List<EpubPage>();
        var firstDocument = issue.Documents.FirstOrDefault();

        pages.Add(Page(templates, EpubTemplates.Cover, "cover", "cover.xhtml", "cover", null, new
        {
            Lang = EpubText.Language,
            CssHref,
            Issue = issue,
            CoverSrc = coverImageId is null ? null : "media/cover.png",
            CoverAlt = EpubText.CoverAlt(issue),
            CoverLink = EpubText.CoverLink(issue),
            IssueLine = EpubText.IssueLine(issue),
        }, diagnostics));

        var nav = Page(templates, EpubTemplates.Navigation, "toc", "nav.xhtml", "nav", null, new
        {
            Lang = EpubText.Language,
            CssHref,
            Sections = issue.Sections.Where(s => s.Documents.Count > 0).Select(s => new
            {
                s.Title,
                Entries = s.Documents.Select(d => new { Href = FileNameOf(d), d.Title, d.DocNumber }).ToArray(),
            }).ToArray(),
            CoverHref = "cover.xhtml",
            TocHref = "nav.xhtml#toc",
            BodymatterHref = firstDocument is null ? "nav.xhtml#toc" : FileNameOf(firstDocument),
            PageList = pageList.Select(p => new { Href = p.FileName + "#" + p.MarkerId, Label = p.Start.Folio }).ToArray(),
        }, diagnostics);
        if (nav is not null) pages.Add(new EpubPage(nav.Key, nav.FileName, nav.ManifestId, nav.Xhtml, null) { IsNavigation = true });

        if (issue.IntroParagraphs.Count > 0 || issue.EditorialBoard.Count > 0)
            pages.Add(Page(templates, EpubTemplates.About, "about", "about.xhtml", "about", null,
                new { Lang = EpubText.Language, CssHref, Issue = issue }, diagnostics));

        foreach (var (doc, view) in documentViews)
            pages.Add(Page(templates, EpubTemplates.Document, doc.Id, FileNameOf(doc), GazetteIds.DocumentAnchor(doc.Id), SourceOf(doc), view, diagnostics));

        pages.Add(Page(templates, EpubTemplates.Colophon, "colophon", "colophon.xhtml", "colophon", null, new
        {
            Lang = EpubText.Language,
            CssHref,
            Issue = issue,
            IssueLine = EpubText.IssueLine(issue),
            EditionNote = EpubText.EditionNote,
        }, diagnostics));

        var realPages = pages.Where(p => p is not null).ToList();
        foreach (var page in realPages) CheckUniqueIds(page, diagnostics);
        InsertPageMarkers(realPages, pageList, diagnostics);
        foreach (var page in realPages.Where(p => p.Key != "cover" && p.Key != "toc" && p.Key != "about" && p.Key != "colophon"))
            CollectContentImages(page, issueDirectory, images, diagnostics);

        if (diagnostics.HasErrors) return (null, diagnostics.Sorted());

        foreach (var page in realPages)
        {
            var properties = page.IsNavigation ? "nav" : null;
            resources.Add(new EpubResource(page.ManifestId, page.FileName, "application/xhtml+xml", properties, Serialize(page.Xhtml)));
        }
        resources.Add(new EpubResource("css", CssHref, "text/css", null, new UTF8Encoding(false).GetBytes(templates.Css)));
        resources.AddRange(images);

        var spine = realPages.Select(p => p.ManifestId).ToArray();
        var opf = PackageDocument.Create(new PackageDocument.Options(issue, resources, spine, coverImageId,
            HasImages: images.Count > 0, HasPageList: pageList.Count > 0));

        using var buffer = new MemoryStream();
        var zip = new DeterministicZipWriter(buffer, issue.Published);
        zip.AddStored("mimetype", Encoding.ASCII.GetBytes("application/epub+zip"));
        zip.AddDeflated("META-INF/container.xml", Encoding.UTF8.GetBytes(ContainerXml));
        zip.AddDeflated(ContentFolder + "package.opf", Serialize(opf));
        foreach (var resource in resources)
            zip.AddDeflated(ContentFolder + resource.Href, resource.Content);
        zip.Finish();
        return (buffer.ToArray(), diagnostics.Sorted());
    }

    private const string ContainerXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n" +
        "  <rootfiles>\n" +
        "    <rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n" +
        "  </rootfiles>\n" +
        "</container>\n";

    internal static string FileNameOf(EpubDocument doc) => doc.Id + ".xhtml";

    /// <summary>The id of a document's section element, the same in print and EPUB templates.</summary>
    internal static string DocumentSectionId(string documentId) => GazetteIds.DocumentAnchor(documentId);

    private static string SourceOf(EpubDocument doc) => $"docs/{doc.Id}.md";

    internal static readonly HashSet<string> ReservedPageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "cover", "toc", "nav", "about", "colophon", "package", "gazette",
    };

    private sealed record PlannedPageBreak(PrintPageStart Start, string FileName, string MarkerId);

    /// <summary>Checks the page starts and names each one's marker, before any page is rendered,
    /// because the navigation document lists them.</summary>
    private static List<PlannedPageBreak> PlanPageList(EpubIssue issue, IReadOnlyList<PrintPageStart> pageStarts, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cover"] = "cover.xhtml", ["toc"] = "nav.xhtml", ["colophon"] = "colophon.xhtml",
        };
        if (issue.IntroParagraphs.Count > 0 || issue.EditorialBoard.Count > 0) files["about"] = "about.xhtml";
        foreach (var doc in issue.Documents) files[doc.Id] = FileNameOf(doc);

        foreach (var doc in issue.Documents.Where(d => ReservedPageNames.Contains(d.Id)))
            diagnostics.Add(Diagnostic.LegacyError("EPUB008", $"document id '{doc.Id}' is the name of an e-edition page", new SourceLocation(SourceOf(doc)),
                $"rename the document file; {string.Join(", ", ReservedPageNames.Order(StringComparer.Ordinal))} are taken by the EPUB's own pages"));

        var planned = new List<PlannedPageBreak>();
        var folios = new HashSet<string>(StringComparer.Ordinal);
        var markerIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in pageStarts)
        {
            if (!files.TryGetValue(start.DocumentId, out var file))
            {
                diagnostics.Add(Diagnostic.LegacyError("EPUB001", $"page {start.Folio} starts in unknown document '{start.DocumentId}'", SourceLocation.None,
                    "page starts must name a document id of the issue, or cover, toc, about, colophon"));
                continue;
            }
            if (!folios.Add(start.Folio))
            {
                diagnostics.Add(Diagnostic.LegacyError("EPUB004", $"page {start.Folio} is reported twice", SourceLocation.None,
                    "each print page has one start"));
                continue;
            }
            var id = PageBreakMarkers.IdFor(start.Folio);
            for (var n = 2; !markerIds.Add(id); n++) id = PageBreakMarkers.IdFor(start.Folio) + "-" + n;
            planned.Add(new PlannedPageBreak(start, file, id));
        }
        return planned;
    }

    private static void InsertPageMarkers(List<EpubPage> pages, List<PlannedPageBreak> pageList, DiagnosticBag diagnostics)
    {
        foreach (var planned in pageList)
        {
            var start = planned.Start;
            var page = pages.FirstOrDefault(p => p.FileName == planned.FileName);
            if (page is null) continue; // the page failed to render; that is reported already
            var where = page.SourceFile is null ? SourceLocation.None : new SourceLocation(page.SourceFile);
            var block = page.FindById(start.BlockId);
            var marker = PageBreakMarkers.Create(planned.MarkerId, start.Folio);
            if (block is not null && start.BlockId == DocumentSectionId(start.DocumentId))
            {
                PlaceInDocumentSection(block, marker);
                continue;
            }
            if (block is null && page.SourceFile is null)
            {
                // A generated page (目录, 简介, colophon) is one print page or starts one: its top.
                page.Xhtml.Root!.Element(PageBreakMarkers.Xhtml + "body")?.AddFirst(marker);
                continue;
            }
            if (block is null)
            {
                diagnostics.Add(Diagnostic.LegacyError("EPUB002", $"page {start.Folio} starts in block '{start.BlockId}', which {planned.FileName} does not have", where,
                    "the block id must be an id of the document's XHTML (b-N, h-N or a heading id)"));
                continue;
            }
            if (!PageBreakMarkers.Insert(block, start.TextOffset, marker))
            {
                var length = PageBreakMarkers.TextContent(block).Length;
                diagnostics.Add(Diagnostic.LegacyError("EPUB003", $"page {start.Folio} starts at offset {start.TextOffset} of block '{start.BlockId}', whose text has {length} characters", where,
                    "the offset counts UTF-16 characters of the block's text content, from 0 to its length"));
            }
        }
    }

    private static readonly string[] BackMatterIds = [GazetteIds.SignatureBlock, GazetteIds.PublicityBlock, GazetteIds.AttachmentsBlock, GazetteIds.ConsultationBlock, GazetteIds.QrBlock];

    /// <summary>
    /// Print named the whole document (a block without an id of its own). The document's first page
    /// starts at its top; a later page can only start in the blocks after the body (signature,
    /// publicity, 附件, 咨询, QR), so its marker goes before the first of those after the last marker.
    /// </summary>
    private static void PlaceInDocumentSection(XElement section, XElement marker)
    {
        var previous = section.Descendants(PageBreakMarkers.Xhtml + "span").LastOrDefault(s => (string?)s.Attribute("role") == "doc-pagebreak");
        if (previous is null)
        {
            section.AddFirst(marker);
            return;
        }
        var next = section.Elements().FirstOrDefault(e => BackMatterIds.Contains((string?)e.Attribute("id")) && XNode.CompareDocumentOrder(previous, e) < 0);
        if (next is not null) next.AddBeforeSelf(marker);
        else section.Add(marker);
    }

    private static void CheckUniqueIds(EpubPage page, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in page.Xhtml.Root!.DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>())
        {
            if (!seen.Add(id))
                diagnostics.Add(Diagnostic.LegacyError("EPUB006", $"id '{id}' is used twice in {page.FileName}",
                    page.SourceFile is null ? SourceLocation.None : new SourceLocation(page.SourceFile),
                    "heading ids set with {#id} must differ from each other and from the template's ids (doc-title, doc-number, doc-signature, …)"));
        }
    }

    private static readonly Dictionary<string, string> ImageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".gif"] = "image/gif", [".svg"] = "image/svg+xml",
    };

    /// <summary>Adds the issue's own images that a document shows (images/…) to the package.</summary>
    private static void CollectContentImages(EpubPage page, string issueDirectory, List<EpubResource> images, DiagnosticBag diagnostics)
    {
        var where = page.SourceFile is null ? SourceLocation.None : new SourceLocation(page.SourceFile);
        foreach (var img in page.Xhtml.Descendants(PageBreakMarkers.Xhtml + "img"))
        {
            var src = (string?)img.Attribute("src") ?? "";
            if (src.StartsWith("media/", StringComparison.Ordinal) || images.Any(i => i.Href == src)) continue;
            var safe = src.Length > 0 && !src.StartsWith('/') && !src.Contains("..", StringComparison.Ordinal)
                       && src.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.');
            if (!safe || !ImageTypes.TryGetValue(Path.GetExtension(src), out var mediaType))
            {
                diagnostics.Add(Diagnostic.LegacyError("EPUB007", $"image '{src}' cannot go into the EPUB", where,
                    "use a PNG, JPEG, GIF or SVG file inside the issue folder, named with ASCII letters, digits, - _ ."));
                continue;
            }
            var file = Path.Combine(issueDirectory, src.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(file) || !new GazettePress.Content.Safety.IssueFolder(issueDirectory).Contains(file))
            {
                diagnostics.Add(Diagnostic.LegacyError("EPUB005", $"image '{src}' does not exist", where, $"expected the file {file}"));
                continue;
            }
            images.Add(new EpubResource("img-" + images.Count, src, mediaType, null, File.ReadAllBytes(file)));
        }
    }

    private static EpubPage Page(EpubTemplates templates, string template, string key, string fileName, string manifestId,
        string? sourceFile, object model, DiagnosticBag diagnostics)
    {
        var text = templates.Render(template, model);
        try
        {
            return new EpubPage(key, fileName, manifestId, XDocument.Parse(text, LoadOptions.PreserveWhitespace), sourceFile);
        }
        catch (XmlException e)
        {
            // The body XHTML is not well-formed: a bug upstream, but reported with the document named.
            diagnostics.Add(Diagnostic.LegacyError("EPUB010", $"{fileName} is not well-formed XHTML: {e.Message}",
                sourceFile is null ? SourceLocation.None : new SourceLocation(sourceFile)));
            return new EpubPage(key, fileName, manifestId, new XDocument(new XElement(PageBreakMarkers.Xhtml + "html")), sourceFile);
        }
    }

    private sealed record QrView(string? Url, string? Src, string? Alt, string? Caption, string? Note);

    private sealed record DocumentModel(
        string Lang, string CssHref, string SectionId, EpubDocument Doc, string NoticeHtml, string AttachedHtml,
        IReadOnlyList<string> SignatureIssuers, string? Signer, string? SignatureDate,
        IReadOnlyList<string> AttachmentLines, QrView? Qr);

    private static DocumentModel DocumentView(EpubDocument doc, List<EpubResource> images, DiagnosticBag diagnostics)
    {
        var (notice, attached) = BodySplitter.Split(doc.BodyXhtml, SourceOf(doc), diagnostics);
        QrView? qr = null;
        if (doc.Qr is { } q)
        {
            if (q.Url is not null)
            {
                var href = $"media/qr-{doc.Id}.png";
                images.Add(new EpubResource("qr-" + doc.Id, href, "image/png", null, QrPng(q.Url)));
                qr = new QrView(q.Url, href, EpubText.QrAlt(q.Caption, q.Url), q.Caption, null);
            }
            else if (q.ImagePath is not null)
                qr = new QrView(null, q.ImagePath, EpubText.QrAlt(q.Caption, null), q.Caption, null);
            else
                qr = new QrView(null, null, null, q.Caption, EpubText.QrPlaceholder(q.Caption));
        }
        return new DocumentModel(EpubText.Language, CssHref, DocumentSectionId(doc.Id), doc, notice, attached,
            doc.SignatureIssuers, doc.Signer, doc.SignatureDate is { } d ? EpubText.Date(d) : null,
            EpubText.AttachmentLines(doc.Attachments), qr);
    }

    /// <summary>QR code as PNG: error correction M, four-module quiet zone (DESIGN §4).</summary>
    internal static byte[] QrPng(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(8);
    }

    internal static byte[] Serialize(XDocument document)
    {
        // An empty internal subset would be written as <!DOCTYPE html []>.
        if (document.DocumentType is { } doctype) doctype.InternalSubset = null;
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = false,
            NewLineHandling = NewLineHandling.None,
        };
        using (var writer = XmlWriter.Create(buffer, settings))
            document.Save(writer);
        return buffer.ToArray();
    }
}
