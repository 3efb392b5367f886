using System.Collections.Immutable;
using System.Text;
using GazettePress.Diagnostics;
using GazettePress.Layout.Blocks;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Composition;

/// <summary>
/// Turns one top-level &lt;section&gt; of the templates' XHTML into the layout engine's blocks: the
/// cascade gives each element its style, paragraphs get their styled runs, and the gazette's own
/// figures (QR codes, TOC page numbers) become what they are on the page. Every block and run
/// carries the number of the element it came from.
/// </summary>
internal sealed partial class BlockBuilder
{
    private readonly StyleResolver _styles;
    private readonly ParagraphCache _paragraphs;
    private readonly DiagnosticBag _diagnostics;
    private readonly CompositionInputs _inputs;
    private readonly string _documentId;
    private string _sectionId = "";
    private readonly Dictionary<XElement, Dictionary<XElement, int>> _offsets = new(ReferenceEqualityComparer.Instance);
    /// <summary>The classes of the elements turned into blocks, by element number.</summary>
    private readonly Dictionary<int, IReadOnlyList<string>> _elementClasses = new();

    public BlockBuilder(StyleResolver styles, ParagraphCache paragraphs, DiagnosticBag diagnostics, CompositionInputs inputs, string documentId)
    {
        _styles = styles;
        _paragraphs = paragraphs;
        _diagnostics = diagnostics;
        _inputs = inputs;
        _documentId = documentId;
    }

    public List<QrRecord> QrCodes { get; } = new();

    /// <summary>The section's content as one group, the section's id an anchor on its first line.</summary>
    public IReadOnlyList<Block> Build(XElement section, ComputedStyle sectionStyle)
    {
        _sectionId = section.Id ?? "";
        var children = Children(section, [section], sectionStyle);
        return [new GroupBlock(children) { Box = new BlockBox { Anchor = section.Id, Source = Ref(section), Location = section.Source } }];
    }

    private static ElementRef? Ref(XElement e) => e.Ordinal >= 0 ? new ElementRef(e.Ordinal) : null;

    private List<Block> Children(XElement parent, List<XElement> ancestors, ComputedStyle parentStyle)
    {
        var blocks = new List<Block>();
        var hasBlockChild = parent.Children.OfType<XElement>().Any(e => !e.IsInline);
        if (!hasBlockChild)
        {
            if (parent.Children.Any(HasInk) && Paragraph(parent, ancestors, parentStyle, BlockBox.Default) is { } p) blocks.Add(p);
            return blocks;
        }
        // Mixed content: inline pieces between blocks become anonymous paragraphs.
        var inline = new List<XNode>();
        foreach (var child in parent.Children)
        {
            if (child is XElement { IsInline: false } element)
            {
                FlushAnonymous();
                if (Block(element, ancestors, parentStyle) is not { } block) continue;
                // A figure that floats right goes beside the block before it (a QR code beside its consultation lines).
                var floats = _styles.Compute(element, ancestors, parentStyle);
                if (blocks.Count > 0 && floats.FloatRight)
                    blocks[^1] = new SideBySideBlock(blocks[^1], block, Math.Max(floats.MarginLeftPt, parentStyle.SizePt))
                    { Box = BlockBox.Default with { KeepWithPrevious = blocks[^1].Box.KeepWithPrevious } };
                else blocks.Add(block);
            }
            else inline.Add(child);
        }
        FlushAnonymous();
        return blocks;

        void FlushAnonymous()
        {
            if (inline.Any(HasInk))
            {
                var anonymous = new XElement("p", [], new Dictionary<string, string>(), inline.ToList(), parent.Source);
                if (Paragraph(anonymous, ancestors, parentStyle, BlockBox.Default, sourceOf: parent) is { } p) blocks.Add(p);
            }
            inline.Clear();
        }
    }

    private static bool HasInk(XNode node) => node switch
    {
        XText t => !string.IsNullOrWhiteSpace(t.Text),
        XElement e => e.Name == "br" || e.IsInline,
        _ => false,
    };

    /// <summary>
    /// Named destinations for headings and ids the author gave; the running block ids (b-N) of plain
    /// paragraphs are only page-start keys, and the template's own blocks (doc-title …) no link targets.
    /// </summary>
    private static bool IsLinkTarget(string id) => GazettePress.Content.Links.AnchorIds.IsLinkTarget(id); // one rule for check and build

