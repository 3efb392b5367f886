using System.Text;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Qr;
using GazettePress.Publishing.Templates;

namespace GazettePress.Publishing.Composition;

/// <summary>A QR code or placeholder as composed, for the build report.</summary>
public sealed record QrRecord(string DocumentId, string Kind, string Target, double WidthMm, double HeightMm);

/// <summary>
/// Turns one top-level &lt;section&gt; into flow segments: paragraphs set into line boxes by the
/// text engine, rules, QR codes, images and table rows, with the keeps (headings with the next
/// block, widows and orphans) expressed as allowed or forbidden breaks between boxes.
/// </summary>
internal sealed class FlowBuilder
{
    private readonly StyleResolver _styles;
    private readonly ITextSetter _setter;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _issueDirectory;
    private readonly string _documentId;
    private readonly double _textWidth;
    private readonly double _columnWidth;
    private readonly List<FlowSegment> _segments = new();
    private readonly List<QrRecord> _qrs;
    private string? _pendingAnchor;
    private string _sectionId = "";
    private readonly Dictionary<XElement, Dictionary<XElement, int>> _offsets = new();

    public FlowBuilder(StyleResolver styles, ITextSetter setter, DiagnosticBag diagnostics, string issueDirectory,
        string documentId, double textWidth, double columnWidth, List<QrRecord> qrs)
    {
        _styles = styles;
        _setter = setter;
        _diagnostics = diagnostics;
        _issueDirectory = issueDirectory;
        _documentId = documentId;
        _textWidth = textWidth;
        _columnWidth = columnWidth;
        _qrs = qrs;
    }

    public IReadOnlyList<FlowSegment> Segments => _segments;

    /// <summary>Builds the flow of the section's children; the section's own id becomes an anchor on its first box.</summary>
    public void Build(XElement section, ComputedStyle sectionStyle)
    {
        _pendingAnchor = section.Id;
        _sectionId = section.Id ?? "";
        var ancestors = new List<XElement> { section };
        BuildChildren(section, ancestors, sectionStyle, new Context(false, false, 0, 0, section.Id ?? ""));
    }

    private readonly record struct Context(bool Span, bool Bottom, double IndentLeft, double IndentRight, string BlockId);

    private double Width(Context c) => (c.Span ? _textWidth : _columnWidth) - c.IndentLeft - c.IndentRight;

    private FlowSegment Segment(Context c)
    {
        if (_segments.Count == 0 || _segments[^1].Span != c.Span || _segments[^1].Bottom != c.Bottom)
            _segments.Add(new FlowSegment(c.Span, c.Bottom));
        return _segments[^1];
    }

    private void BuildChildren(XElement parent, List<XElement> ancestors, ComputedStyle parentStyle, Context context)
    {
        var hasBlockChild = parent.Children.OfType<XElement>().Any(e => !e.IsInline);
        if (!hasBlockChild)
        {
            if (parent.Children.Any(HasInk))
                Paragraph(parent, ancestors, parentStyle, context);
            return;
        }
        // Mixed content: inline pieces between blocks become anonymous paragraphs.
        var inlineRun = new List<XNode>();
        foreach (var child in parent.Children)
        {
            if (child is XElement { IsInline: false } block)
            {
                FlushAnonymous();
                Block(block, ancestors, parentStyle, context);
            }
            else inlineRun.Add(child);
        }
        FlushAnonymous();

        void FlushAnonymous()
        {
            if (inlineRun.Any(HasInk))
            {
                var anonymous = new XElement("p", [], new Dictionary<string, string>(), inlineRun.ToList(), parent.Source);
                Paragraph(anonymous, ancestors, parentStyle, context);
            }
            inlineRun.Clear();
        }
    }

    private static bool HasInk(XNode node) => node switch
    {
        XText t => !string.IsNullOrWhiteSpace(t.Text),
        XElement e => e.Name == "br" || e.IsInline,
        _ => false,
    };

