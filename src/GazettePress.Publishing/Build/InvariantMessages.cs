using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Build;

/// <summary>Failures of the post-build check that nothing was lost (content-limits.ini, GP1080–GP1089).</summary>
public static class InvariantMessages
{
    public static readonly DiagnosticId NotInPdf = new("GP1080");
    public static readonly DiagnosticId NotInEpub = new("GP1081");
    public static readonly DiagnosticId TocWithoutPage = new("GP1082");
    public static readonly DiagnosticId TextNotPlaced = new("GP1083");
    public static readonly DiagnosticId PdfPagesLost = new("GP1084");
}
