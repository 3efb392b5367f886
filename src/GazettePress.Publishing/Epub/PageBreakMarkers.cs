using System.Xml.Linq;

namespace GazettePress.Publishing.Epub;

/// <summary>
/// Puts print page-break markers into XHTML at a (block id, text offset) position, the form in
/// which print layout reports where each page begins.
/// </summary>
internal static class PageBreakMarkers
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    // Elements whose whitespace-only text children are source formatting, not text: they may not
    // hold phrasing content in HTML, so a marker must never land there, and layout never sets them.
    private static readonly HashSet<string> StructuralElements = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "section", "nav", "div", "ol", "ul", "dl",
        "table", "thead", "tbody", "tfoot", "tr", "colgroup",
    };

    // Blocks whose parent accepts flow content, so a marker may stand right before them.
    private static readonly HashSet<string> FlowBlocks = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "table", "figure", "blockquote", "pre", "ul", "ol", "dl",
        "section", "nav",
    };

    /// <summary>The marker for one print page: an empty span named with the folio.</summary>
    public static XElement Create(string id, string folio) =>
        new(Xhtml + "span",
            new XAttribute(Ops + "type", "pagebreak"),
            new XAttribute("role", "doc-pagebreak"),
            new XAttribute("id", id),
            new XAttribute("aria-label", folio));

    /// <summary>The element id of the marker for a folio: <c>page-12</c>. Characters that may not
    /// appear in an id are replaced so any folio label (xii, A-3) still gives a valid id.</summary>
    public static string IdFor(string folio)
    {
        var chars = folio.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        return "page-" + new string(chars.ToArray());
    }

    /// <summary>The text content of a block as offsets count it: <c>XElement.Value</c>, every text
    /// node, the same string as the content model's RenderedBlock.Text.</summary>
    public static string TextContent(XElement block) => block.Value;

    /// <summary>
    /// Inserts <paramref name="marker"/> so that it comes right before the character at
    /// <paramref name="textOffset"/> of <paramref name="block"/>'s text content; an offset equal
    /// to the text length puts it after the last character. When the offset falls where one text
    /// node ends and the next begins, the marker goes before the next one (the text of the new
    /// page). At offset 0 of a block such as a paragraph, heading or table the marker goes right
    /// before the block, so it never becomes part of a heading's name or sits between table rows.
    /// An offset in formatting whitespace between structural elements (table rows, the paragraphs
    /// of a div) moves on to the next real text, where HTML allows a span. A surrogate pair is
    /// never split. Returns false when the offset is out of range.
    /// </summary>
    public static bool Insert(XElement block, int textOffset, XElement marker)
    {
        if (textOffset < 0) return false;
        if (textOffset == 0 && block.Parent is not null && FlowBlocks.Contains(block.Name.LocalName))
        {
            block.AddBeforeSelf(marker);
            return true;
        }
        var texts = block.DescendantNodes().OfType<XText>().ToList();
        var position = 0;
        var moveToNextText = false;
        foreach (var text in texts)
        {
            var value = text.Value;
            if (moveToNextText || textOffset < position + value.Length)
            {
                if (IsFormatting(text))
                {
                    moveToNextText = true;
                    position += value.Length;
                    continue;
                }
                var split = moveToNextText ? 0 : textOffset - position;
                if (split > 0 && char.IsLowSurrogate(value[split])) split++;
                if (split == 0)
                    text.AddBeforeSelf(marker);
                else if (split == value.Length)
                    text.AddAfterSelf(marker);
                else
                {
                    text.Value = value[..split];
                    text.AddAfterSelf(marker, new XText(value[split..]));
                }
                return true;
            }
            position += value.Length;
        }
        if (!moveToNextText && textOffset != position) return false;
        var last = texts.LastOrDefault(t => !IsFormatting(t));
        if (last is null) block.AddFirst(marker);
        else last.AddAfterSelf(marker);
        return true;
    }

    private static bool IsFormatting(XText text) =>
        string.IsNullOrWhiteSpace(text.Value) && text.Parent is { } parent && StructuralElements.Contains(parent.Name.LocalName);
}