    private void Block(XElement e, List<XElement> ancestors, ComputedStyle parentStyle, Context context)
    {
        var style = _styles.Compute(e, ancestors, parentStyle);
        if (style.Hidden) return;
        context = context with
        {
            Span = context.Span || style.ColumnSpanAll,
            Bottom = context.Bottom || style.AtPageBottom,
            BlockId = e.Id ?? context.BlockId,
        };
        if (e.Id is not null && _pendingAnchor is null && IsLinkTarget(e.Id)) _pendingAnchor = e.Id;
        var segment = Segment(context);
        if (style.BreakBefore is BreakBefore.Page or BreakBefore.Right or BreakBefore.Column && HasBoxes())
            segment.Items.Add(new FlowBreak(style.BreakBefore != BreakBefore.Column));
        if (style.BreakBefore == BreakBefore.Avoid) ForbidBreakAfterLastBox();
        AddGlue(context, style.MarginTopPt);
        if (style.BorderTopPt > 0) AddRule(context, style.BorderTopPt, style.BorderTopColor);

        var inner = context with { IndentLeft = context.IndentLeft + style.MarginLeftPt, IndentRight = context.IndentRight + style.MarginRightPt };
        var firstItem = CountItems();
        ancestors.Add(e);
        switch (e.Name)
        {
            case "p" when e.Children.Any(c => c is XElement { Name: "img" }):
                // A Markdown image paragraph: the image is a block, any text around it a paragraph.
                BuildChildren(e, ancestors, style, inner);
                break;
            case "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "figcaption" or "td" or "th":
                Paragraph(e, ancestors, style, inner, ownStyle: true);
                break;
            case "hr":
                // A plain <hr/> is a thin rule in the text colour; with borders, the borders are the rule.
                if (style.BorderTopPt <= 0 && style.BorderBottomPt <= 0) AddRule(inner, 0.75, style.Color);
                break;
            case "img":
                Image(e, style, inner);
                break;
            case "figure" when e.HasClass("qr"):
                QrFigure(e, ancestors, style, inner);
                break;
            case "table":
                Table(e, ancestors, style, inner);
                break;
            default:
                BuildChildren(e, ancestors, style, inner);
                break;
        }
        ancestors.RemoveAt(ancestors.Count - 1);
        if (style.KeepTogether) ForbidBreaksFrom(firstItem);
        if (style.BorderBottomPt > 0) AddRule(context, style.BorderBottomPt, style.BorderBottomColor);
        if (style.KeepWithNext) ForbidBreakAfterLastBox();
        AddGlue(context, style.MarginBottomPt);
    }

    /// <summary>
    /// Named destinations for headings and ids the author gave; the running block ids (b-N) of plain
    /// paragraphs are only page-start keys, not link targets.
    /// </summary>
    private static bool IsLinkTarget(string id) => GazettePress.Content.Links.AnchorIds.IsLinkTarget(id); // one rule for check and build

    private bool HasBoxes() => _segments.Any(s => s.Items.OfType<FlowBox>().Any());

    private int CountItems() => _segments.Sum(s => s.Items.Count);

    private void ForbidBreakAfterLastBox()
    {
        for (var s = _segments.Count - 1; s >= 0; s--)
        {
            var box = _segments[s].Items.OfType<FlowBox>().LastOrDefault();
            if (box is not null) { box.BreakAfter = false; return; }
        }
    }

    private void ForbidBreaksFrom(int itemIndex)
    {
        var index = 0;
        FlowBox? last = null;
        foreach (var item in _segments.SelectMany(s => s.Items))
        {
            if (index++ >= itemIndex && item is FlowBox box) { box.BreakAfter = false; last = box; }
        }
        if (last is not null) last.BreakAfter = true;
    }

    private void AddGlue(Context context, double height)
    {
        if (height <= 0) return;
        var items = Segment(context).Items;
        // Adjacent margins collapse to the larger one, as in CSS.
        if (items.Count > 0 && items[^1] is FlowGlue glue) glue.Height = Math.Max(glue.Height, height);
        else items.Add(new FlowGlue(height));
    }

    private void AddBox(Context context, FlowBox box)
    {
        if (_pendingAnchor is not null)
        {
            box.Content.Insert(0, new PlacedAnchor(Qualify(_pendingAnchor), 0, 0));
            _pendingAnchor = null;
        }
        Segment(context).Items.Add(box);
    }

    /// <summary>Named destinations are unique in the PDF: ids inside a document are prefixed with its id.</summary>
    private string Qualify(string id) => id == _sectionId || _documentId.Length == 0 ? id : $"{_documentId}/{id}";

    private void AddRule(Context context, double thickness, uint color)
    {
        var width = Width(context);
        AddBox(context, new FlowBox(thickness + 2, [new PlacedRule(context.IndentLeft, 1 + thickness / 2, context.IndentLeft + width, 1 + thickness / 2, thickness, color)])
        { BlockId = context.BlockId });
    }

    // ---------------------------------------------------------------- paragraphs

