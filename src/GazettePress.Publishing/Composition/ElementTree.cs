using GazettePress.Diagnostics;
using GazettePress.Layout.DisplayList;

namespace GazettePress.Publishing.Composition;

/// <summary>
/// One element of the XHTML as the composer read it. <see cref="Id"/> is its number in
/// document order: the <see cref="ElementRef"/> that display items carry.
/// </summary>
public sealed record ContentElement(int Id, int? ParentId, string Name, IReadOnlyList<string> Classes,
    IReadOnlyDictionary<string, string> Attributes, string DocumentId, SourceLocation Source)
{
    /// <summary>The element's id attribute (doc-title, b-12, rules …).</summary>
    public string? XmlId => Attributes.GetValueOrDefault("id");
    public string? Alt => Attributes.GetValueOrDefault("alt");
    public string? Href => Attributes.GetValueOrDefault("href");
    public bool HasClass(string name) => Classes.Contains(name);
    /// <summary>1–6 for h1–h6, else null.</summary>
    public int? HeadingLevel => Name.Length == 2 && Name[0] == 'h' && Name[1] is >= '1' and <= '6' ? Name[1] - '0' : null;
    public ElementRef Ref => new(Id);
}

/// <summary>
/// The element tree of the composed issue, for whoever needs the structure behind the display list
/// (PDF tagging): parents, names, classes, attributes (alt, href, data-*), and the document each
/// element belongs to. Numbers are contiguous in document order.
/// </summary>
public sealed class ElementTree
{
    private readonly List<ContentElement> _elements;
    private readonly List<List<int>> _children;

    private ElementTree(List<ContentElement> elements, List<List<int>> children)
    {
        _elements = elements;
        _children = children;
    }

    public static ElementTree Empty { get; } = new([], []);

    public IReadOnlyList<ContentElement> Elements => _elements;
    public int Count => _elements.Count;

    public ContentElement this[ElementRef element] => _elements[element.Id];

    public bool TryGet(ElementRef? element, out ContentElement found)
    {
        if (element is { Id: >= 0 } e && e.Id < _elements.Count) { found = _elements[e.Id]; return true; }
        found = null!;
        return false;
    }

    public ContentElement? Parent(ContentElement element) => element.ParentId is { } p ? _elements[p] : null;

    public IEnumerable<ContentElement> Children(ContentElement element) => _children[element.Id].Select(i => _elements[i]);

    /// <summary>The element and its ancestors, innermost first.</summary>
    public IEnumerable<ContentElement> AncestorsAndSelf(ContentElement element)
    {
        for (ContentElement? e = element; e is not null; e = Parent(e)) yield return e;
    }

    /// <summary>The top-level elements (the sections).</summary>
    public IEnumerable<ContentElement> Roots => _elements.Where(e => e.ParentId is null);

    internal static ElementTree From(IReadOnlyList<XElement> roots)
    {
        var elements = new List<ContentElement>();
        var children = new List<List<int>>();
        foreach (var root in roots) Add(root, null, root.Attr("data-document") ?? "");
        return new ElementTree(elements, children);

        void Add(XElement e, int? parent, string documentId)
        {
            if (e.Ordinal < 0) return;
            // Numbers are given in document order while parsing; grow the lists to hold this one.
            while (elements.Count <= e.Ordinal) { elements.Add(null!); children.Add(new List<int>()); }
            elements[e.Ordinal] = new ContentElement(e.Ordinal, parent, e.Name, e.Classes, e.Attributes, documentId, e.Source);
            if (parent is { } p) children[p].Add(e.Ordinal);
            foreach (var child in e.Children.OfType<XElement>()) Add(child, e.Ordinal, documentId);
        }
    }
}
