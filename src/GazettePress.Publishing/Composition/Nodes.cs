using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Composition;

/// <summary>An element of the restricted XHTML, immutable, with the template line it came from.</summary>
public abstract class XNode;

public sealed class XText(string text) : XNode
{
    public string Text { get; } = text;
}

public sealed class XElement(string name, IReadOnlyList<string> classes, IReadOnlyDictionary<string, string> attributes,
    IReadOnlyList<XNode> children, SourceLocation source, int ordinal = -1) : XNode
{
    /// <summary>The element's number in document order (0 for the first element of the issue); -1 for elements made by the composer.</summary>
    public int Ordinal { get; } = ordinal;
    public string Name { get; } = name;
    public IReadOnlyList<string> Classes { get; } = classes;
    public IReadOnlyDictionary<string, string> Attributes { get; } = attributes;
    public IReadOnlyList<XNode> Children { get; } = children;
    public SourceLocation Source { get; } = source;

    public string? Id => Attributes.GetValueOrDefault("id");
    public string? Attr(string name) => Attributes.GetValueOrDefault(name);
    public bool HasClass(string c) => Classes.Contains(c);

    public bool IsInline => Templates.XhtmlVocabulary.InlineElements.Contains(Name);

    /// <summary>The element's text content with whitespace as written.</summary>
    public string TextContent()
    {
        var sb = new System.Text.StringBuilder();
        Append(this, sb);
        return sb.ToString();

        static void Append(XElement e, System.Text.StringBuilder sb)
        {
            foreach (var child in e.Children)
            {
                if (child is XText t) sb.Append(t.Text);
                else if (child is XElement c) Append(c, sb);
            }
        }
    }

    public override string ToString() => $"<{Name}{string.Concat(Classes.Select(c => "." + c))}>";
}
