using System.Text.RegularExpressions;
using GazettePress.Content;
using GazettePress.Layout.DisplayList;
using GazettePress.Publishing.Composition;

namespace GazettePress.Publishing.Pdf.Tagging;

/// <summary>
/// The structure of a composed issue, from the element tree the display items refer to: Document →
/// Sect per section (cover, 目录, 简介, each document, colophon) → headings at their real level,
/// paragraphs, lists of numbered items (L → LI → Lbl + LBody), the 第一条 label (Lbl), tables,
/// figures with Alt (a QR code says where it leads), captions, links with their annotations.
/// Inline formatting (strong, em, sup, span) is folded into its block. Page furniture is what the
/// layout engine marked as artifact. Elements that paint nothing are left out.
/// </summary>
public static partial class GazetteStructure
{
    public static TaggingPlan Plan(ComposedIssue composed, Issue issue)
    {
        var tree = composed.Elements;
        var builder = new Builder(tree, QrAlts(composed, issue, tree));
        return builder.Build(composed.Pages.Select(p => p.Content).ToList());
    }

    /// <summary>"政策解读二维码：http://…" for each QR figure with a target; a placeholder says the code is still to come.</summary>
    private static Dictionary<int, string> QrAlts(ComposedIssue composed, Issue issue, ElementTree tree)
    {
        var alts = new Dictionary<int, string>();
        foreach (var e in tree.Elements.Where(e => e.Name == "figure" && e.HasClass("qr")))
        {
            string? url = e.Attributes.GetValueOrDefault("data-url");
            string? caption = null;
            var documentId = e.Attributes.GetValueOrDefault("data-qr") ?? e.DocumentId;
            if (issue.FindDocument(documentId) is { Qr: { } qr })
            {
                caption = qr.Caption;
                url ??= qr.Source is QrSource.Url u ? u.Value : null;
            }
            else if (e.HasClass("cover-qr"))
                caption = issue.Cover.QrCaption ?? "掌上公报";
            url ??= composed.QrCodes.FirstOrDefault(q => q.DocumentId == documentId && q.Kind == QrKind.Generated)?.Target;
            var name = (string.IsNullOrEmpty(caption) ? "" : caption) + "二维码";
            alts[e.Id] = url is { Length: > 0 } ? $"{name}：{url}" : $"{name}（印刷版待补）";
        }
        return alts;
    }

    private const string Hanzi = "一二三四五六七八九十百千零〇两";

    // The label of a numbered item (一、 （一） 1. （1） ① 1.1) or of an article (第一条), as ItemLabels recognises them.
    [GeneratedRegex($"^[\\s\u3000]*(?:第[{Hanzi}0-9]+条|[{Hanzi}]+、|[（(][{Hanzi}]+[）)]|[0-9]+(?:[.．][0-9]+)+|[0-9]+[.．、]|[（(][0-9]+[）)]|[\u2460-\u2473\u3251-\u325F])")]
    private static partial Regex Label();

    private static readonly HashSet<string> Folded = ["strong", "b", "em", "i", "span", "sup", "sub", "small", "br", "hr", "u", "code"];

    private sealed class Builder(ElementTree tree, Dictionary<int, string> qrAlts)
    {
        private readonly Dictionary<int, StructureElement> _structure = new();
        // A numbered item's parts: its LI, the Lbl for its label and the LBody for the rest.
        private readonly Dictionary<int, (StructureElement Lbl, StructureElement Body)> _items = new();
        private readonly HashSet<int> _labelDone = [];
        private HashSet<int> _painted = [];

        public TaggingPlan Build(IReadOnlyList<Page> pages)
        {
            _painted = pages.SelectMany(p => p.Items).Where(i => i.Artifact == Layout.DisplayList.Artifact.None && i.Source is not null && i is not AnchorItem)
                .Select(i => i.Source!.Value.Id).ToHashSet();
            var root = new StructureElement(StructureRole.Document);
            foreach (var section in tree.Roots) AddElement(section, root, new HeadingLevels());
            var tags = pages.Select((page, index) => page.Items.Select(item => Tag(item, index)).ToArray()).ToArray();
            tags = LanguageSpans.Apply(pages, tags);
            var tagged = pages.Select((page, index) => new TaggedPage(page, tags[index])).ToArray();
            return new TaggingPlan(root, tagged);
        }

        private bool Paints(ContentElement e) => _painted.Contains(e.Id) || tree.Children(e).Any(Paints);

        private void AddElement(ContentElement e, StructureElement parent, HeadingLevels levels)
        {
            if (!Paints(e)) return;
            if (Folded.Contains(e.Name) && !(e.Name == "strong" && e.HasClass("run-in"))) return; // painted as its block's content
            if (e.Name == "img" && tree.Parent(e) is { Name: "figure" }) return; // the figure's picture
            if (e.Name == "figcaption" && tree.Parent(e) is { Name: "figure" }) return; // a Caption beside its figure (AddChildren)
            var role = RoleOf(e, levels);
            var element = new StructureElement(role)
            {
                Alt = role == StructureRole.Figure ? AltOf(e) : null,
                Scope = e.Name == "th" ? "Column" : null,
                LinkTarget = e.Name == "a" ? e.Href : null,
                // The masthead's pinyin line is Chinese in Latin letters (BCP 47 zh-Latn-pinyin).
                Language = e.Classes.Any(c => c.EndsWith("pinyin", StringComparison.Ordinal)) ? "zh-Latn-pinyin" : null,
            };
            parent.Add(element);
            _structure[e.Id] = element;
            if (role == StructureRole.LI)
            {
                // The label is cut from the item's first line (see Tag); links and other structure
                // inside the item belong to its body.
                var body = new StructureElement(StructureRole.LBody);
                _items[e.Id] = (element.Add(StructureRole.Lbl), element.Add(body));
                AddChildren(e, body, levels);
                return;
            }
            AddChildren(e, element, e.Name == "section" ? new HeadingLevels() : levels);
        }

