namespace GazettePress.Publishing;

/// <summary>
/// The ids and destination names that several stages build and read (templates, composer, PDF
/// outline, preflight, EPUB, build.json): one place, so they cannot drift apart.
/// </summary>
public static class GazetteIds
{
    private const string DocumentPrefix = "doc-";

    /// <summary>The XHTML id of a document's section and the PDF destination of its start: doc-&lt;document id&gt;.</summary>
    public static string DocumentAnchor(string documentId) => DocumentPrefix + documentId;

    /// <summary>Is this one of the ids the templates give to a document's own blocks (doc-title, doc-number …) or a document anchor?</summary>
    public static bool IsTemplateId(string id) => id.StartsWith(DocumentPrefix, StringComparison.Ordinal);

    /// <summary>A block id inside a document, qualified by the document: named destinations are unique in the PDF.</summary>
    public static string Qualified(string documentId, string blockId) => $"{documentId}/{blockId}";

    /// <summary>The named destination that marks an unfilled QR placeholder; preflight looks for it.</summary>
    public static string QrPlaceholderDestination(string documentId) => QrPlaceholderPrefix + "-" + documentId;

    /// <summary>The prefix preflight searches for in the print PDF's destinations.</summary>
    public const string QrPlaceholderPrefix = "GPPlaceholder";

    /// <summary>The value of data-qr on the cover's QR figure: the e-edition's URL.</summary>
    public const string CoverQr = "cover";

    // The template's blocks of a document, in print order (doc-title …): the EPUB and the page-list find them by these ids.
    public const string TitleBlock = "doc-title";
    public const string NumberBlock = "doc-number";
    public const string SignatureBlock = "doc-signature";
    public const string PublicityBlock = "doc-publicity";
    public const string AttachmentsBlock = "doc-attachments";
    public const string ConsultationBlock = "doc-consultation";
    public const string QrBlock = "doc-qr";
}