    private void Paragraph(XElement e, List<XElement> ancestors, ComputedStyle style, Context context, bool ownStyle = false)
    {
        var runs = new List<InlineRun>();
        var rawStarts = new List<int>();
        var rawPosition = 0;
        var folio = new StringBuilder();
        string? folioLink = null;
        CollectRuns(e, ancestors, style, null, runs, rawStarts, ref rawPosition, folio, ref folioLink, skipSelf: true);
        (runs, var toRaw) = NormalizeWhitespace(runs, rawStarts);
        if (runs.Count == 0 && folio.Length == 0) return;
        var blockId = e.Id ?? context.BlockId;
        var blockOffset = e.Id is not null ? 0 : OffsetWithin(ancestors, blockId, e);
        if (ownStyle && e.Id is not null && _pendingAnchor is null && IsLinkTarget(e.Id)) _pendingAnchor = e.Id;
        var width = Width(context);
        var reserve = style.DotLeader || folio.Length > 0 ? 4 * style.SizePt : 0;

        // A <br/> starts a new line: set each piece as its own paragraph; only the first is indented.
        var pieces = SplitAtBreaks(runs);
        var lines = new List<(SetLine Line, int Offset)>();
        var offset = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            var format = new ParagraphFormat(style.Align, i == 0 ? style.TextIndentPt : 0, style.LeadingPt, width - reserve);
            var set = _setter.Set(pieces[i], format);
            foreach (var d in set.Diagnostics)
                _diagnostics.Add(d.Location.File.Length == 0 ? d with { Location = e.Source } : d);
            foreach (var line in set.Lines) lines.Add((line, offset));
            offset += pieces[i].Sum(r => r.Text.Length) + 1;
        }
        if (lines.Count == 0) return;

