using GazettePress.Content;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Painting;
using GazettePress.Publishing.Composition;

namespace GazettePress.Publishing.Build;

/// <summary>
/// Placeholders belong to proofs: the print edition (the proof the proofreaders mark) draws a crossed
/// box where a QR code will go; the screen PDF leaves the box out (its caption stays, neutral); a final
/// build (<c>build --final</c>) is refused while any placeholder remains.
/// </summary>
public static class FinalEdition
{
    /// <summary>An error at each placeholder of the issue (GP1106): a final edition has none.</summary>
    public static void Check(Issue? issue, DiagnosticBag diagnostics)
    {
        if (issue is null) return;
        foreach (var document in issue.Documents.Where(d => d.Qr?.Source is QrSource.Placeholder))
            diagnostics.Add(ContentMessages.PlaceholderInFinal, document.Locations.Of("qr.placeholder"),
                ("what", ContentMessages.FinalQr.With(("document", document.Id))));
    }

    /// <summary>
    /// The screen edition: the proof's composition without the drawing of placeholder QR figures (the
    /// box and its cross name their &lt;figure&gt;; the named destination and the caption stay), or null
    /// when there is no placeholder (the proof's pages serve). Tagging and painting of the screen PDF
    /// both read it, so the structure matches what is painted.
    /// </summary>
    public static ComposedIssue? ScreenEdition(ComposedIssue composed)
    {
        var documents = composed.QrCodes.Where(q => q.Kind == QrKind.Placeholder).Select(q => q.DocumentId).ToHashSet(StringComparer.Ordinal);
        var figures = composed.Elements.Elements
            .Where(e => e.Name == "figure" && e.Attributes.TryGetValue("data-qr", out var key) && documents.Contains(key))
            .Select(e => e.Id)
            .ToHashSet();
        if (figures.Count == 0) return null;
        bool ProofOnly(PageItem item) => item is RectItem or RuleItem && item.Source is { } s && figures.Contains(s.Id);
        var pages = composed.Pages.Select(p => !p.Content.Items.Any(ProofOnly) ? p : new ComposedPage
        {
            Content = p.Content with { Items = [.. p.Content.Items.Where(i => !ProofOnly(i))] },
            Master = p.Master, SectionId = p.SectionId, DocumentId = p.DocumentId, Index = p.Index, Number = p.Number, Folio = p.Folio,
            IsBlank = p.IsBlank, Start = p.Start, HasColumns = p.HasColumns, Flow = p.Flow,
        }).ToArray();
        return composed with { Pages = pages };
    }

    /// <summary>The screen edition painted (font programs restored, as for the proof's pages).</summary>
    public static byte[] PaintScreen(ComposedIssue screen, PdfMetadata metadata)
    {
        using var stream = new MemoryStream();
        var paint = PdfPainter.Paint(screen.Pages.Select(p => p.Content).ToArray(), metadata, stream);
        return Pdf.FontProgramRestorer.Restore(stream.ToArray(), paint.FontPrograms);
    }
}
