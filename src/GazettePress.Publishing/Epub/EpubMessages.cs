using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Epub;

/// <summary>The e-edition's diagnostic codes (catalogue file epub.ini).</summary>
public static class EpubMessages
{
    public static readonly DiagnosticId UnknownPageDocument = new("GP5001");
    public static readonly DiagnosticId UnknownPageBlock = new("GP5002");
    public static readonly DiagnosticId PageOffsetOutside = new("GP5003");
    public static readonly DiagnosticId FolioTwice = new("GP5004");
    public static readonly DiagnosticId ImageMissing = new("GP5005");
    public static readonly DiagnosticId IdTwice = new("GP5006");
    public static readonly DiagnosticId ImageUnusable = new("GP5007");
    public static readonly DiagnosticId ReservedDocumentId = new("GP5008");
    public static readonly DiagnosticId PageWithoutPlace = new("GP5009");
    public static readonly DiagnosticId NotWellFormed = new("GP5010");
}
