using System.IO.Compression;
using System.Xml.Linq;
using GazettePress.Content;
using GazettePress.Content.Rendering;
using GazettePress.Diagnostics;
using GazettePress.Layout.DisplayList;
using GazettePress.Publishing.Pdf;

namespace GazettePress.Publishing.Build;

/// <summary>
/// What went in came out, checked on every build before anything is written: every document of
/// issue.yaml has its named destination in the screen PDF and its page in the EPUB, every TOC
/// entry has the page number where its document landed, every character of every document's body
/// blocks (and title) is drawn on that document's pages inside the page. (Pictures are read only
/// from inside the issue folder: see CompositionInputs.ReadImage.) Each failure is an error naming the document (and the
/// block's line). Cheap: the PDFs are read through their xref only, characters are counted, not
/// aligned.
/// </summary>
public static class BuildInvariant
{
    public static void Check(BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        var documents = context.Issue.Documents.ToList();
        CheckTableOfContents(context, diagnostics);
        CheckPlacedText(context, documents, diagnostics);
        if (context.Files.TryGetValue($"{context.Name}.pdf", out var screen))
            CheckScreenPdf(screen, context, documents, diagnostics);
        if (context.Files.TryGetValue($"{context.Name}.epub", out var epub))
            CheckEpub(epub, documents, diagnostics);
    }

    private static SourceLocation At(GazetteDocument document) => new(document.SourcePath);

    /// <summary>Each document's TOC number is the folio of the page its anchor landed on.</summary>
    private static void CheckTableOfContents(BuildContext context, DiagnosticBag diagnostics)
    {
        var landed = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var anchor in context.Composed.Anchors) landed.TryAdd(anchor.Name, anchor.Folio);
        var sources = context.Issue.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var document in context.Model.Documents)
        {
            var folio = landed.GetValueOrDefault(document.Anchor);
            if (string.IsNullOrEmpty(document.Page) || folio != document.Page)
                diagnostics.Add(InvariantMessages.TocWithoutPage,
                    sources.TryGetValue(document.Id, out var source) ? At(source) : SourceLocation.None, ("document", document.Id));
        }
    }

    /// <summary>Every non-space character of a document's title and top-level body blocks is drawn on its own pages.</summary>
    private static void CheckPlacedText(BuildContext context, IReadOnlyList<GazetteDocument> documents, DiagnosticBag diagnostics)
    {
        var placed = new Dictionary<string, Dictionary<char, int>>(StringComparer.Ordinal);
        for (var i = 0; i < context.Pages.Count && i < context.Composed.Pages.Count; i++)
        {
            var id = context.Composed.Pages[i].DocumentId;
            if (id.Length == 0) continue;
            if (!placed.TryGetValue(id, out var counts)) placed[id] = counts = new Dictionary<char, int>();
            var page = context.Pages[i];
            foreach (var run in page.Items.OfType<GlyphRunItem>())
            {
                // Text drawn outside the page is as lost as text never drawn.
                if (run.BaselineY < 0 || run.BaselineY > page.HeightPt || run.StartX < -1 || run.StartX > page.WidthPt) continue;
                Count(run.Text, counts, +1);
            }
        }
        foreach (var document in documents)
        {
            var counts = placed.GetValueOrDefault(document.Id) ?? new Dictionary<char, int>();
            var title = string.Concat(document.TitleLines);
            if (!Take(title, counts))
            {
                diagnostics.Add(InvariantMessages.TextNotPlaced, At(document), ("document", document.Id), ("text", Sample(title)));
                continue;
            }
            foreach (var (text, line) in TopLevelBlocks(document))
            {
                if (Take(text, counts)) continue;
                diagnostics.Add(InvariantMessages.TextNotPlaced, document.BodyLocation(Math.Max(line, 1)), ("document", document.Id), ("text", Sample(text)));
                break; // the first loss is enough to locate the problem
            }
        }
    }

    private static IEnumerable<(string Text, int Line)> TopLevelBlocks(GazetteDocument document)
    {
        var rendered = BodyXhtmlRenderer.Render(document);
        var lines = rendered.Blocks.ToDictionary(b => b.Id, b => b.SourceLine, StringComparer.Ordinal);
        var body = XElement.Parse($"<body>{rendered.Xhtml}</body>", LoadOptions.PreserveWhitespace);
        foreach (var block in body.Elements())
            yield return (block.Value, lines.GetValueOrDefault((string?)block.Attribute("id") ?? ""));
    }

    private static void Count(string text, Dictionary<char, int> counts, int delta)
    {
        foreach (var c in text)
            if (Counts(c)) counts[c] = counts.GetValueOrDefault(c) + delta;
    }

    /// <summary>Removes the characters of <paramref name="text"/> from <paramref name="counts"/>; false when one is missing.</summary>
    private static bool Take(string text, Dictionary<char, int> counts)
    {
        var ok = true;
        foreach (var c in text)
        {
            if (!Counts(c)) continue;
            var left = counts.GetValueOrDefault(c) - 1;
            counts[c] = left;
            if (left < 0) ok = false;
        }
        return ok;
    }

    /// <summary>Characters that must show: not spaces, not controls, not invisible format characters.</summary>
    private static bool Counts(char c) =>
        !char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format;

    private static string Sample(string text)
    {
        var flat = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return flat.Length <= 24 ? flat : flat[..24] + "…";
    }

    /// <summary>The screen PDF has one page per composed page and a named destination for every document.</summary>
    private static void CheckScreenPdf(byte[] pdf, BuildContext context, IReadOnlyList<GazetteDocument> documents, DiagnosticBag diagnostics)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        int pageCount;
        try
        {
            var file = PdfFile.Load(pdf);
            pageCount = file.PageReferences().Count;
            if (file.ResolveDictionary(file.Catalog["Dests"]) is { } dests)
                foreach (var (name, _) in dests.Entries) names.Add(name);
        }
        catch (PdfFormatException)
        {
            pageCount = -1;
        }
        if (pageCount != context.Pages.Count)
            diagnostics.Add(InvariantMessages.PdfPagesLost, new SourceLocation($"{context.Name}.pdf"), ("pages", Math.Max(pageCount, 0)), ("composed", context.Pages.Count));
        foreach (var document in documents.Where(d => !names.Contains("doc-" + d.Id)))
            diagnostics.Add(InvariantMessages.NotInPdf, At(document), ("document", document.Id));
    }

    /// <summary>The EPUB has every document's page, listed in its navigation, holding all of its body text.</summary>
    private static void CheckEpub(byte[] epub, IReadOnlyList<GazetteDocument> documents, DiagnosticBag diagnostics)
    {
        using var zip = new ZipArchive(new MemoryStream(epub), ZipArchiveMode.Read);
        var navigation = ReadEntry(zip, "EPUB/nav.xhtml") ?? "";
        foreach (var document in documents)
        {
            var page = ReadEntry(zip, $"EPUB/{document.Id}.xhtml");
            var counts = new Dictionary<char, int>();
            if (page is not null)
            {
                try
                {
                    Count(XDocument.Parse(page).Root?.Value ?? "", counts, +1);
                }
                catch (System.Xml.XmlException)
                {
                    page = null;
                }
            }
            if (page is null || !navigation.Contains($"href=\"{document.Id}.xhtml", StringComparison.Ordinal)
                || TopLevelBlocks(document).Any(b => !Take(b.Text, counts)))
                diagnostics.Add(InvariantMessages.NotInEpub, At(document), ("document", document.Id));
        }
    }

    private static string? ReadEntry(ZipArchive zip, string name)
    {
        if (zip.GetEntry(name) is not { } entry) return null;
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
