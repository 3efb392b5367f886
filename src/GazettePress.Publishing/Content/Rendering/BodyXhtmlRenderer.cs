using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GazettePress.Content.Rendering;

/// <summary>
/// Turns a document body (Markdown) into the body XHTML vocabulary of docs/content-format.md:
/// h1–h5, p (item/article classes), strong.run-in, sup, sub, em, br, a, span.duty,
/// div.keyvalue, div.signature, table/tr/th/td, img. Every block gets a stable id.
/// Same input, same output.
/// </summary>
public static partial class BodyXhtmlRenderer
{
    public const string AttachmentAnchorPrefix = Links.AnchorIds.AttachmentPrefix;

    // The loader's reference check, the print templates and the EPUB all need a document's body; a build
    // renders each body once and shares the immutable result.
    private static readonly ConditionalWeakTable<GazetteDocument, RenderedBody> RenderedDocuments = new();

    public static RenderedBody Render(GazetteDocument document) =>
        RenderedDocuments.GetValue(document, d => Render(d.BodyMarkdown));

    public static RenderedBody Render(string markdown)
    {
        var writer = new Writer();
        writer.Blocks(BodyMarkdown.Parse(markdown));
        var xhtml = writer.ToString();
        return new RenderedBody(xhtml, ExtractBlocks(xhtml, writer.SourceLines), writer.Images);
    }

    /// <summary>The href of an internal or external link as written in Markdown (one rule for check and build: <see cref="Links.LinkResolver"/>).</summary>
    public static string RewriteHref(string url) => Links.LinkResolver.ToXhtmlHref(url);

    private static IReadOnlyList<RenderedBlock> ExtractBlocks(string xhtml, IReadOnlyDictionary<string, int> sourceLines)
    {
        // Parsing our own output both proves it is well-formed XML and gives the exact text content.
        var root = XElement.Parse($"<body>{xhtml}</body>", LoadOptions.PreserveWhitespace);
        return root.Descendants()
            .Where(e => e.Attribute("id") is not null)
            .Select(e => new RenderedBlock((string)e.Attribute("id")!, e.Name.LocalName, (string?)e.Attribute("class"), e.Value,
                sourceLines.GetValueOrDefault((string)e.Attribute("id")!)))
            .ToArray();
    }

    [GeneratedRegex("〔(?:责任单位|牵头单位|配合单位|责任部门)[：:][^〔〕]*〕")]
    private static partial Regex DutyNote();

    [GeneratedRegex(@"^\s*(?:[0-9]{4}|[〇零一二三四五六七八九○]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日\s*$")]
    private static partial Regex SignatureDate();

    /// <summary>Writes one body; keeps the running block number and the ids in use.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _out = new();
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _sourceLines = new(StringComparer.Ordinal);
        private readonly List<string> _images = new();
        private int _blockNumber;

        public IReadOnlyDictionary<string, int> SourceLines => _sourceLines;

        public IReadOnlyList<string> Images => _images;

        public override string ToString() => _out.ToString();

        public void Blocks(ContainerBlock container)
        {
            foreach (var block in container)
            {
                Block(block);
            }
        }

