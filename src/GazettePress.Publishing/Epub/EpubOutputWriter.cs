using System.Text.Json.Nodes;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Composition;

namespace GazettePress.Publishing.Epub;

/// <summary>
/// The build's EPUB stage: takes the print page starts from composition, paints the phone cover and
/// stages <c>&lt;name&gt;.epub</c>. Register it in <see cref="BuildPipeline.DefaultWriters"/>.
/// </summary>
public sealed class EpubOutputWriter : IOutputWriter
{
    public string Name => "epub";

    public void Write(BuildContext context)
    {
        var starts = PageStarts(context.Composed.Pages, context.Diagnostics);
        var cover = EpubCoverPainter.PaintPng(EpubModelFactory.From(context.Issue), context.Fonts);
        var result = EpubBuilder.Create(context.Issue, starts, cover);
        context.Diagnostics.AddRange(result.Diagnostics);
        if (result.Epub is null) return;
        context.Files[$"{context.Name}.epub"] = result.Epub;
        context.Report["epub"] = new JsonObject
        {
            ["file"] = $"{context.Name}.epub",
            ["bytes"] = result.Epub.Length,
            ["pageList"] = BuildReport.Array(starts.Select(s => new JsonObject { ["folio"] = s.Folio, ["document"] = s.DocumentId, ["block"] = s.BlockId, ["offset"] = s.TextOffset })),
        };
    }

    /// <summary>
    /// One page start per numbered print page, in print order. Pages outside documents are named by
    /// their section (toc, intro → about, colophon); a numbered page with no e-edition counterpart is
    /// reported as a warning and left out of the page-list.
    /// </summary>
    internal static IReadOnlyList<PrintPageStart> PageStarts(IReadOnlyList<ComposedPage> pages, DiagnosticBag diagnostics)
    {
        var starts = new List<PrintPageStart>();
        foreach (var page in pages)
        {
            if (page.Folio is not { Length: > 0 } folio || page.IsBlank) continue;
            var documentId = page.Start?.DocumentId is { Length: > 0 } id ? id : EpubPageFor(page.SectionId);
            if (documentId is null || page.Start is null)
            {
                diagnostics.Add(Diagnostic.Create(EpubMessages.PageWithoutPlace, SourceLocation.None, ("folio", folio), ("section", page.SectionId)));
                continue;
            }
            // A generated page (目录, 简介, colophon) has other text in the e-edition than in print: an
            // offset into the print text means nothing there (and may lie past its end), so the marker goes to the block's start.
            // Likewise a document's own template blocks (doc-attachments, doc-signature …), which the e-edition sets differently.
            var generated = page.Start.DocumentId is not { Length: > 0 } || page.Start.BlockId.StartsWith("doc-", StringComparison.Ordinal);
            starts.Add(new PrintPageStart(folio, documentId, page.Start.BlockId, generated ? 0 : page.Start.TextOffset));
        }
        return starts;
    }

    private static string? EpubPageFor(string sectionId) => sectionId switch
    {
        "cover" => "cover",
        "toc" => "toc",
        "intro" or "about" or "editorial-board" => "about",
        "colophon" => "colophon",
        _ => null,
    };
}