    /// <summary>Named destinations are unique in the PDF: ids inside a document are qualified by it.</summary>
    private string Qualify(string id) => id == _sectionId || _documentId.Length == 0 ? id : GazetteIds.Qualified(_documentId, id);

    private BlockBox BoxOf(XElement e, ComputedStyle style) => new()
    {
        MarginTopPt = style.MarginTopPt,
        MarginBottomPt = style.MarginBottomPt,
        IndentLeftPt = style.MarginLeftPt,
        IndentRightPt = style.MarginRightPt,
        BorderTop = style.BorderTopPt > 0 ? new Border(style.BorderTopPt, InlineText.Color(style.BorderTopColor)) : null,
        BorderBottom = style.BorderBottomPt > 0 ? new Border(style.BorderBottomPt, InlineText.Color(style.BorderBottomColor)) : null,
        BreakBefore = style.BreakBefore switch
        {
            BreakBefore.Page => PageBreak.Page,
            BreakBefore.Right => PageBreak.RightPage,
            BreakBefore.Column => PageBreak.Column,
            _ => PageBreak.Auto,
        },
        KeepWithPrevious = style.BreakBefore == BreakBefore.Avoid,
        KeepWithNext = style.KeepWithNext,
        KeepTogether = style.KeepTogether,
        SpanColumns = style.ColumnSpanAll,
        AtPageBottom = style.AtPageBottom,
        Anchor = e.Id is { } id && IsLinkTarget(id) ? Qualify(id) : null,
        Source = Ref(e),
        Location = _inputs.BodyLocation(_documentId, e.Id) ?? e.Source,
        IsHeading = e.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6",
        GroupOrphans = e.Name == "div" && !style.KeepTogether ? style.Orphans : 0,
        GroupWidows = e.Name == "div" && !style.KeepTogether ? style.Widows : 0,
    };

    private Block? Block(XElement e, List<XElement> ancestors, ComputedStyle parentStyle)
    {
        var style = _styles.Compute(e, ancestors, parentStyle);
        if (style.Hidden) return null;
        if (e.Ordinal >= 0) _elementClasses[e.Ordinal] = e.Classes;
        var box = BoxOf(e, style);
        ancestors.Add(e);
        try
        {
            switch (e.Name)
            {
                case "p" when e.Children.Any(c => c is XElement { Name: "img" }):
                    // A Markdown image paragraph: the image is a block, any text around it a paragraph.
                    return new GroupBlock(Children(e, ancestors, style)) { Box = box };
                case "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "figcaption" or "td" or "th":
                    return Paragraph(e, ancestors, style, box);
                case "hr":
                    // A plain <hr/> is a thin rule in the text colour; with borders, the borders are the rule.
                    return style.BorderTopPt <= 0 && style.BorderBottomPt <= 0
                        ? new RuleBlock(0.75, InlineText.Color(style.Color)) { Box = box }
                        : new GroupBlock([]) { Box = box };
                case "img":
                    return Image(e, style, box, e.Attr("src") ?? "", style.WidthPt, style.HeightPt);
                case "figure" when e.HasClass("qr"):
                    return QrFigure(e, ancestors, style, box);
                case "table":
                    return Table(e, ancestors, style, box);
                case "div" when e.HasClass("signature"):
                    return Signature(new GroupBlock(Children(e, ancestors, style)) { Box = box });
                default:
                    return new GroupBlock(Children(e, ancestors, style)) { Box = box };
            }
        }
        finally
        {
            ancestors.RemoveAt(ancestors.Count - 1);
        }
    }

    // ---------------------------------------------------------------- paragraphs

    private static ParagraphAlignment Align(TextAlign a) => a switch
    {
        TextAlign.Left => ParagraphAlignment.Left,
        TextAlign.Center => ParagraphAlignment.Center,
        TextAlign.Right => ParagraphAlignment.Right,
        _ => ParagraphAlignment.Justify,
    };

    private static ParagraphStyle ParagraphStyleOf(ComputedStyle style, IReadOnlyList<TextRun> runs) =>
        new(Align(style.Align), style.TextIndentPt / (runs.Count > 0 ? runs[0].Style.SizePt : style.SizePt), style.LeadingPt)
        {
            KeepWords = style.KeepWords,
            Balance = style.TextWrap == TextWrap.Balance,
            // A title or TOC entry never ends on a line of one or two characters (…的/通知).
            MinLastLineLetters = style.TextWrap == TextWrap.Wrap ? 2 : 3,
        };

