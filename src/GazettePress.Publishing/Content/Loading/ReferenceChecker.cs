using System.Text;
using System.Text.RegularExpressions;
using GazettePress.Content.Links;
using GazettePress.Content.Rendering;
using GazettePress.Diagnostics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GazettePress.Content.Loading;

/// <summary>
/// Checks what document bodies point at, with the build's own resolver (<see cref="LinkResolver"/>):
/// internal links (#anchor, doc-id#anchor, #attachment-N) must land on a target every output has,
/// images must exist, explicit {#id}s must be valid and unique.
/// </summary>
internal sealed partial class ReferenceChecker
{
    private readonly IReadOnlyList<GazetteDocument> _documents;
    private readonly IReadOnlySet<string> _settledIds;
    private readonly ImageResolver _images;
    private readonly DiagnosticBag _diagnostics;

    /// <param name="settledIds">Ids whose problem is reported already (listed but failed to load, or the file a misspelt id meant): links to them are not reported again.</param>
    public ReferenceChecker(IReadOnlyList<GazetteDocument> documents, IReadOnlySet<string> settledIds, ImageResolver images, DiagnosticBag diagnostics)
    {
        _documents = documents;
        _settledIds = settledIds;
        _images = images;
        _diagnostics = diagnostics;
    }

    public void Check()
    {
        var resolver = new LinkResolver(_documents);
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
                        CheckLink(document, link.Url ?? "", Locate(document, lines, link.Span.Start), resolver);
                        break;
                }
            }
        }
    }

    private void CheckLink(GazetteDocument document, string url, SourceLocation location, LinkResolver resolver)
    {
        switch (resolver.Resolve(url, document.Id))
        {
            case LinkResolution.External external when !LinkResolver.IsWebOrMail(external.Url):
                _diagnostics.Add(Diagnostic.Create(ContentMessages.UnknownLinkTarget, location, ("url", url), ("fix", ContentMessages.LinkFixTarget.With())));
                break;
            case LinkResolution.UnknownDocument unknown when !_settledIds.Contains(unknown.DocumentId):
                var near = KeySuggester.Suggest(unknown.DocumentId, resolver.DocumentIds.ToArray());
                _diagnostics.Add(Diagnostic.Create(ContentMessages.UnknownLinkTarget, location, ("url", url),
                    ("fix", near is null ? ContentMessages.LinkFixTarget.With() : ContentMessages.LinkFixTargetNear.With(("name", near)))));
                break;
            case LinkResolution.UnknownAnchor missing:
                _diagnostics.Add(Diagnostic.Create(ContentMessages.BrokenAnchor, location, ("url", url), ("document", missing.DocumentId),
                    ("anchor", missing.Anchor), ("fix", AnchorFix(missing, resolver))));
                break;
        }
    }

    private static LocalizedText AnchorFix(LinkResolution.UnknownAnchor missing, LinkResolver resolver)
    {
        var anchors = resolver.Anchors(missing.DocumentId);
        if (missing.Anchor.StartsWith(AnchorIds.AttachmentPrefix, StringComparison.Ordinal))
        {
            var count = anchors.Count(a => a.StartsWith(AnchorIds.AttachmentPrefix, StringComparison.Ordinal));
            return count == 0 ? ContentMessages.LinkFixNoAttachments.With() : ContentMessages.LinkFixAttachment.With(("count", count));
        }
        var near = KeySuggester.Suggest(missing.Anchor, anchors.Where(a => !AnchorIds.IsGenerated(a)).ToArray());
        return near is not null
            ? ContentMessages.LinkFixAnchorNear.With(("name", near))
            : ContentMessages.LinkFixAnchorGive.With(("anchor", AnchorIds.IsWritable(missing.Anchor) ? missing.Anchor : "rules"));
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
            if (!AnchorIds.IsWritable(id))
            {
                _diagnostics.Add(Diagnostic.Create(ContentMessages.BadId, location, ("problem", ContentMessages.BadAnchorId.With(("id", id))),
                    ("fix", ContentMessages.FixAnchorId.With())));
            }
            else if (seen.TryGetValue(id, out var first))
            {
                _diagnostics.Add(Diagnostic.Create(ContentMessages.DuplicateAnchor, location, ("id", id), ("first_line", first.Line)));
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
            _diagnostics.Add(Diagnostic.Create(ContentMessages.BadId, Locate(document, lines, block.Span.Start),
                ("problem", ContentMessages.UnreadAnchorId.With(("text", match.Value.Trim()))), ("fix", ContentMessages.FixAnchorId.With())));
        }
    }

    [GeneratedRegex(@"\s*\{#[^}]*\}\s*$")]
    private static partial Regex UnreadId();

    internal static SourceLocation Locate(GazetteDocument document, LineIndex lines, int offset)
    {
        var (line, column) = lines.Find(offset);
        return document.BodyLocation(line, column);
    }
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

    /// <summary>The characters of a text with their 1-based line (counted from <paramref name="firstLine"/>) and column; line breaks left out.</summary>
    public static IEnumerable<(Rune Rune, int Line, int Column)> Runes(string text, int firstLine)
    {
        var line = firstLine;
        var column = 1;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                line++;
                column = 1;
                continue;
            }
            yield return (rune, line, column);
            column++;
        }
    }
}
