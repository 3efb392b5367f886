using GazettePress.Content;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using GazettePress.Layout.Painting;
using GazettePress.Publishing.Composition;

namespace GazettePress.Publishing.Build;

/// <summary>
/// Placeholders belong to proofs: the print edition (the proof the proofreaders mark) draws a crossed
/// box where a QR code will go; the screen PDF leaves the box out; a final build (<c>build --final</c>)
/// is refused while any placeholder remains.
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

    /// <summary>The screen edition's pages painted without proof-only items, or null when there are none (the proof's bytes serve).</summary>
    public static byte[]? PaintScreen(ComposedIssue composed, PdfMetadata metadata)
    {
        if (!composed.Pages.Any(p => p.Items.Any(i => i.ProofOnly))) return null;
        using var screen = new MemoryStream();
        PdfPainter.Paint(new DisplayListBuilder { Proof = false }.Build(composed.Pages), metadata, screen);
        return screen.ToArray();
    }
}
