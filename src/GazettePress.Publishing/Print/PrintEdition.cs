using System.Text.Json.Nodes;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Pdf;

namespace GazettePress.Publishing.Print;

/// <summary>The print edition and the preflight of exactly those bytes, for the build report.</summary>
public sealed record PrintEditionResult(PrintPdfResult Pdf, PreflightReport Preflight)
{
    public byte[] Bytes => Pdf.Bytes;

    /// <summary>The print section of build.json.</summary>
    public JsonObject Summary => new()
    {
        ["sourcePages"] = Pdf.SourcePageCount,
        ["blankPagesAdded"] = Pdf.BlankPagesAdded,
        ["blankPageNumbers"] = new JsonArray(Pdf.BlankPageNumbers.Select(n => (JsonNode?)n).ToArray()),
        ["pdfx"] = Pdf.PdfxVersion,
        ["pdfxProblems"] = new JsonArray(Pdf.PdfxProblems.Select(p => (JsonNode?)p).ToArray()),
        ["preflightPassed"] = Preflight.Passed,
        ["preflight"] = new JsonArray(Preflight.Checks.Select(c => (JsonNode?)c.Render(GazettePress.Diagnostics.Language.English)).ToArray()), // build.json: one stable language
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
        }, written: pdf.Written);
        return new PrintEditionResult(pdf, preflight);
    }
}
