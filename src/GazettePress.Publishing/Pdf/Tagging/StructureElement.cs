namespace GazettePress.Publishing.Pdf.Tagging;

/// <summary>The standard structure types (ISO 32000-1 §14.8.4) a gazette needs.</summary>
public enum StructureRole
{
    Document, Part, Sect, Div, NonStruct,
    H1, H2, H3, H4, H5, H6, P,
    L, LI, Lbl, LBody,
    Table, THead, TBody, TR, TH, TD,
    Figure, Caption, Link, Span, Note,
    TOC, TOCI,
}

/// <summary>
/// One node of the logical structure: its role, what assistive technology needs beyond the page's
/// text (Alt for figures, ActualText, language), and its children in reading order. The tree is built
/// from the content (not from where things landed on the pages), so its order is the reading order.
/// </summary>
public sealed class StructureElement
{
    private readonly List<StructureElement> _children = [];

    public StructureElement(StructureRole role) => Role = role;

    public StructureRole Role { get; }
    /// <summary>Alternate description (/Alt): required for Figure.</summary>
    public string? Alt { get; init; }
    /// <summary>Replacement text (/ActualText), for content whose glyphs do not spell what it says.</summary>
    public string? ActualText { get; init; }
    /// <summary>BCP 47 language (/Lang) when it differs from the document's.</summary>
    public string? Language { get; init; }
    /// <summary>A title for the element (/T), e.g. the document title on its Sect.</summary>
    public string? Title { get; init; }
    /// <summary>For TH: Row, Column or Both (/Scope in a /Table attribute).</summary>
    public string? Scope { get; init; }
    /// <summary>For Link: where it goes, used as the annotation's /Contents when the annotation has none.</summary>
    public string? LinkTarget { get; init; }

    /// <summary>An element cut from a stretch of its parent's text (a Latin phrase): its place among
    /// its siblings is where its text is painted, not where it was added.</summary>
    public bool PlacedByText { get; init; }

    public StructureElement? Parent { get; private set; }
    public IReadOnlyList<StructureElement> Children => _children;

    public StructureElement Add(StructureElement child)
    {
        if (child.Parent is not null) throw new InvalidOperationException("the element already has a parent");
        child.Parent = this;
        _children.Add(child);
        return child;
    }

    public StructureElement Add(StructureRole role) => Add(new StructureElement(role));

    public IEnumerable<StructureElement> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in _children)
            foreach (var d in child.DescendantsAndSelf())
                yield return d;
    }

    public override string ToString() => Role + (Alt is null ? "" : $" alt=\"{Alt}\"");
}

/// <summary>What kind of page furniture an artifact is (§14.8.2.2).</summary>
public enum ArtifactKind
{
    /// <summary>Running head (Pagination/Header).</summary>
    Header,
    /// <summary>Folio (Pagination/Footer).</summary>
    Footer,
    /// <summary>Rules, leaders, decoration (Layout).</summary>
    Layout,
    /// <summary>Cut and crop marks (Page).</summary>
    Page,
    /// <summary>Background art (Background).</summary>
    Background,
}

/// <summary>What one painted item of a display list is to a reader.</summary>
public abstract record ItemTag
{
    private ItemTag() { }

    /// <summary>The item is content of one element (a line of a paragraph, a figure's image, a table rule that carries meaning).</summary>
    public sealed record Content(StructureElement Element) : ItemTag;

    /// <summary>
    /// A glyph run whose characters belong to several elements (a run-in label 第一条 and its body, a
    /// link inside a line, a Latin span): each part starts at a UTF-16 index into the run's text, in
    /// increasing order, the first at 0.
    /// </summary>
    public sealed record Parts(IReadOnlyList<TextPart> Pieces) : ItemTag;

    /// <summary>Page furniture: not read.</summary>
    public sealed record Artifact(ArtifactKind Kind) : ItemTag;

    /// <summary>A link rectangle (an annotation, not content): the Link element it belongs to.</summary>
    public sealed record Annotation(StructureElement Link) : ItemTag;

    /// <summary>Items that paint nothing and are no annotation (named destinations).</summary>
    public sealed record None : ItemTag
    {
        public static readonly None Instance = new();
    }
}

/// <summary>A piece of a glyph run's text that belongs to <paramref name="Element"/> (null: an artifact, e.g. a leader).</summary>
public sealed record TextPart(int TextStart, StructureElement? Element);

/// <summary>One display-list page with a tag for each of its items (same order as the items).</summary>
public sealed record TaggedPage(GazettePress.Layout.DisplayList.Page Page, IReadOnlyList<ItemTag> Tags)
{
    public void Validate(int pageIndex)
    {
        if (Tags.Count != Page.Items.Length)
            throw new ArgumentException($"page {pageIndex + 1}: {Page.Items.Length} items but {Tags.Count} tags");
    }
}

/// <summary>Everything the tagger needs: the structure tree (its root is the Document element) and
/// the tagged pages, one per PDF page.</summary>
public sealed record TaggingPlan(StructureElement Root, IReadOnlyList<TaggedPage> Pages);
