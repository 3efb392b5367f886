using System.Text.RegularExpressions;
using GazettePress.Content.Rendering;
using GazettePress.Diagnostics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GazettePress.Content.Loading;

/// <summary>
/// Checks what document bodies point at: internal links (#anchor, doc-id#anchor) must land on an
/// id that exists, images must exist, explicit {#id}s must be valid and unique.
/// </summary>
internal sealed partial class ReferenceChecker
{
    private readonly IReadOnlyList<GazetteDocument> _documents;
    private readonly IReadOnlySet<string> _listedIds;
    private readonly ImageResolver _images;
    private readonly DiagnosticBag _diagnostics;

    /// <param name="listedIds">Every id listed in issue.yaml: links to a listed document that failed to load are not reported again.</param>
    public ReferenceChecker(IReadOnlyList<GazetteDocument> documents, IReadOnlySet<string> listedIds, ImageResolver images, DiagnosticBag diagnostics)
    {
        _documents = documents;
        _listedIds = listedIds;
        _images = images;
        _diagnostics = diagnostics;
    }

    public void Check()
    {
        var anchors = _documents.ToDictionary(d => d.Id, AnchorsOf, StringComparer.Ordinal);
        foreach (var document in _documents)
        {
            var parsed = BodyMarkdown.Parse(document.BodyMarkdown);
            var lines = new LineIndex(document.BodyMarkdown);
            CheckExplicitIds(document, parsed, lines);
            foreach (var node in parsed.Descendants())
            {
                switch (node)
                {
                    case LinkInline { IsImage: true } image:
                        _images.Resolve(image.Url ?? "", Locate(document, lines, image.Span.Start));
                        break;
                    case LinkInline link:
                        CheckLink(document, link.Url ?? "", Locate(document, lines, link.Span.Start), anchors);
                        break;
                }
            }
        }
    }

    private static IReadOnlySet<string> AnchorsOf(GazetteDocument document)
    {
        var ids = new HashSet<string>(BodyXhtmlRenderer.Render(document).Ids, StringComparer.Ordinal);
        for (var i = 1; i <= document.Attachments.Count; i++)
        {
            ids.Add(BodyXhtmlRenderer.AttachmentAnchorPrefix + i);
        }
        return ids;
    }

    private void CheckLink(GazetteDocument document, string url, SourceLocation location, Dictionary<string, IReadOnlySet<string>> anchors)
    {
        if (UrlRules.IsExternal(url))
        {
            return;
        }
        var hash = url.IndexOf('#');
        var target = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : url[(hash + 1)..];
        var targetId = target.Length == 0 ? document.Id : target;
        if (!anchors.TryGetValue(targetId, out var ids))
        {
            if (_listedIds.Contains(targetId))
            {
                return; // the target is listed but failed to load; that problem is reported already
            }
            var suggestion = KeySuggester.Suggest(targetId, anchors.Keys);
            _diagnostics.Add(Diagnostic.LegacyError(ContentCodes.UnknownLinkTarget,
                $"link to \"{url}\" points at no document of this issue", location,
                suggestion is not null
                    ? $"did you mean '{suggestion}'? Internal links are #anchor or <doc-id>#anchor; external ones start with http:// or https://"
                    : "internal links are #anchor (same document) or <doc-id>#anchor; external ones start with http:// or https://"));
            return;
        }
        if (anchor is not null && !ids.Contains(anchor))
        {
            var suggestion = KeySuggester.Suggest(anchor, ids.Where(i => !GeneratedId().IsMatch(i)).ToArray());
            _diagnostics.Add(Diagnostic.LegacyError(ContentCodes.BrokenAnchor,
                $"link to \"{url}\": document '{targetId}' has no anchor '{anchor}'", location,
                suggestion is not null
                    ? $"did you mean '#{suggestion}'?"
                    : "give the target heading an id with {#" + anchor + "} at the end of its line"));
        }
    }

    private void CheckExplicitIds(GazetteDocument document, MarkdownDocument parsed, LineIndex lines)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var block in parsed.Descendants<Block>())
        {
            if (block.TryGetAttributes()?.Id is not { Length: > 0 } id)
            {
                ReportUnreadId(document, block, lines);
                continue;
            }
            var location = Locate(document, lines, block.Span.Start);
            if (!ValidId().IsMatch(id) || GeneratedId().IsMatch(id) || id.StartsWith(BodyXhtmlRenderer.AttachmentAnchorPrefix, StringComparison.Ordinal))
            {
                _diagnostics.Add(Diagnostic.LegacyError(ContentCodes.BadId, $"'{{#{id}}}' is not a usable id", location,
                    "ids start with an ASCII letter, use letters, digits, '-' and '_', and are not of the reserved forms h-N, b-N, attachment-N"));
            }
            else if (seen.TryGetValue(id, out var first))
            {
                _diagnostics.Add(Diagnostic.LegacyError(ContentCodes.DuplicateAnchor, $"id '{id}' is used twice in this document (first on line {first.Line})",
                    location, "give each {#id} a different name"));
            }
            else
            {
                seen[id] = location;
            }
        }
    }

    /// <summary>A heading that ends in {#…} that Markdown did not take as an id (e.g. one character, or not ASCII).</summary>
    private void ReportUnreadId(GazetteDocument document, Block block, LineIndex lines)
    {
        if (block is HeadingBlock heading && UnreadId().Match(BodyXhtmlRenderer.PlainText(heading.Inline)) is { Success: true } match)
        {
            _diagnostics.Add(Diagnostic.LegacyError(ContentCodes.BadId, $"'{match.Value.Trim()}' was not read as an id and would be printed", Locate(document, lines, block.Span.Start),
                "ids are at least two characters: an ASCII letter, then letters, digits, '-' and '_', e.g. {#rules}"));
        }
    }

    [GeneratedRegex(@"\s*\{#[^}]*\}\s*$")]
    private static partial Regex UnreadId();

    internal static SourceLocation Locate(GazetteDocument document, LineIndex lines, int offset)
    {
        var (line, column) = lines.Find(offset);
        return document.BodyLocation(line, column);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex ValidId();

    [GeneratedRegex("^[hb]-[0-9]+$")]
    private static partial Regex GeneratedId();
}

/// <summary>Turns character offsets of a text into 1-based line and column.</summary>
internal sealed class LineIndex
{
    private readonly int[] _starts;

    public LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _starts = starts.ToArray();
    }

    public (int Line, int Column) Find(int offset)
    {
        offset = Math.Max(offset, 0);
        var index = Array.BinarySearch(_starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _starts[line] + 1);
    }
}
