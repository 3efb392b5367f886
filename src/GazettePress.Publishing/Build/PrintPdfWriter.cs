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
        if (!print.Preflight.Passed)
            context.Diagnostics.Add(Diagnostic.LegacyWarning("GP-PREFLIGHT", $"the print PDF does not pass preflight: {string.Join("; ", print.Preflight.Lines().Where(l => l.Contains("FAIL", StringComparison.OrdinalIgnoreCase)).Take(5))}",
                new SourceLocation($"{context.Name}-print.pdf"), "see the print section of build.json; QR placeholders must be replaced before printing"));
    }
}
