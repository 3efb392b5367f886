using GazettePress.Publishing.Pdf;

namespace GazettePress.Publishing.Build;

/// <summary>The screen PDF: the painted pages tagged (structure tree, PDF/UA-1) with outline, language, metadata and exact page size added by the PDF finisher.</summary>
public sealed class ScreenPdfWriter : IOutputWriter
{
    public string Name => "screen-pdf";

    public void Write(BuildContext context)
    {
        var outline = context.Composed.Outline
            .Select(s => OutlineEntry.ToDestination(s.Title, s.Destination, s.Children.Select(d => OutlineEntry.ToDestination(d.Title, d.Destination)).ToArray()))
            .ToList();
        var first = context.Pages[0];
        context.Files[$"{context.Name}.pdf"] = PdfFinisher.FinishScreen(context.ScreenPaintedPdf, new ScreenPdfOptions
        {
            Metadata = context.Metadata,
            Outline = outline,
            PageSize = new PageSizePt(first.WidthPt, first.HeightPt),
            Tagging = Pdf.Tagging.GazetteStructure.Plan(context.ScreenComposed, context.Issue),
        });
    }
}