        private void AddChildren(ContentElement e, StructureElement element, HeadingLevels levels)
        {
            StructureElement? list = null;
            foreach (var child in tree.Children(e))
            {
                if (!Paints(child)) continue;
                if (IsNumberedItem(child))
                {
                    // Consecutive numbered paragraphs are one list.
                    list ??= element.Add(StructureRole.L);
                    AddElement(child, list, levels);
                    continue;
                }
                list = null;
                AddElement(child, element, levels);
                if (child.Name == "figure" && tree.Children(child).FirstOrDefault(c => c.Name == "figcaption") is { } caption && Paints(caption))
                {
                    // The caption is read after the figure, not hidden behind its Alt.
                    var captionElement = element.Add(StructureRole.Caption);
                    _structure[caption.Id] = captionElement;
                }
            }
        }

        private static bool IsNumberedItem(ContentElement e) => e.Name == "p" && e.HasClass("item");

        private StructureRole RoleOf(ContentElement e, HeadingLevels levels)
        {
            if (e.HeadingLevel is { } level) return levels.Next(level);
            return e.Name switch
            {
                "section" or "article" or "nav" => StructureRole.Sect,
                "p" when e.HasClass("item") => StructureRole.LI,
                "p" or "figcaption" or "address" or "blockquote" => StructureRole.P,
                "strong" => StructureRole.Lbl,
                "table" => StructureRole.Table,
                "thead" => StructureRole.THead,
                "tbody" => StructureRole.TBody,
                "tr" => StructureRole.TR,
                "th" => StructureRole.TH,
                "td" => StructureRole.TD,
                "figure" or "img" => StructureRole.Figure,
                "a" => StructureRole.Link,
                "ul" or "ol" => StructureRole.L,
                "li" => StructureRole.LI,
                _ => StructureRole.Div,
            };
        }

        private string AltOf(ContentElement e)
        {
            if (qrAlts.TryGetValue(e.Id, out var qr)) return qr;
            var img = e.Name == "img" ? e : tree.Children(e).FirstOrDefault(c => c.Name == "img");
            if (img?.Alt is { Length: > 0 } alt) return alt;
            return "图片";
        }

        /// <summary>The structure element that holds an item's content: its source or the nearest ancestor that has one.</summary>
        private StructureElement? Holder(ContentElement e)
        {
            foreach (var a in tree.AncestorsAndSelf(e))
            {
                if (_structure.TryGetValue(a.Id, out var s)) return s;
            }
            return null;
        }

        private ItemTag Tag(PageItem item, int pageIndex)
        {
            if (item is AnchorItem) return ItemTag.None.Instance;
            if (item.Artifact != Layout.DisplayList.Artifact.None) return new ItemTag.Artifact(KindOf(item.Artifact));
            if (!tree.TryGet(item.Source, out var source))
            {
                if (item is LinkItem) throw new TaggingException($"page {pageIndex + 1}: a link rectangle names no element");
                if (item is GlyphRunItem { Glyphs.Length: > 0 } run)
                    throw new TaggingException($"page {pageIndex + 1}: the text \"{run.Text}\" names no element and is not marked as an artifact");
                return new ItemTag.Artifact(ArtifactKind.Layout); // a shape that belongs to nothing decorates
            }
            if (item is LinkItem)
            {
                var link = tree.AncestorsAndSelf(source).Select(a => _structure.GetValueOrDefault(a.Id)).FirstOrDefault(s => s?.Role == StructureRole.Link)
                    ?? throw new TaggingException($"page {pageIndex + 1}: a link rectangle's element <{source.Name}> is in no link");
                return new ItemTag.Annotation(link);
            }
            var holder = Holder(source) ?? throw new TaggingException($"page {pageIndex + 1}: element <{source.Name}> is outside every section");
            // A numbered item: its first characters are the label, the rest is its body.
            var li = tree.AncestorsAndSelf(source).FirstOrDefault(a => _items.ContainsKey(a.Id));
            if (li is not null)
            {
                var (lbl, body) = _items[li.Id];
                if (holder.Role == StructureRole.LI) holder = body;
                if (item is GlyphRunItem run && _labelDone.Add(li.Id) && Label().Match(run.Text) is { Success: true, Length: > 0 } label)
                    return label.Length >= run.Text.Length ? new ItemTag.Content(lbl) : new ItemTag.Parts([new TextPart(0, lbl), new TextPart(label.Length, holder)]);
            }
            return new ItemTag.Content(holder);
        }

        private static ArtifactKind KindOf(Layout.DisplayList.Artifact artifact) => artifact switch
        {
            Layout.DisplayList.Artifact.Header => ArtifactKind.Header,
            Layout.DisplayList.Artifact.Footer => ArtifactKind.Footer,
            Layout.DisplayList.Artifact.Page => ArtifactKind.Page,
            _ => ArtifactKind.Layout,
        };
    }

    /// <summary>Heading levels as a reader should get them: never deeper than one below the previous
    /// heading of the section (h1 then h3 reads as H1 then H2).</summary>
    private sealed class HeadingLevels
    {
        private readonly List<int> _open = [];

        public StructureRole Next(int declared)
        {
            while (_open.Count > 0 && _open[^1] >= declared) _open.RemoveAt(_open.Count - 1);
            _open.Add(declared);
            return (StructureRole)((int)StructureRole.H1 + Math.Min(_open.Count, 6) - 1);
        }
    }
}
