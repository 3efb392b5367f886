namespace GazettePress.Content.Rendering;

/// <summary>
/// A document body as a restricted XHTML fragment (a sequence of block elements, no namespace
/// declaration) plus the plain text of every block, used to compare PDF and EPUB text and to place
/// page-break markers (text offsets are offsets into <see cref="RenderedBlock.Text"/>).
/// </summary>
public sealed record RenderedBody(string Xhtml, IReadOnlyList<RenderedBlock> Blocks, IReadOnlyList<string> ImageSources)
{
    public IReadOnlySet<string> Ids { get; } = Blocks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// One block element of a rendered body, in document order (containers before their children).
/// <see cref="Text"/> is the element's XML text content; <see cref="SourceLine"/> is the 1-based body line.
/// </summary>
public sealed record RenderedBlock(string Id, string Element, string? Class, string Text, int SourceLine);