    /// <param name="sourceOf">The element whose number the runs carry when <paramref name="e"/> is made by the composer.</param>
    private ParagraphBlock? Paragraph(XElement e, List<XElement> ancestors, ComputedStyle style, BlockBox box, XElement? sourceOf = null)
    {
        var collected = new InlineCollection();
        CollectRuns(e, ancestors, style, null, collected, Ref(e.Ordinal >= 0 ? e : sourceOf ?? e), skipSelf: true);
        var (runs, toRaw) = InlineText.NormalizeWhitespace(collected.Runs, collected.RawStarts);
        if (runs.Count == 0 && collected.Folio.Length == 0) return null;
        if (runs.Count == 0) runs.Add(new TextRun("", InlineText.Style(style), Source: Ref(e)));
        var key = e.Id is not null ? e : KeyAncestor(ancestors, e);
        var origin = key is null || key.Ordinal < 0 ? null
            : new TextOrigin(new ElementRef(key.Ordinal), ReferenceEquals(key, e) ? 0 : OffsetWithin(key, e), ImmutableCollectionsMarshalArray(toRaw),
                Ref(e.Ordinal >= 0 ? e : sourceOf ?? key));
        ParagraphTail? tail = null;
        if (collected.Folio.Length > 0)
        {
            var folioStyle = InlineText.Style(style);
            tail = new ParagraphTail([new TextRun(collected.Folio.ToString(), folioStyle, collected.FolioLink, collected.FolioSource ?? Ref(e))],
                style.DotLeader, 4 * style.SizePt);
        }
        else if (style.DotLeader) tail = new ParagraphTail([], true, 4 * style.SizePt);
        var paragraphStyle = ParagraphStyleOf(style, runs);
        if (style.HangUnderLabel && LabelRawEnd(e) is { } labelEnd)
            paragraphStyle = paragraphStyle with
            {
                HangingLabelChars = toRaw.Count(r => r < labelEnd) - (toRaw.Length > 0 && toRaw[^1] < labelEnd ? 1 : 0),
                LabelWidthPt = style.LabelWidthPt,
            };
        return new ParagraphBlock(runs, paragraphStyle)
        {
            Box = box,
            Widows = style.Widows,
            Orphans = style.Orphans,
            Tail = tail,
            Origin = origin,
        };
    }

    /// <summary>Where the paragraph's label (its first inline element) ends in its raw text; null when it has none.</summary>
    private static int? LabelRawEnd(XElement e)
    {
        var position = 0;
        foreach (var child in e.Children)
        {
            switch (child)
            {
                case XText t when string.IsNullOrWhiteSpace(t.Text):
                    position += t.Text.Length;
                    break;
                case XElement { IsInline: true, Name: not "br" } label:
                    return position + label.TextContent().Length;
                default:
                    return null;
            }
        }
        return null;
    }

    private static ImmutableArray<int> ImmutableCollectionsMarshalArray(int[] values) =>
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(values);

    private static XElement? KeyAncestor(List<XElement> ancestors, XElement element)
    {
        for (var i = ancestors.Count - 1; i >= 0; i--)
            if (ancestors[i].Id is not null && !ReferenceEquals(ancestors[i], element)) return ancestors[i];
        return null;
    }

    private sealed class InlineCollection
    {
        public List<TextRun> Runs { get; } = new();
        public List<int> RawStarts { get; } = new();
        public int RawPosition;
        public StringBuilder Folio { get; } = new();
        public InlineLink? FolioLink;
        public ElementRef? FolioSource;
    }

