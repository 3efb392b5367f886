using GazettePress.Diagnostics;
using GazettePress.Publishing.Pdf;
using GazettePress.Publishing.Print;

namespace GazettePress.Publishing.Build;

/// <summary>The print PDF (bleed, marks, boxes, K-only black, padding) and its preflight, from the same painted pages.</summary>
public sealed class PrintPdfWriter : IOutputWriter
{
    public string Name => "print-pdf";

    public void Write(BuildContext context)
    {
        var settings = PrintEdition.LoadSettings(context.TemplatesDirectory, context.Diagnostics);
        if (context.Diagnostics.HasErrors) return;
        var first = context.Pages[0];
        var print = PrintEdition.Produce(context.PaintedPdf, context.Metadata, settings, new PageSizePt(first.WidthPt, first.HeightPt));
        context.Files[$"{context.Name}-print.pdf"] = print.Bytes;
        context.Report["print"] = print.Summary;
        var failed = print.Preflight.Checks.Where(c => !c.Passed).ToList();
        if (failed.Count > 0)
            context.Diagnostics.Add(Diagnostic.Create(PrintMessages.PreflightFailed, new SourceLocation($"{context.Name}-print.pdf"),
                ("count", failed.Count), ("names", string.Join(", ", failed.Select(c => c.Name))), ("first", failed[0].Message)));
    }
}
