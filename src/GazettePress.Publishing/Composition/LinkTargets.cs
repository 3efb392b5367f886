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
        // One reading of hrefs for check and build: GazettePress.Content.Links.LinkResolver.
        if (GazettePress.Content.Links.LinkResolver.IsExternal(href)) return LinkTarget.ToUri(href);
        var (doc, anchor) = GazettePress.Content.Links.LinkResolver.ParseXhtmlHref(href, documentId);
        var id = anchor ?? "";
        if (GazetteIds.IsTemplateId(id) || doc.Length == 0) return LinkTarget.ToDestination(id);
        return LinkTarget.ToDestination(id.Length == 0 ? GazetteIds.DocumentAnchor(doc) : GazetteIds.Qualified(doc, GazettePress.Content.Links.AnchorIds.PrintBlockId(id)));
    }
}
