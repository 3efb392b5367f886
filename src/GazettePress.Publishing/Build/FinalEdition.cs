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
    /// The screen edition's pages: the proof's pages without the drawing of placeholder QR figures (the
    /// box and its cross name their &lt;figure&gt;; the named destination and the caption stay). The
    /// same list when there is no placeholder.
    /// </summary>
    public static IReadOnlyList<Page> ScreenPages(ComposedIssue composed)
    {
        var documents = composed.QrCodes.Where(q => q.Kind == QrKind.Placeholder).Select(q => q.DocumentId).ToHashSet(StringComparer.Ordinal);
        var figures = composed.Elements.Elements
            .Where(e => e.Name == "figure" && e.Attributes.TryGetValue("data-qr", out var key) && documents.Contains(key))
            .Select(e => e.Id)
            .ToHashSet();
        var pages = composed.Pages.Select(p => p.Content).ToArray();
        if (figures.Count == 0) return pages;
        return pages.Select(p => p with { Items = [.. p.Items.Where(i => !(i is RectItem or RuleItem && i.Source is { } s && figures.Contains(s.Id)))] }).ToArray();
    }

    /// <summary>The screen edition painted, or null when it is the proof's pages (the proof's bytes serve).</summary>
    public static byte[]? PaintScreen(ComposedIssue composed, PdfMetadata metadata)
    {
        var screen = ScreenPages(composed);
        if (screen.SequenceEqual(composed.Pages.Select(p => p.Content))) return null;
        using var stream = new MemoryStream();
        PdfPainter.Paint(screen, metadata, stream);
        return stream.ToArray();
    }
}
