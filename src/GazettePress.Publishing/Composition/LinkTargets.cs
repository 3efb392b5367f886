using GazettePress.Layout.DisplayList;

namespace GazettePress.Publishing.Composition;

/// <summary>hrefs as written in the XHTML, to the PDF's link targets.</summary>
public static class LinkTargets
{
    /// <summary>
    /// "#id" in a document → its destination docId/id; "other.xhtml#id" → other/id; "other.xhtml" → the
    /// start of document other; "#doc-…" (the TOC's links to documents) stays; http… and mailto: are URIs.
    /// </summary>
    public static LinkTarget Resolve(string href, string documentId)
    {
        if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) return LinkTarget.ToUri(href);
        var hash = href.IndexOf('#');
        var file = hash < 0 ? href : href[..hash];
        var id = hash < 0 ? "" : href[(hash + 1)..];
        var doc = file.EndsWith(".xhtml", StringComparison.Ordinal) ? file[..^6] : file;
        if (doc.Length == 0) doc = documentId;
        if (GazetteIds.IsTemplateId(id) || doc.Length == 0) return LinkTarget.ToDestination(id);
        return LinkTarget.ToDestination(id.Length == 0 ? GazetteIds.DocumentAnchor(doc) : GazetteIds.Qualified(doc, id));
    }
}
