using GazettePress.Publishing.Pdf;

namespace GazettePress.Publishing.Proofing;

/// <summary>
/// Marks changes on a copy of the new round's screen PDF with standard PDF annotations, which every
/// viewer shows and lists (a proofreader can step through them): a highlight over changed (yellow)
/// and inserted (green) text whose note gives the old text, a caret where text was deleted whose
/// note gives what was deleted. The pages themselves are not touched.
/// </summary>
public static class ProofMarker
{
    public static byte[] Mark(byte[] screenPdf, IReadOnlyList<ProofChange> changes, Func<ProofChange, string> note)
    {
        var file = PdfFile.Load(screenPdf);
        var pages = file.PageReferences();
        var number = 0;
        foreach (var change in changes)
        {
            number++;
            foreach (var area in change.Areas)
            {
                if (area.Page < 1 || area.Page > pages.Count) continue;
                var reference = pages[area.Page - 1];
                var page = file.Page(reference);
                var height = (file.InheritedBox(page, "MediaBox") ?? new PdfRectangle(0, 0, 595.28, 841.89)).Height;
                var annotation = change.Kind == ChangeKind.Deleted
                    ? Caret(area, height)
                    : Highlight(area, height, change.Kind == ChangeKind.Inserted ? [0.55, 0.9, 0.45] : [1, 0.85, 0.1]);
                annotation["Contents"] = PdfString.FromText(note(change));
                annotation["T"] = PdfString.FromText("GazettePress");
                annotation["NM"] = PdfString.FromText($"gp-change-{number}-{area.Page}-{(int)area.X}-{(int)area.Top}");
                annotation["F"] = new PdfNumber(4); // print
                annotation["P"] = reference;
                var annots = file.Resolve(page["Annots"]) as PdfArray;
                if (annots is null)
                {
                    annots = new PdfArray();
                    page["Annots"] = annots;
                }
                annots.Add(file.Add(annotation));
            }
        }
        return PdfWriter.Write(file);
    }

    private static PdfDictionary Highlight(MarkArea area, double pageHeight, double[] color)
    {
        var (left, right) = (area.X, area.X + Math.Max(area.Width, 1));
        var (top, bottom) = (pageHeight - area.Top, pageHeight - area.Top - area.Height);
        return new PdfDictionary
        {
            ["Type"] = new PdfName("Annot"),
            ["Subtype"] = new PdfName("Highlight"),
            ["Rect"] = PdfArray.OfNumbers(left, bottom, right, top),
            // Upper left, upper right, lower left, lower right: the order viewers expect.
            ["QuadPoints"] = PdfArray.OfNumbers(left, top, right, top, left, bottom, right, bottom),
            ["C"] = PdfArray.OfNumbers(color),
        };
    }

    private static PdfDictionary Caret(MarkArea area, double pageHeight)
    {
        var bottom = pageHeight - area.Top - area.Height;
        return new PdfDictionary
        {
            ["Type"] = new PdfName("Annot"),
            ["Subtype"] = new PdfName("Caret"),
            ["Rect"] = PdfArray.OfNumbers(area.X - 4, bottom - 2, area.X + 4, bottom + area.Height * 0.5),
            ["C"] = PdfArray.OfNumbers(0.85, 0, 0),
        };
    }
}