    /// <summary>
    /// Gathers the styled runs of a paragraph and, per run, where its text starts in the element's XML
    /// text content (a &lt;br/&gt; is a "\n" run of no raw length), so page starts can be reported as
    /// offsets into that text, as the EPUB reads it. A TOC page number (span.toc-page) is kept apart.
    /// </summary>
    private void CollectRuns(XElement e, List<XElement> ancestors, ComputedStyle style, InlineLink? link, InlineCollection into,
        ElementRef? source, bool skipSelf = false)
    {
        if (!skipSelf) ancestors.Add(e);
        foreach (var child in e.Children)
        {
            switch (child)
            {
                case XText t:
                    var text = t.Text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
                    into.Runs.Add(new TextRun(text, InlineText.Style(style), link, source, e.Source));
                    into.RawStarts.Add(into.RawPosition);
                    into.RawPosition += t.Text.Length;
                    break;
                case XElement { Name: "br" }:
                    into.Runs.Add(new TextRun("\n", InlineText.Style(style) with { LetterSpacingEm = 0, BaselineShiftPt = 0 }, link, source, e.Source));
                    into.RawStarts.Add(into.RawPosition);
                    break;
                case XElement c:
                    if (!c.IsInline)
                        _diagnostics.Add(Diagnostic.Create(CompositionMessages.XhtmlNesting, c.Source, ("element", c.Name)));
                    var childStyle = _styles.Compute(c, ancestors, style);
                    if (childStyle.Hidden || c.HasClass("toc-page"))
                    {
                        if (c.HasClass("toc-page"))
                        {
                            into.Folio.Append(c.TextContent().Trim());
                            into.FolioLink ??= link;
                            into.FolioSource ??= Ref(c);
                        }
                        into.RawPosition += c.TextContent().Length;
                        break;
                    }
                    var childLink = link;
                    if (c.Name == "a" && c.Attr("href") is { } href)
                    {
                        childLink = new InlineLink(LinkTargets.Resolve(href, _documentId), Ref(c));
                        into.FolioLink ??= childLink;
                    }
                    CollectRuns(c, ancestors, childStyle, childLink, into, Ref(c) ?? source);
                    break;
            }
        }
        if (!skipSelf) ancestors.RemoveAt(ancestors.Count - 1);
    }

    /// <summary>Where <paramref name="element"/>'s text starts in the text content of <paramref name="block"/>.</summary>
    private int OffsetWithin(XElement block, XElement element)
    {
        if (!_offsets.TryGetValue(block, out var starts))
        {
            starts = new Dictionary<XElement, int>(ReferenceEqualityComparer.Instance);
            var position = 0;
            Walk(block);
            _offsets[block] = starts;

            void Walk(XElement x)
            {
                starts[x] = position;
                foreach (var child in x.Children)
                {
                    if (child is XText t) position += t.Text.Length;
                    else if (child is XElement c) Walk(c);
                }
            }
        }
        return starts.GetValueOrDefault(element);
    }

    // ---------------------------------------------------------------- figures

    private static HorizontalAlign AlignOf(ComputedStyle style) => style.Align switch
    {
        TextAlign.Left => HorizontalAlign.Left,
        TextAlign.Right => HorizontalAlign.Right,
        _ => HorizontalAlign.Center,
    };

    private Block? QrFigure(XElement e, List<XElement> ancestors, ComputedStyle style, BlockBox box)
    {
        var requested = style.WidthPt ?? 20 * Length.PointsPerMm;
        var source = Ref(e);
        Block? figure;
        var spec = _inputs.Qr(e, _documentId);
        switch (spec)
        {
            case QrSpec.Image image:
                figure = Image(e, style, BlockBox.Default, image.RelativePath, requested, null);
                QrCodes.Add(new QrRecord(_documentId, QrKind.Image, image.RelativePath, Math.Round(requested / Length.PointsPerMm, 2), 0));
                break;
            case QrSpec.Placeholder placeholder:
            {
                var w = placeholder.WidthMm * Length.PointsPerMm;
                var h = placeholder.HeightMm * Length.PointsPerMm;
                // The named destination lets preflight find the box until a real code replaces it.
                var id = _documentId.Length > 0 ? _documentId : e.Id ?? GazetteIds.CoverQr;
                figure = new GraphicBlock(w, h, [
                    new AnchorItem(GazetteIds.QrPlaceholderDestination(id), 0, 0),
                    new RectItem(0, 0, w, h, null, PaintColor.Black, 0.5) { Source = source },
                    new RuleItem(0, 0, w, h, 0.3, PaintColor.Gray(0.5)) { Source = source },
                    new RuleItem(0, h, w, 0, 0.3, PaintColor.Gray(0.5)) { Source = source },
                ], AlignOf(style));
                QrCodes.Add(new QrRecord(_documentId, QrKind.Placeholder, "", placeholder.WidthMm, placeholder.HeightMm));
                break;
            }
            case QrSpec.Url url:
            {
                var symbol = Qr.QrSymbol.Encode(url.Value);
                var module = symbol.ModuleSizePt(requested);
                var side = symbol.TotalModules * module;
                figure = new GraphicBlock(side, side, [new PathItem(QrPath(symbol, module), PaintColor.Black) { Source = source }], AlignOf(style));
                var sideMm = Math.Round(side / Length.PointsPerMm, 2);
                QrCodes.Add(new QrRecord(_documentId, QrKind.Generated, url.Value, sideMm, sideMm));
                break;
            }
            default:
                _diagnostics.Add(Diagnostic.Create(CompositionMessages.QrEmpty, e.Source));
                return null;
        }
        if (figure is null) return null;
        var parts = new List<Block> { figure with { Box = figure.Box with { Source = source } } };
        ancestors.Add(e);
        foreach (var caption in e.Children.OfType<XElement>())
            if (Block(caption, ancestors, style) is { } c) parts.Add(c);
        ancestors.RemoveAt(ancestors.Count - 1);
        return new GroupBlock(parts) { Box = box with { KeepTogether = true } };
    }

