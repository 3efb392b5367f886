using System.Text;
using System.Xml;
using System.Xml.Linq;
using GazettePress.Content;
using GazettePress.Diagnostics;
using QRCoder;
using Scriban.Runtime;

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

        var documentViews = new List<(EpubDocument Doc, ScriptObject View)>();
        foreach (var doc in issue.Documents)
            documentViews.Add((doc, DocumentView(doc, images, diagnostics)));

        var pageList = PlanPageList(issue, pageStarts, diagnostics);
        var pages = new List<EpubPage>();
        var firstDocument = issue.Documents.FirstOrDefault();

        var issueModel = EpubTemplateModels.Issue(issue);
        pages.Add(Page(templates, EpubTemplates.Cover, "cover", "cover.xhtml", "cover", null, EpubTemplateModels.Page(EpubText.Language, CssHref,
            ("issue", issueModel),
            ("cover_src", coverImageId is null ? null : "media/cover.png"),
            ("cover_alt", EpubText.CoverAlt(issue)),
            ("cover_link", EpubText.CoverLink(issue)),
            ("issue_line", EpubText.IssueLine(issue))), diagnostics));

        var nav = Page(templates, EpubTemplates.Navigation, "toc", "nav.xhtml", "nav", null, EpubTemplateModels.Page(EpubText.Language, CssHref,
            ("sections", EpubTemplateModels.Array(issue.Sections.Where(s => s.Documents.Count > 0).Select(s => EpubTemplateModels.Object(
                ("title", s.Title),
                ("entries", EpubTemplateModels.Array(s.Documents.Select(d => EpubTemplateModels.Object(
                    ("href", FileNameOf(d)), ("title", d.Title), ("doc_number", d.DocNumber))))))))),
            ("cover_href", "cover.xhtml"),
            ("toc_href", "nav.xhtml#toc"),
            ("bodymatter_href", firstDocument is null ? "nav.xhtml#toc" : FileNameOf(firstDocument)),
            ("page_list", EpubTemplateModels.Array(pageList.Select(p => EpubTemplateModels.Object(
                ("href", p.FileName + "#" + p.MarkerId), ("label", p.Start.Folio)))))), diagnostics);
        if (nav is not null) pages.Add(new EpubPage(nav.Key, nav.FileName, nav.ManifestId, nav.Xhtml, null) { IsNavigation = true });

        if (issue.IntroParagraphs.Count > 0 || issue.EditorialBoard.Count > 0)
            pages.Add(Page(templates, EpubTemplates.About, "about", "about.xhtml", "about", null,
                EpubTemplateModels.Page(EpubText.Language, CssHref, ("issue", issueModel)), diagnostics));

        foreach (var (doc, view) in documentViews)
            pages.Add(Page(templates, EpubTemplates.Document, doc.Id, FileNameOf(doc), GazetteIds.DocumentAnchor(doc.Id), SourceOf(doc), view, diagnostics));

        pages.Add(Page(templates, EpubTemplates.Colophon, "colophon", "colophon.xhtml", "colophon", null, EpubTemplateModels.Page(EpubText.Language, CssHref,
            ("issue", issueModel),
            ("issue_line", EpubText.IssueLine(issue)),
            ("edition_note", EpubText.EditionNote)), diagnostics));

        var realPages = pages.Where(p => p is not null).ToList();
        foreach (var page in realPages) CheckUniqueIds(page, diagnostics);
        foreach (var page in realPages.Where(p => !p.IsNavigation)) PhoneReflow.Apply(page.Xhtml);
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
            diagnostics.Add(Diagnostic.Create(EpubMessages.ReservedDocumentId, new SourceLocation(SourceOf(doc)),
                ("id", doc.Id), ("reserved", string.Join(", ", ReservedPageNames.Order(StringComparer.Ordinal)))));

        var planned = new List<PlannedPageBreak>();
        var folios = new HashSet<string>(StringComparer.Ordinal);
        var markerIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in pageStarts)
        {
            if (!files.TryGetValue(start.DocumentId, out var file))
            {
                diagnostics.Add(Diagnostic.Create(EpubMessages.UnknownPageDocument, SourceLocation.None, ("folio", start.Folio), ("document", start.DocumentId)));
                continue;
            }
            if (!folios.Add(start.Folio))
            {
                diagnostics.Add(Diagnostic.Create(EpubMessages.FolioTwice, SourceLocation.None, ("folio", start.Folio)));
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
                diagnostics.Add(Diagnostic.Create(EpubMessages.UnknownPageBlock, where, ("folio", start.Folio), ("block", start.BlockId), ("file", planned.FileName)));
                continue;
            }
            if (!PageBreakMarkers.Insert(block, start.TextOffset, marker))
            {
                var length = PageBreakMarkers.TextContent(block).Length;
                diagnostics.Add(Diagnostic.Create(EpubMessages.PageOffsetOutside, where, ("folio", start.Folio), ("offset", start.TextOffset), ("block", start.BlockId), ("length", length)));
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
                diagnostics.Add(Diagnostic.Create(EpubMessages.IdTwice, page.SourceFile is null ? SourceLocation.None : new SourceLocation(page.SourceFile),
                    ("id", id), ("file", page.FileName)));
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
                diagnostics.Add(Diagnostic.Create(EpubMessages.ImageUnusable, where, ("image", src)));
                continue;
            }
            var file = Path.Combine(issueDirectory, src.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(file) || !new GazettePress.Content.Safety.IssueFolder(issueDirectory).Contains(file))
            {
                diagnostics.Add(Diagnostic.Create(EpubMessages.ImageMissing, where, ("image", src), ("path", file)));
                continue;
            }
            images.Add(new EpubResource("img-" + images.Count, src, mediaType, null, File.ReadAllBytes(file)));
        }
    }

    private static EpubPage Page(EpubTemplates templates, string template, string key, string fileName, string manifestId,
        string? sourceFile, ScriptObject model, DiagnosticBag diagnostics)
    {
        var text = templates.Render(template, model);
        try
        {
            return new EpubPage(key, fileName, manifestId, XDocument.Parse(text, LoadOptions.PreserveWhitespace), sourceFile);
        }
        catch (XmlException e)
        {
            // The body XHTML is not well-formed: a bug upstream, but reported with the document named.
            diagnostics.Add(Diagnostic.Create(EpubMessages.NotWellFormed, sourceFile is null ? SourceLocation.None : new SourceLocation(sourceFile),
                ("file", fileName), ("detail", e.Message)));
            return new EpubPage(key, fileName, manifestId, new XDocument(new XElement(PageBreakMarkers.Xhtml + "html")), sourceFile);
        }
    }

    private static ScriptObject DocumentView(EpubDocument doc, List<EpubResource> images, DiagnosticBag diagnostics)
    {
        var (notice, attached) = BodySplitter.Split(doc.BodyXhtml, SourceOf(doc), diagnostics);
        ScriptObject? qr = null;
        if (doc.Qr is { } q)
        {
            string? src = null, alt = null, note = null;
            if (q.Url is not null)
            {
                src = $"media/qr-{doc.Id}.png";
                images.Add(new EpubResource("qr-" + doc.Id, src, "image/png", null, QrPng(q.Url)));
                alt = EpubText.QrAlt(q.Caption, q.Url);
            }
            else if (q.ImagePath is not null)
            {
                src = q.ImagePath;
                alt = EpubText.QrAlt(q.Caption, null);
            }
            else
                note = EpubText.QrPlaceholder(q.Caption);
            qr = EpubTemplateModels.Object(("url", q.Url), ("src", src), ("alt", alt), ("caption", q.Caption), ("note", note));
        }
        return EpubTemplateModels.Page(EpubText.Language, CssHref,
            ("section_id", DocumentSectionId(doc.Id)),
            ("doc", EpubTemplateModels.Document(doc)),
            ("notice_html", notice),
            ("attached_html", attached),
            ("signature_issuers", EpubTemplateModels.Array(doc.SignatureIssuers.Cast<object?>())),
            ("signer", doc.Signer),
            ("signature_date", doc.SignatureDate is { } d ? EpubText.Date(d) : null),
            ("attachment_lines", EpubTemplateModels.Array(EpubText.AttachmentLines(doc.Attachments).Select(a => EpubTemplateModels.Object(
                ("block_id", a.BlockId), ("id", a.Id), ("label", a.Label), ("text", a.Text), ("url", a.Url))))),
            ("qr", qr));
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