        private void Block(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Heading(heading);
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(paragraph);
                    break;
                case CustomContainer { Info: "keyvalue" } keyValue:
                    KeyValue(keyValue);
                    break;
                case CustomContainer { Info: "signature" } signature:
                    Signature(signature);
                    break;
                case Table table:
                    TableBlock(table);
                    break;
                case ContainerBlock other:
                    Blocks(other); // unknown containers are reported by the loader; their content still prints
                    break;
            }
        }

        /// <param name="sourceLine">The 1-based body line, when it is not the block's first line.</param>
        private string Open(string element, Block block, string prefix, string? cssClass, int? sourceLine = null)
        {
            _blockNumber++;
            // Lines inside a container are not blocks of their own: only the container carries a given {#id}.
            var given = sourceLine is null ? block.TryGetAttributes()?.Id : null;
            var id = given is { Length: > 0 } ? Unique(given) : Unique($"{prefix}-{_blockNumber}");
            _sourceLines[id] = sourceLine ?? block.Line + 1;
            _out.Append('<').Append(element).Append(" id=\"");
            Escape(id, attribute: true);
            _out.Append('"');
            if (cssClass is not null)
            {
                _out.Append(" class=\"").Append(cssClass).Append('"');
            }
            _out.Append('>');
            return id;
        }

        private string Unique(string id)
        {
            var candidate = id;
            for (var n = 2; !_ids.Add(candidate); n++)
            {
                candidate = $"{id}-{n}";
            }
            return candidate;
        }

        private void Heading(HeadingBlock heading)
        {
            var level = Math.Clamp(heading.Level, 1, 5);
            var element = $"h{level}";
            var text = PlainText(heading.Inline);
            var cssClass = level == 1 ? "attached-title" : ItemLabels.IsChapter(text) ? "chapter" : null;
            Open(element, heading, "h", cssClass);
            Inlines(Pieces(heading.Inline), runIn: false);
            _out.Append("</").Append(element).Append(">\n");
        }

        private void Paragraph(ParagraphBlock paragraph)
        {
            Open("p", paragraph, "b", ItemLabels.ParagraphClass(PlainText(paragraph.Inline)));
            Inlines(Pieces(paragraph.Inline), runIn: true);
            _out.Append("</p>\n");
        }

        private void KeyValue(CustomContainer container)
        {
            Open("div", container, "b", "keyvalue");
            foreach (var (line, block, lineNumber) in Lines(container))
            {
                Open("p", block, "b", null, lineNumber);
                var (label, rest) = SplitLabel(line);
                if (label is not null)
                {
                    _out.Append("<strong class=\"kv-label\">");
                    Escape(label, attribute: false);
                    _out.Append("</strong>");
                }
                Inlines(rest, runIn: false);
                _out.Append("</p>");
            }
            _out.Append("</div>\n");
        }

        private void Signature(CustomContainer container)
        {
            Open("div", container, "b", "signature");
            var lines = Lines(container).ToArray();
            for (var i = 0; i < lines.Length; i++)
            {
                var isDate = i == lines.Length - 1 && SignatureDate().IsMatch(TextOf(lines[i].Line));
                Open("p", lines[i].Block, "b", isDate ? "date" : "issuer", lines[i].SourceLine);
                Inlines(lines[i].Line, runIn: false);
                _out.Append("</p>");
            }
            _out.Append("</div>\n");
        }

        private void TableBlock(Table table)
        {
            Open("table", table, "b", null);
            foreach (var row in table.OfType<TableRow>())
            {
                _out.Append("<tr>");
                foreach (var cell in row.OfType<TableCell>())
                {
                    var element = row.IsHeader ? "th" : "td";
                    _out.Append('<').Append(element).Append('>');
                    var first = true;
                    foreach (var paragraph in cell.OfType<LeafBlock>())
                    {
                        if (!first)
                        {
                            _out.Append("<br/>");
                        }
                        first = false;
                        Inlines(Pieces(paragraph.Inline), runIn: false);
                    }
                    _out.Append("</").Append(element).Append('>');
                }
                _out.Append("</tr>");
            }
            _out.Append("</table>\n");
        }

        /// <summary>The lines of the paragraphs in a container: each source line becomes one output paragraph.</summary>
        private static IEnumerable<(List<object> Line, Block Block, int SourceLine)> Lines(ContainerBlock container)
        {
            foreach (var block in container.OfType<LeafBlock>())
            {
                var sourceLine = block.Line + 1;
                var line = new List<object>();
                foreach (var piece in Pieces(block.Inline))
                {
                    if (piece is LineBreakInline)
                    {
                        if (line.Count > 0)
                        {
                            yield return (line, block, sourceLine);
                        }
                        line = new List<object>();
                        sourceLine++;
                        continue;
                    }
                    line.Add(piece);
                }
                if (line.Count > 0)
                {
                    yield return (line, block, sourceLine);
                }
            }
        }

        /// <summary>"指挥长：市长" → label "指挥长：" and the rest; a leading bold span is the label too.</summary>
        private static (string? Label, List<object> Remainder) SplitLabel(List<object> line)
        {
            if (line.Count > 0 && line[0] is string text)
            {
                var colon = text.IndexOfAny(new[] { '：', ':' });
                if (colon > 0)
                {
                    var rest = new List<object> { text[(colon + 1)..] };
                    rest.AddRange(line.Skip(1));
                    return (text[..(colon + 1)], rest);
                }
            }
            if (line.Count > 0 && line[0] is EmphasisInline { DelimiterCount: 2 } bold)
            {
                return (PlainText(bold), line.Skip(1).ToList());
            }
            return (null, line);
        }

        /// <summary>
        /// The children of an inline container with adjacent literals merged into one string, so that
        /// text patterns (duty notes, labels) are found even where the parser split the text.
        /// </summary>
        private static List<object> Pieces(ContainerInline? container)
        {
            var pieces = new List<object>();
            if (container is null)
            {
                return pieces;
            }
            var text = new StringBuilder();
            foreach (var inline in container)
            {
                if (inline is LiteralInline literal)
                {
                    text.Append(literal.Content.ToString());
                    continue;
                }
                if (inline is HtmlEntityInline entity)
                {
                    text.Append(entity.Transcoded.ToString());
                    continue;
                }
                if (text.Length > 0)
                {
                    pieces.Add(text.ToString());
                    text.Clear();
                }
                pieces.Add(inline);
            }
            if (text.Length > 0)
            {
                pieces.Add(text.ToString());
            }
            return pieces;
        }

        private void Inlines(List<object> pieces, bool runIn)
        {
            for (var i = 0; i < pieces.Count; i++)
            {
                switch (pieces[i])
                {
                    case string text:
                        TextWithDutyNotes(text);
                        break;
                    case EmphasisInline { DelimiterCount: 2, DelimiterChar: '*' or '_' } strong:
                        var leading = runIn && pieces.Take(i).All(p => p is string s && s.Trim(' ', '\u3000').Length == 0);
                        _out.Append(leading ? "<strong class=\"run-in\">" : "<strong>");
                        Inlines(Pieces(strong), runIn: false);
                        _out.Append("</strong>");
                        break;
                    case EmphasisInline emphasis:
                        var element = emphasis.DelimiterChar switch { '^' => "sup", '~' => "sub", _ => "em" };
                        _out.Append('<').Append(element).Append('>');
                        Inlines(Pieces(emphasis), runIn: false);
                        _out.Append("</").Append(element).Append('>');
                        break;
                    case LineBreakInline { IsHard: true }:
                        _out.Append("<br/>");
                        break;
                    case LineBreakInline:
                        // A soft break joins Chinese lines with nothing, Latin words with a space.
                        if (EndsLatin(i > 0 ? pieces[i - 1] : null) && StartsLatin(i + 1 < pieces.Count ? pieces[i + 1] : null))
                        {
                            _out.Append(' ');
                        }
                        break;
                    case LinkInline { IsImage: true } image:
                        _images.Add(image.Url ?? "");
                        _out.Append("<img src=\"");
                        Escape(image.Url ?? "", attribute: true);
                        _out.Append("\" alt=\"");
                        Escape(string.Concat(image.Select(PlainText)), attribute: true);
                        _out.Append("\"/>");
                        break;
                    case LinkInline link:
                        _out.Append("<a href=\"");
                        Escape(RewriteHref(link.Url ?? ""), attribute: true);
                        _out.Append("\">");
                        Inlines(Pieces(link), runIn: false);
                        _out.Append("</a>");
                        break;
                    case AutolinkInline autolink:
                        _out.Append("<a href=\"");
                        Escape(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, attribute: true);
                        _out.Append("\">");
                        Escape(autolink.Url, attribute: false);
                        _out.Append("</a>");
                        break;
                    case CodeInline code:
                        Escape(code.Content, attribute: false);
                        break;
                    case HtmlInline html:
                        Escape(html.Tag, attribute: false); // raw HTML is not part of the vocabulary: show it as text
                        break;
                    case ContainerInline container:
                        Inlines(Pieces(container), runIn: false);
                        break;
                }
            }
        }

        private void TextWithDutyNotes(string text)
        {
            var at = 0;
            foreach (Match match in DutyNote().Matches(text))
            {
                Escape(text[at..match.Index], attribute: false);
                _out.Append("<span class=\"duty\">");
                Escape(match.Value, attribute: false);
                _out.Append("</span>");
                at = match.Index + match.Length;
            }
            Escape(text[at..], attribute: false);
        }

        private static bool EndsLatin(object? piece) =>
            piece is string { Length: > 0 } text && (char.IsAsciiLetterOrDigit(text[^1]) || text[^1] is ',' or '.' or ';' or ':');

        private static bool StartsLatin(object? piece) =>
            piece is string { Length: > 0 } text && char.IsAsciiLetterOrDigit(text[0]);

        private void Escape(string text, bool attribute)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '&': _out.Append("&amp;"); break;
                    case '<': _out.Append("&lt;"); break;
                    case '>': _out.Append("&gt;"); break;
                    case '"' when attribute: _out.Append("&quot;"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            _out.Append(c).Append(text[++i]);
                        }
                        else if (XmlConvert.IsXmlChar(c))
                        {
                            _out.Append(c);
                        }
                        // Characters XML cannot hold (controls, lone surrogates) are dropped.
                        break;
                }
            }
        }
    }

    private static string TextOf(List<object> pieces) =>
        string.Concat(pieces.Select(p => p is string s ? s : p is Inline inline ? PlainText(inline) : ""));

    /// <summary>The visible text of an inline tree (what the reader sees, without markup).</summary>
    internal static string PlainText(Inline? inline)
    {
        var text = new StringBuilder();
        Append(inline);
        return text.ToString();

        void Append(Inline? node)
        {
            switch (node)
            {
                case null:
                    return;
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case HtmlInline html:
                    text.Append(html.Tag);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Append(child);
                    }
                    break;
            }
        }
    }
}