    private static string QrPath(Qr.QrSymbol symbol, double module)
    {
        var sb = new StringBuilder();
        foreach (var r in symbol.Rectangles())
        {
            sb.Append('M').Append(F(r.X * module)).Append(' ').Append(F(r.Y * module))
              .Append('h').Append(F(r.Width * module)).Append('v').Append(F(r.Height * module))
              .Append('h').Append(F(-r.Width * module)).Append('z');
        }
        return sb.ToString();
    }

    private static string F(double v) => v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    private Block? Image(XElement e, ComputedStyle style, BlockBox box, string src, double? width, double? height)
    {
        var bytes = _inputs.ReadImage(src);
        if (bytes.IsDefaultOrEmpty || ImageBlock.PixelSize(bytes).Width <= 0)
        {
            _diagnostics.Add(Diagnostic.Create(CompositionMessages.ImageUnreadable, e.Source, ("path", src)));
            return null;
        }
        return new ImageBlock(bytes, src, width, height, AlignOf(style)) { Box = box with { Source = Ref(e) } };
    }

    // ---------------------------------------------------------------- tables

    private Block? Table(XElement table, List<XElement> ancestors, ComputedStyle style, BlockBox box)
    {
        var rowElements = table.Children.OfType<XElement>()
            .SelectMany(c => c.Name == "tr" ? [c] : c.Children.OfType<XElement>().Where(r => r.Name == "tr"))
            .ToList();
        var rows = new List<TableRow>();
        foreach (var row in rowElements)
        {
            ancestors.Add(row);
            var rowStyle = _styles.Compute(row, ancestors, style);
            var cells = new List<TableCell>();
            foreach (var cell in row.Children.OfType<XElement>())
            {
                var cellStyle = _styles.Compute(cell, ancestors, rowStyle);
                ancestors.Add(cell);
                var collected = new InlineCollection();
                CollectRuns(cell, ancestors, cellStyle, null, collected, Ref(cell), skipSelf: true);
                ancestors.RemoveAt(ancestors.Count - 1);
                var (runs, toRaw) = InlineText.NormalizeWhitespace(collected.Runs, collected.RawStarts);
                var key = cell.Id is not null ? cell : KeyAncestor([.. ancestors, cell], cell);
                cells.Add(new TableCell(runs, ParagraphStyleOf(cellStyle, runs) with { FirstLineIndentEm = 0 }, Ref(cell))
                {
                    Location = box.Location,
                    Origin = key is null || key.Ordinal < 0 ? null
                        : new TextOrigin(new ElementRef(key.Ordinal), ReferenceEquals(key, cell) ? 0 : OffsetWithin(key, cell), ImmutableCollectionsMarshalArray(toRaw), Ref(cell)),
                });
            }
            ancestors.RemoveAt(ancestors.Count - 1);
            rows.Add(new TableRow(cells, Ref(row), row.Children.OfType<XElement>().All(c => c.Name == "th")));
        }
        if (rows.Count == 0) return null;
        return new TableBlock(rows) { Box = box };
    }
}