        var n = lines.Count;
        for (var i = 0; i < n; i++)
        {
            var (line, pieceOffset) = lines[i];
            var leading = Math.Max(line.Leading, style.LeadingPt);
            var baseline = (leading - style.SizePt) / 2 + line.Ascent;
            var content = new List<Placed> { new PlacedLine(line, context.IndentLeft, baseline) };
            foreach (var link in line.Links)
                content.Add(new PlacedLink(context.IndentLeft + link.Left, 0, link.Right - link.Left, leading, link.Link, _documentId));
            if (i == n - 1 && folio.Length > 0)
                AddFolio(content, folio.ToString(), folioLink, style, context, line, width, baseline, leading);
            var box = new FlowBox(leading, content)
            {
                BlockId = blockId,
                TextOffset = blockOffset + toRaw[Math.Min(pieceOffset + line.TextStart, toRaw.Length - 1)],
                BreakAfter = i == n - 1 || (i + 1 >= style.Orphans && n - (i + 1) >= style.Widows),
            };
            AddBox(context, box);
        }
    }

    /// <summary>A TOC page number set flush right on the entry's last line, with dot leaders before it.</summary>
    private void AddFolio(List<Placed> content, string text, string? link, ComputedStyle style, Context context, SetLine last, double width, double baseline, double leading)
    {
        var run = new InlineRun(text, style.FontRole, style.Bold, style.SizePt, style.Color, 0, 0, null);
        var set = _setter.Set([run], new ParagraphFormat(TextAlign.Left, 0, style.LeadingPt, 4 * style.SizePt));
        if (set.Lines.Count == 0) return;
        var folioLine = set.Lines[0];
        var folioWidth = folioLine.ContentRight - folioLine.ContentLeft;
        var folioX = context.IndentLeft + width - folioWidth - folioLine.ContentLeft;
        content.Add(new PlacedLine(folioLine, folioX, baseline));
        if (style.DotLeader)
        {
            var pitch = style.SizePt / 2;
            var dot = Math.Max(0.8, style.SizePt / 12);
            var start = context.IndentLeft + last.ContentRight + style.SizePt / 2;
            var end = folioX + folioLine.ContentLeft - style.SizePt / 2;
            // Dots on a fixed grid so they line up from entry to entry.
            for (var x = Math.Ceiling(start / pitch) * pitch; x + dot <= end; x += pitch)
                content.Add(new PlacedRect(x, baseline - dot - 0.5, dot, dot, style.Color));
        }
        if (link is not null)
            content.Add(new PlacedLink(folioX, 0, folioWidth + folioLine.ContentLeft, leading, link, _documentId));
    }

    /// <summary>
    /// Gathers the styled runs of a paragraph. <paramref name="rawStarts"/> gets, per run, where its
    /// text starts in the element's XML text content (a &lt;br/&gt; is a "\n" run of no raw length),
    /// so page starts can be reported as offsets into that text, as the EPUB reads it.
    /// </summary>
    private void CollectRuns(XElement e, List<XElement> ancestors, ComputedStyle style, string? link, List<InlineRun> runs,
        List<int> rawStarts, ref int rawPosition, StringBuilder folio, ref string? folioLink, bool skipSelf = false)
    {
        if (!skipSelf) ancestors.Add(e);
        foreach (var child in e.Children)
        {
            switch (child)
            {
                case XText t:
                    var text = t.Text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
                    runs.Add(new InlineRun(text, style.FontRole, style.Bold, style.VerticalShift != 0 ? style.SizePt * 0.65 : style.SizePt,
                        style.Color, style.LetterSpacingEm, style.VerticalShift, link));
                    rawStarts.Add(rawPosition);
                    rawPosition += t.Text.Length;
                    break;
                case XElement { Name: "br" }:
                    runs.Add(new InlineRun("\n", style.FontRole, style.Bold, style.SizePt, style.Color, 0, 0, link));
                    rawStarts.Add(rawPosition);
                    break;
                case XElement c:
                    if (!c.IsInline)
                        _diagnostics.Add(Diagnostic.LegacyError("GP-XHTML-NESTING", $"block element <{c.Name}> inside a paragraph", c.Source,
                            "close the paragraph before starting a block, or use <span>"));
                    var childStyle = _styles.Compute(c, ancestors, style);
                    if (childStyle.Hidden || c.HasClass("toc-page"))
                    {
                        if (c.HasClass("toc-page"))
                        {
                            folio.Append(c.TextContent().Trim());
                            folioLink = link;
                        }
                        rawPosition += c.TextContent().Length;
                        break;
                    }
                    var href = c.Name == "a" ? c.Attr("href") ?? link : link;
                    if (c.Name == "a" && folioLink is null) folioLink = href;
                    CollectRuns(c, ancestors, childStyle, href, runs, rawStarts, ref rawPosition, folio, ref folioLink);
                    break;
            }
        }
        if (!skipSelf) ancestors.RemoveAt(ancestors.Count - 1);
    }

    /// <summary>Where <paramref name="element"/>'s text starts in the text content of its nearest ancestor with id <paramref name="blockId"/>.</summary>
    private int OffsetWithin(List<XElement> ancestors, string blockId, XElement element)
    {
        XElement? block = null;
        for (var i = ancestors.Count - 1; i >= 0 && block is null; i--)
            if (ancestors[i].Id == blockId && !ReferenceEquals(ancestors[i], element)) block = ancestors[i];
        if (block is null) return 0;
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

    private static bool IsWide(char c) => c >= '\u2E80' || (c >= '\u2000' && c <= '\u206F');

    /// <summary>
    /// XHTML whitespace the way Chinese text wants it: runs of spaces collapse, and a space next to a
    /// Han character or full-width mark (a line break in the template) disappears.
    /// </summary>
    internal static (List<InlineRun> Runs, int[] ToRaw) NormalizeWhitespace(List<InlineRun> runs, List<int>? rawStarts = null)
    {
        var all = new StringBuilder();
        foreach (var r in runs) all.Append(r.Text);
        var text = all.ToString();
        var raw = new int[text.Length + 1];
        var at = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var start = rawStarts?[r] ?? at;
            var isBreak = runs[r].Text == "\n";
            for (var k = 0; k < runs[r].Text.Length; k++) raw[at + k] = isBreak ? start : start + k;
            at += runs[r].Text.Length;
        }
        raw[text.Length] = text.Length == 0 ? 0 : raw[text.Length - 1] + 1;
        var keep = new bool[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ') { keep[i] = true; continue; }
            var prev = i - 1;
            while (prev >= 0 && !keep[prev] && text[prev] == ' ') prev--;
            var next = i + 1;
            while (next < text.Length && text[next] == ' ') next++;
            var prevChar = prev >= 0 && keep[prev] ? text[prev] : '\n';
            var nextChar = next < text.Length ? text[next] : '\n';
            var prevKeptIsSpace = i > 0 && text[i - 1] == ' ' && keep[i - 1];
            keep[i] = !(prevChar == '\n' || nextChar == '\n' || prevKeptIsSpace || IsWide(prevChar) || IsWide(nextChar));
        }
        var result = new List<InlineRun>();
        var toRaw = new List<int>(text.Length + 1);
        var pos = 0;
        foreach (var r in runs)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < r.Text.Length; i++, pos++)
            {
                if (!keep[pos]) continue;
                sb.Append(text[pos]);
                toRaw.Add(raw[pos]);
            }
            if (sb.Length == 0) continue;
            var piece = sb.ToString();
            if (result.Count > 0 && SameFormat(result[^1], r)) result[^1] = result[^1] with { Text = result[^1].Text + piece };
            else result.Add(r with { Text = piece });
        }
        toRaw.Add(raw[text.Length]);
        return (result, toRaw.ToArray());
    }

    private static bool SameFormat(InlineRun a, InlineRun b) => a with { Text = "" } == b with { Text = "" };

    private static List<List<InlineRun>> SplitAtBreaks(List<InlineRun> runs)
    {
        var pieces = new List<List<InlineRun>> { new() };
        foreach (var r in runs)
        {
            var parts = r.Text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) pieces.Add(new List<InlineRun>());
                if (parts[i].Length > 0) pieces[^1].Add(r with { Text = parts[i] });
            }
        }
        return pieces.Where(p => p.Count > 0).ToList();
    }

    // ---------------------------------------------------------------- figures

    private static double AlignedX(ComputedStyle style, Context context, double available, double width) => style.Align switch
    {
        TextAlign.Left => context.IndentLeft,
        TextAlign.Right => context.IndentLeft + available - width,
        _ => context.IndentLeft + (available - width) / 2,
    };

    private void QrFigure(XElement e, List<XElement> ancestors, ComputedStyle style, Context context)
    {
        var available = Width(context);
        var requested = style.WidthPt ?? 20 * Length.PointsPerMm;
        var url = e.Attr("data-url") ?? "";
        var image = e.Attr("data-image") ?? "";
        var placeholder = e.Attr("data-placeholder") ?? "";
        FlowBox box;
        if (image.Length > 0)
        {
            box = ImageBox(image, e, style, context, requested, null);
            _qrs.Add(new QrRecord(_documentId, "image", image, Math.Round(requested / Length.PointsPerMm, 2), 0));
        }
        else if (placeholder.Length > 0)
        {
            var (wMm, hMm) = ParseSize(placeholder);
            var w = wMm * Length.PointsPerMm;
            var h = hMm * Length.PointsPerMm;
            var x = AlignedX(style, context, available, w);
            // The named destination lets preflight find the box until a real code replaces it.
            var id = _documentId.Length > 0 ? _documentId : e.Id ?? "cover";
            // The crossed box is for proofs and the print edition; the screen PDF leaves it out (ProofOnly).
            box = new FlowBox(h, [new PlacedAnchor("GPPlaceholder-" + id, x, 0), new PlacedRect(x, 0, w, h, 0x000000, 0.5) { ProofOnly = true },
                new PlacedRule(x, 0, x + w, h, 0.3, 0x808080) { ProofOnly = true }, new PlacedRule(x, h, x + w, 0, 0.3, 0x808080) { ProofOnly = true }]);
            _qrs.Add(new QrRecord(_documentId, "placeholder", "", wMm, hMm));
        }
        else if (url.Length > 0)
        {
            var symbol = QrSymbol.Encode(url);
            var module = symbol.ModuleSizePt(requested);
            var side = symbol.TotalModules * module;
            var x = AlignedX(style, context, available, side);
            box = new FlowBox(side, [new PlacedQr(symbol, x, 0, module)]);
            _qrs.Add(new QrRecord(_documentId, "generated", url, Math.Round(side / Length.PointsPerMm, 2), Math.Round(side / Length.PointsPerMm, 2)));
        }
        else
        {
            _diagnostics.Add(Diagnostic.LegacyError("GP-QR-EMPTY", "a QR figure needs data-url, data-image or data-placeholder", e.Source,
                "e.g. <figure class=\"qr\" data-url=\"http://…\"><figcaption>政策解读</figcaption></figure>"));
            return;
        }
        box.BreakAfter = false; // keep the code with its caption
        AddBox(context, box);
        foreach (var caption in e.Children.OfType<XElement>())
            Block(caption, ancestors, style, context);
    }

    private static (double W, double H) ParseSize(string text)
    {
        var parts = text.Split('x', '×');
        var w = parts.Length > 0 && double.TryParse(parts[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var a) ? a : 20;
        var h = parts.Length > 1 && double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var b) ? b : w;
        return (w, h);
    }

    private void Image(XElement e, ComputedStyle style, Context context)
    {
        var src = e.Attr("src") ?? "";
        var box = ImageBox(src, e, style, context, style.WidthPt, style.HeightPt);
        AddBox(context, box);
    }

    private FlowBox ImageBox(string src, XElement e, ComputedStyle style, Context context, double? width, double? height)
    {
        var available = Width(context);
        var path = Path.GetFullPath(Path.Combine(_issueDirectory, src));
        var (pw, ph) = ImageSize(path);
        if (pw <= 0)
        {
            _diagnostics.Add(Diagnostic.LegacyError("GP-IMAGE", $"image '{src}' not found or not a PNG/JPEG", e.Source, "paths are relative to the issue folder"));
            return new FlowBox(0, []);
        }
        double w, h;
        if (width is { } ww && height is { } hh) { w = ww; h = hh; }
        else if (width is { } w2) { w = w2; h = w2 * ph / pw; }
        else if (height is { } h2) { h = h2; w = h2 * pw / ph; }
        else { w = Math.Min(available, pw * 0.75); h = w * ph / pw; }
        if (w > available) { h *= available / w; w = available; }
        var x = AlignedX(style, context, available, w);
        return new FlowBox(h, [new PlacedImage(path, x, 0, w, h)]);
    }

    private static (int W, int H) ImageSize(string path)
    {
        if (!File.Exists(path)) return (0, 0);
        using var codec = SkiaSharp.SKCodec.Create(path);
        return codec is null ? (0, 0) : (codec.Info.Width, codec.Info.Height);
    }

    // ---------------------------------------------------------------- tables

    private void Table(XElement table, List<XElement> ancestors, ComputedStyle style, Context context)
    {
        var rows = table.Children.OfType<XElement>()
            .SelectMany(c => c.Name == "tr" ? [c] : c.Children.OfType<XElement>().Where(r => r.Name == "tr"))
            .ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Children.OfType<XElement>().Count());
        if (columns == 0) return;
        var width = Width(context);
        var cellWidth = width / columns;
        const double pad = 2;
        const double rule = 0.5;
        foreach (var row in rows)
        {
            ancestors.Add(row);
            var rowStyle = _styles.Compute(row, ancestors, style);
            var cells = new List<(List<(SetLine Line, double Baseline)> Lines, double Height)>();
            foreach (var cell in row.Children.OfType<XElement>())
            {
                var cellStyle = _styles.Compute(cell, ancestors, rowStyle);
                ancestors.Add(cell);
                var runs = new List<InlineRun>();
                var rawStarts = new List<int>();
                var rawPosition = 0;
                var ignored = new StringBuilder();
                string? ignoredLink = null;
                CollectRuns(cell, ancestors, cellStyle, null, runs, rawStarts, ref rawPosition, ignored, ref ignoredLink, skipSelf: true);
                ancestors.RemoveAt(ancestors.Count - 1);
                (runs, _) = NormalizeWhitespace(runs, rawStarts);
                var lines = new List<(SetLine, double)>();
                var y = pad;
                foreach (var piece in SplitAtBreaks(runs))
                {
                    var set = _setter.Set(piece, new ParagraphFormat(cellStyle.Align, 0, cellStyle.LeadingPt, cellWidth - 2 * pad));
                    foreach (var d in set.Diagnostics) _diagnostics.Add(d.Location.File.Length == 0 ? d with { Location = cell.Source } : d);
                    foreach (var line in set.Lines)
                    {
                        var leading = Math.Max(line.Leading, cellStyle.LeadingPt);
                        lines.Add((line, y + (leading - cellStyle.SizePt) / 2 + line.Ascent));
                        y += leading;
                    }
                }
                cells.Add((lines, y + pad));
            }
            ancestors.RemoveAt(ancestors.Count - 1);
            var height = cells.Count == 0 ? 0 : cells.Max(c => c.Height);
            var content = new List<Placed>();
            for (var i = 0; i < cells.Count; i++)
            {
                var x = context.IndentLeft + i * cellWidth;
                foreach (var (line, baseline) in cells[i].Lines) content.Add(new PlacedLine(line, x + pad, baseline));
                content.Add(new PlacedRect(x, 0, cellWidth, height, 0x000000, rule));
            }
            var rowBlock = row.Id ?? table.Id ?? context.BlockId;
            AddBox(context, new FlowBox(height, content) { BlockId = rowBlock, TextOffset = row.Id is not null ? 0 : OffsetWithin(ancestors, rowBlock, row) });
        }
    }
}
