using GazettePress.Content.Rendering;

namespace GazettePress.Content.Links;

/// <summary>Where a link written in a document body goes.</summary>
public abstract record LinkResolution
{
    private LinkResolution() { }

    /// <summary>A web or mail address, kept as written.</summary>
    public sealed record External(string Url) : LinkResolution;

    /// <summary>A document of the issue, at an anchor or (null) at its start.</summary>
    public sealed record Internal(string DocumentId, string? Anchor) : LinkResolution;

    /// <summary>No document of the issue has this id (and it is not a web address).</summary>
    public sealed record UnknownDocument(string DocumentId) : LinkResolution;

    /// <summary>The document exists but no output gives it this anchor.</summary>
    public sealed record UnknownAnchor(string DocumentId, string Anchor) : LinkResolution;
}

/// <summary>
/// The one resolver of internal links, used by <c>check</c> and by the build: a Markdown link
/// (<c>#rules</c>, <c>02-jszb-2025-22#rules</c>, <c>#attachment-1</c>, <c>http://…</c>) becomes the
/// href the XHTML carries, and that href becomes a document and an anchor. The anchors a document
/// has are the ones every output gives it (<see cref="AnchorIds.IsLinkTarget"/>): its headings and
/// its attachment entries. A link that resolves here lands in the screen PDF and in the EPUB; the
/// build checks that after composing and refuses to write a link that does not.
/// </summary>
public sealed class LinkResolver
{
    private readonly Dictionary<string, IReadOnlySet<string>> _anchors;

    public LinkResolver(IEnumerable<GazetteDocument> documents)
    {
        _anchors = documents.ToDictionary(d => d.Id, AnchorsOf, StringComparer.Ordinal);
    }

    public IEnumerable<string> DocumentIds => _anchors.Keys;

    /// <summary>The link targets of a document in every output (empty for an unknown document).</summary>
    public IReadOnlySet<string> Anchors(string documentId) =>
        _anchors.TryGetValue(documentId, out var anchors) ? anchors : new HashSet<string>();

    public static IReadOnlySet<string> AnchorsOf(GazetteDocument document)
    {
        var ids = BodyXhtmlRenderer.Render(document).Ids.Where(AnchorIds.IsLinkTarget).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i <= document.Attachments.Count; i++) ids.Add(AnchorIds.Attachment(i));
        return ids;
    }

    /// <summary>Resolves a link as written in the body of <paramref name="fromDocument"/>.</summary>
    public LinkResolution Resolve(string markdownUrl, string fromDocument)
    {
        if (markdownUrl.Trim().Length == 0) return new LinkResolution.UnknownDocument("");
        var href = ToXhtmlHref(markdownUrl);
        if (IsExternal(href)) return new LinkResolution.External(href);
        var (documentId, anchor) = ParseXhtmlHref(href, fromDocument);
        if (!_anchors.TryGetValue(documentId, out var anchors))
            return new LinkResolution.UnknownDocument(documentId);
        if (anchor is null) return new LinkResolution.Internal(documentId, null);
        return anchors.Contains(anchor) ? new LinkResolution.Internal(documentId, anchor) : new LinkResolution.UnknownAnchor(documentId, anchor);
    }

    /// <summary>
    /// The href of a Markdown link in the XHTML every output reads: <c>#a</c> stays, <c>doc#a</c> becomes
    /// <c>doc.xhtml#a</c> (the EPUB's file of that document), addresses with a scheme stay as written.
    /// </summary>
    public static string ToXhtmlHref(string url)
    {
        if (url.StartsWith('#') || IsExternal(url))
        {
            return url;
        }
        var hash = url.IndexOf('#');
        return hash < 0 ? url + ".xhtml" : $"{url[..hash]}.xhtml{url[hash..]}";
    }

    /// <summary>An XHTML href of a document (as <see cref="ToXhtmlHref"/> writes it) as a document id and an anchor (null: the document's start).</summary>
    public static (string DocumentId, string? Anchor) ParseXhtmlHref(string href, string fromDocument)
    {
        var hash = href.IndexOf('#');
        var file = hash < 0 ? href : href[..hash];
        var anchor = hash < 0 ? null : href[(hash + 1)..];
        var documentId = file.EndsWith(".xhtml", StringComparison.Ordinal) ? file[..^".xhtml".Length] : file;
        return (documentId.Length == 0 ? fromDocument : documentId, anchor);
    }

    /// <summary>An address with a scheme (http://, https://, mailto: …): left to the reader's software.</summary>
    public static bool IsExternal(string href) =>
        href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>An external address that is a web or mail address (what check accepts).</summary>
    public static bool IsWebOrMail(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
}
