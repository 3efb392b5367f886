using GazettePress.Diagnostics;
using GazettePress.Publishing.Pdf;

namespace GazettePress.Publishing.Print;

/// <summary>The print edition and the preflight of exactly those bytes, for the build report.</summary>
public sealed record PrintEditionResult(PrintPdfResult Pdf, PreflightReport Preflight)
{
    public byte[] Bytes => Pdf.Bytes;

    /// <summary>A plain object for build.json.</summary>
    public object Summary => new
    {
        sourcePages = Pdf.SourcePageCount,
        blankPagesAdded = Pdf.BlankPagesAdded,
        blankPageNumbers = Pdf.BlankPageNumbers,
        pdfx = Pdf.PdfxVersion,
        pdfxProblems = Pdf.PdfxProblems,
        preflightPassed = Preflight.Passed,
        preflight = Preflight.Checks.Select(c => c.Render(GazettePress.Diagnostics.Language.English)).ToList(), // build.json: one stable language
    };
}

/// <summary>One call for the build: Skia PDF in, press-ready PDF plus its preflight out.</summary>
public static class PrintEdition
{
    /// <summary>Reads print settings from <c>templates/print.yaml</c> (defaults when absent);
    /// problems in that file go to <paramref name="diagnostics"/>.</summary>
    public static PrintSettings LoadSettings(string templatesDirectory, DiagnosticBag diagnostics) =>
        PrintSettingsLoader.Load(Path.Combine(templatesDirectory, PrintSettingsLoader.FileName), diagnostics);

    public static PrintEditionResult Produce(byte[] skiaPdf, DocumentMetadata metadata, PrintSettings settings, PageSizePt? trimSize)
    {
        var pdf = PrintPdfMaker.Make(skiaPdf, new PrintPdfOptions { Metadata = metadata, Settings = settings, TrimSize = trimSize });
        var preflight = Preflight.Check(pdf.Bytes, new PreflightOptions
        {
            BleedMm = settings.BleedMm,
            PageMultiple = settings.PageMultiple,
            RequirePdfx = false,
        });
        return new PrintEditionResult(pdf, preflight);
    }
}
