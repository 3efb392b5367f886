using System.Xml.Linq;

namespace GazettePress.Publishing.Epub;

/// <summary>One XHTML content document of the EPUB while it is being assembled.</summary>
internal sealed class EpubPage
{
    public EpubPage(string key, string fileName, string manifestId, XDocument xhtml, string? sourceFile)
    {
        Key = key;
        FileName = fileName;
        ManifestId = manifestId;
        Xhtml = xhtml;
        SourceFile = sourceFile;
    }

    /// <summary>What page starts name as their document: a document id, or cover/toc/about/colophon.</summary>
    public string Key { get; }

    /// <summary>File name inside the EPUB content folder, e.g. <c>01-jsf-2025-11.xhtml</c>.</summary>
    public string FileName { get; }

    public string ManifestId { get; }

    public XDocument Xhtml { get; }

    /// <summary>The input file this page comes from, for diagnostics (null for generated pages).</summary>
    public string? SourceFile { get; }

    public bool IsNavigation { get; init; }

    public XElement? FindById(string id) =>
        Xhtml.Root!.DescendantsAndSelf().FirstOrDefault(e => (string?)e.Attribute("id") == id);
}
