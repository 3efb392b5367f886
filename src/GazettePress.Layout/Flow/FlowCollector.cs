using System.Collections.Immutable;
using GazettePress.Diagnostics;
using GazettePress.Layout.Blocks;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Paragraphs;

namespace GazettePress.Layout.Flow;

/// <summary>
/// Turns a tree of blocks into flow segments: paragraphs set into line boxes, headings, figures and
/// rules into boxes, margins into glue, and the keeps (headings with the next block, widows and
/// orphans, blocks kept together) into allowed or forbidden breaks between boxes. With a line grid
/// every box covers whole grid lines.
/// </summary>
internal sealed class FlowCollector
{
    private const double Epsilon = 1e-6;
    private readonly ParagraphCache _paragraphs;
    private readonly FlowArea _area;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<FlowSegment> _segments = new();
    private readonly TableSetter _tables;
    private (string Name, ElementRef? Source)? _pendingAnchor;
    /// <summary>The bottom margin kept inside the last box (a heading's), so the next top margin collapses with it.</summary>
    private double _marginInsideLastBox;

    public FlowCollector(ParagraphCache paragraphs, FlowArea area, List<Diagnostic> diagnostics)
    {
        _paragraphs = paragraphs;
        _area = area;
        _diagnostics = diagnostics;
        _tables = new TableSetter(paragraphs, diagnostics);
    }

    public IReadOnlyList<FlowSegment> Segments => _segments;

    private double Grid => _area.GridPitchPt;

    /// <summary>Rounds a height up to whole grid lines (no grid: unchanged).</summary>
    internal double CeilLines(double height) => Grid > 0 ? Math.Ceiling(height / Grid - 1e-3) * Grid : height;

    private double RoundLines(double height) => Grid > 0 ? Math.Round(height / Grid, MidpointRounding.AwayFromZero) * Grid : height;

    public void Collect(IReadOnlyList<Block> blocks)
    {
        var context = new Context(false, false, 0, 0);
        foreach (var block in blocks) Block(block, context);
    }

    internal readonly record struct Context(bool Span, bool Bottom, double IndentLeft, double IndentRight);

    internal double Width(Context c) => (c.Span ? _area.WidthPt : _area.ColumnWidthPt()) - c.IndentLeft - c.IndentRight;

    private FlowSegment Segment(Context c)
    {
        if (_segments.Count == 0 || _segments[^1].Span != c.Span || _segments[^1].Bottom != c.Bottom)
            _segments.Add(new FlowSegment(c.Span, c.Bottom));
        return _segments[^1];
    }

    private void Block(Block block, Context context)
    {
        var box = block.Box;
        context = context with { Span = context.Span || box.SpanColumns || WantsFullWidth(block, context), Bottom = context.Bottom || box.AtPageBottom };
        if (box.Anchor is not null && _pendingAnchor is null) _pendingAnchor = (box.Anchor, box.Source);
        var segment = Segment(context);
        if (box.BreakBefore != PageBreak.Auto && HasBoxes())
            segment.Items.Add(new FlowBreak(box.BreakBefore != PageBreak.Column));
        if (box.KeepWithPrevious) ForbidBreakAfterLastBox();

        var inner = context with { IndentLeft = context.IndentLeft + box.IndentLeftPt, IndentRight = context.IndentRight + box.IndentRightPt };
        var firstItem = CountItems();
        if (IsUnit(block, inner))
        {
            Unit(block, context, inner);
        }
        else
        {
            AddGlue(context, box.MarginTopPt);
            if (box.BorderTop is { } top) AddRule(context, top, box);
            switch (block)
            {
                case GroupBlock group:
                    foreach (var child in group.Children) Block(child, inner);
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(paragraph, inner);
                    break;
                case TableBlock table:
                    Table(table, inner);
                    break;
                case SideBySideBlock side:
                    SideBySide(side, inner);
                    break;
                default:
                    // Rules, graphics and images without a grid: a box of their natural height.
                    var (height, content) = Figure(block, inner);
                    AddBox(inner, new FlowBox(height, content) { Role = RoleOf(block) });
                    break;
            }
            if (box.BorderBottom is { } bottom) AddRule(context, bottom, box);
        }
        if (box.KeepTogether) ForbidBreaksFrom(firstItem);
        else if (box.GroupOrphans > 0 || box.GroupWidows > 0) KeepGroupEnds(firstItem, box.GroupOrphans, box.GroupWidows);
        if (box.KeepWithNext || box.IsHeading) ForbidBreakAfterLastBox();
        if (!IsUnit(block, inner)) AddGlue(context, box.MarginBottomPt);
    }

    /// <summary>A table too wide for a column spans the page (通栏), when the page has columns.</summary>
    private bool WantsFullWidth(Block block, Context context)
    {
        if (block is not TableBlock table || context.Span || _area.Columns < 2) return false;
        var indents = block.Box.IndentLeftPt + block.Box.IndentRightPt;
        return _tables.WantsFullWidth(table, Width(context) - indents, Width(context with { Span = true }) - indents);
    }

    /// <summary>A table's rows; a table split into groups of columns has a line's space between the groups.</summary>
    private void Table(TableBlock table, Context context)
    {
        var parts = _tables.Set(table, Width(context), context.IndentLeft, Grid);
        for (var p = 0; p < parts.Count; p++)
        {
            if (p > 0) AddGlue(context, Grid > 0 ? Grid : table.Box.MarginTopPt);
            foreach (var row in parts[p]) AddBox(context, row);
        }
    }

    private static BoxRole RoleOf(Block block) => block switch
    {
        RuleBlock => BoxRole.Rule,
        GraphicBlock or ImageBlock or SideBySideBlock => BoxRole.Figure,
        _ when block.Box.IsHeading => BoxRole.Heading,
        _ => BoxRole.Other,
    };

    /// <summary>
    /// On a grid, a block that cannot break and is not made of body lines (a heading in another size,
    /// a figure, a rule) becomes one box of whole grid lines, its margins inside and its content
    /// centred in what is left.
    /// </summary>
    private bool IsUnit(Block block, Context inner)
    {
        if (Grid <= 0) return false;
        return block switch
        {
            RuleBlock or GraphicBlock or ImageBlock => true,
            ParagraphBlock p => !IsGridLeading(p.Style.LeadingPt) && (block.Box.KeepTogether || block.Box.IsHeading || LineCount(p, inner) < p.Orphans + p.Widows),
            _ => false,
        };
    }

    private bool IsGridLeading(double leading) => Grid > 0 && Math.Abs(leading - Grid) < 0.01;

    private int LineCount(ParagraphBlock p, Context c) => SetParagraph(p, c).Lines.Length;

    private void Unit(Block block, Context outer, Context inner)
    {
        var box = block.Box;
        List<Fragment> content;
        double contentHeight;
        if (block is ParagraphBlock paragraph)
        {
            var layout = SetParagraph(paragraph, inner);
            content = new List<Fragment>();
            contentHeight = 0;
            var size = FirstSize(paragraph);
            foreach (var (line, index) in layout.Lines.Select((l, i) => (l, i)))
            {
                var leading = Math.Max(line.Leading, paragraph.Style.LeadingPt);
                var baseline = contentHeight + (leading - size) / 2 + line.Ascent;
                content.Add(new LineFragment(line, inner.IndentLeft, baseline));
                AddLinks(content, line, inner.IndentLeft, contentHeight, leading);
                if (index == layout.Lines.Length - 1 && paragraph.Tail is { } tail)
                    AddTail(content, tail, paragraph, inner, line, baseline, contentHeight, leading);
                contentHeight += leading;
            }
        }
        else (contentHeight, content) = Figure(block, inner);
        if (box.BorderTop is { } top)
        {
            ShiftFragments(content, top.ThicknessPt + 2);
            content.Insert(0, RuleFragment(outer, top, 1 + top.ThicknessPt / 2, box));
            contentHeight += top.ThicknessPt + 2;
        }
        if (box.BorderBottom is { } bottom)
        {
            content.Add(RuleFragment(outer, bottom, contentHeight + 1 + bottom.ThicknessPt / 2, box));
            contentHeight += bottom.ThicknessPt + 2;
        }

        // Margins collapse with the glue before (or the margin kept in the box before), as in CSS.
        var items = Segment(outer).Items;
        var before = items.Count > 0 && items[^1] is FlowGlue g ? g.Height : _marginInsideLastBox;
        var top0 = Math.Max(0, box.MarginTopPt - before);
        var total = top0 + contentHeight + box.MarginBottomPt;
        var height = CeilLines(total);
        var contentTop = top0 + (height - total) / 2;
        var totalAtTop = contentHeight + box.MarginBottomPt;
        var heightAtTop = CeilLines(totalAtTop);
        var contentTopAtTop = (heightAtTop - totalAtTop) / 2;
        ShiftFragments(content, contentTop);
        AddBox(outer, new FlowBox(height, content)
        {
            HeightAtTop = heightAtTop,
            ShiftAtTop = contentTop - contentTopAtTop,
            Role = RoleOf(block),
            Start = block is ParagraphBlock { Origin: { } origin } ? origin.At(0) : null,
        });
        _marginInsideLastBox = box.MarginBottomPt + (height - total) / 2;
    }

    private static void ShiftFragments(List<Fragment> content, double dy)
    {
        if (dy == 0) return;
        for (var i = 0; i < content.Count; i++) content[i] = new ShiftedFragment(content[i], 0, dy);
    }

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

    private IEnumerable<FlowBox> BoxesFrom(int itemIndex) =>
        _segments.SelectMany(s => s.Items).Skip(itemIndex).OfType<FlowBox>();

    private void ForbidBreaksFrom(int itemIndex)
    {
        FlowBox? last = null;
        foreach (var box in BoxesFrom(itemIndex))
        {
            box.BreakAfter = false;
            last = box;
            if (box.Paragraph is { } p) p.Locked = true;
        }
        if (last is not null) last.BreakAfter = true;
    }

    /// <summary>A group that may break keeps its first <paramref name="orphans"/> and last <paramref name="widows"/> boxes together.</summary>
    private void KeepGroupEnds(int itemIndex, int orphans, int widows)
    {
        var boxes = BoxesFrom(itemIndex).ToList();
        for (var i = 0; i < boxes.Count - 1; i++)
            if (i + 1 < orphans || boxes.Count - (i + 1) < widows) boxes[i].BreakAfter = false;
        foreach (var box in boxes)
            if (box.Paragraph is { } p) p.Locked = true;
    }

    private void AddGlue(Context context, double height)
    {
        if (height <= 0) return;
        height = RoundLines(Math.Max(0, height - _marginInsideLastBox));
        _marginInsideLastBox = 0;
        if (height <= 0) return;
        var items = Segment(context).Items;
        // Adjacent margins collapse to the larger one, as in CSS.
        if (items.Count > 0 && items[^1] is FlowGlue glue) glue.Height = Math.Max(glue.Height, height);
        else items.Add(new FlowGlue(height));
    }

    private void AddBox(Context context, FlowBox box)
    {
        if (_pendingAnchor is { } anchor)
        {
            box.Content.Insert(0, new ItemFragment(new AnchorItem(anchor.Name, 0, 0) { Source = anchor.Source }));
            _pendingAnchor = null;
        }
        _marginInsideLastBox = 0;
        Segment(context).Items.Add(box);
    }

    private Fragment RuleFragment(Context context, Border border, double y, BlockBox box) =>
        new ItemFragment(new RuleItem(context.IndentLeft, y, context.IndentLeft + Width(context), y, border.ThicknessPt, border.Color)
        { Artifact = Artifact.Layout });

    private void AddRule(Context context, Border border, BlockBox box)
    {
        var height = border.ThicknessPt + 2;
        AddBox(context, new FlowBox(CeilLines(height), [RuleFragment(context, border, 1 + border.ThicknessPt / 2, box)]) { Role = BoxRole.Rule });
    }

    // ---------------------------------------------------------------- paragraphs

    private static double FirstSize(ParagraphBlock p) => p.Runs.Count > 0 ? p.Runs[0].Style.SizePt : 10.5;

    private ParagraphLayout SetParagraph(ParagraphBlock p, Context c)
    {
        var width = Width(c) - (p.Tail?.ReservePt ?? 0);
        return _paragraphs.Layout(p.Runs, p.Style, width);
    }

    private void Paragraph(ParagraphBlock paragraph, Context context)
    {
        var layout = SetParagraph(paragraph, context);
        foreach (var d in layout.Diagnostics)
            _diagnostics.Add(d.Location.File is null or { Length: 0 } ? d with { Location = paragraph.Box.Location } : d);
        if (layout.Lines.Length == 0) return;
        var flowParagraph = new FlowParagraph(paragraph, context, Width(context) - (paragraph.Tail?.ReservePt ?? 0), layout);
        flowParagraph.Locked = paragraph.Box.IsHeading || paragraph.Box.KeepTogether;
        flowParagraph.Boxes = LineBoxes(flowParagraph, layout);
        foreach (var box in flowParagraph.Boxes) AddBox(context, box);
    }

    /// <summary>The most a line of a paragraph set tighter or looser may deviate (stretch about 0.2 em per gap).</summary>
    internal const double MaxVariantBadness = 250;

    /// <summary>
    /// The paragraph's boxes when it is set into <paramref name="lineCount"/> lines, keeping what the
    /// flow attached to its boxes (an anchor on the first, a keep on the last), and what that setting
    /// costs; null when no setting within the justification limits has that many lines.
    /// </summary>
    internal (List<FlowBox> Boxes, ParagraphLayout Layout, double Cost)? Variant(FlowParagraph p, int lineCount)
    {
        if (lineCount < 1 || p.Locked) return null;
        var variant = _paragraphs.LayoutInto(p.Block.Runs, p.Block.Style, p.Width, lineCount, MaxVariantBadness);
        if (variant is not { } v) return null;
        var boxes = LineBoxes(p, v.Layout);
        var oldFirst = p.Boxes[0];
        foreach (var anchor in oldFirst.Content.OfType<ItemFragment>().Where(f => f.Item is AnchorItem).Reverse())
            boxes[0].Content.Insert(0, anchor);
        if (!p.Boxes[^1].BreakAfter) boxes[^1].BreakAfter = false;
        return (boxes, v.Layout, v.ExtraDemerits);
    }

    /// <summary>One box per line; breaks allowed where widows and orphans allow them.</summary>
    internal List<FlowBox> LineBoxes(FlowParagraph flowParagraph, ParagraphLayout layout)
    {
        var paragraph = flowParagraph.Block;
        var context = flowParagraph.Context;
        var size = FirstSize(paragraph);
        var n = layout.Lines.Length;
        var boxes = new List<FlowBox>(n);
        var role = paragraph.Box.IsHeading ? BoxRole.Heading : BoxRole.Line;
        for (var i = 0; i < n; i++)
        {
            var line = layout.Lines[i];
            var leading = Math.Max(line.Leading, paragraph.Style.LeadingPt);
            var height = CeilLines(leading);
            var baseline = (height - size) / 2 + line.Ascent;
            var content = new List<Fragment> { new LineFragment(line, context.IndentLeft, baseline) };
            AddLinks(content, line, context.IndentLeft, 0, height);
            if (i == n - 1 && paragraph.Tail is { } tail)
                AddTail(content, tail, paragraph, context, line, baseline, 0, height);
            boxes.Add(new FlowBox(height, content)
            {
                Role = role,
                Start = paragraph.Origin is { } origin ? origin.At(line.TextStart) : null,
                BreakAfter = i == n - 1 || (i + 1 >= paragraph.Orphans && n - (i + 1) >= paragraph.Widows),
                Paragraph = flowParagraph,
            });
        }
        return boxes;
    }

    /// <summary>Link rectangles over the runs of a line that carry a link, adjacent runs of one link merged.</summary>
    private static void AddLinks(List<Fragment> content, LayoutLine line, double left, double top, double height)
    {
        InlineLinkSpan? open = null;
        foreach (var run in line.Runs)
        {
            if (run.Link is not { } link) continue;
            if (open is { } o && o.Link == link && run.Left - o.Right < 1) { open = o with { Right = Math.Max(o.Right, run.Right) }; continue; }
            if (open is { } done) content.Add(LinkFragment(done, left, top, height));
            open = new InlineLinkSpan(run.Left, run.Right, link);
        }
        if (open is { } last) content.Add(LinkFragment(last, left, top, height));
    }

    private readonly record struct InlineLinkSpan(double Left, double Right, Text.InlineLink Link);

    private static Fragment LinkFragment(InlineLinkSpan span, double left, double top, double height) =>
        new ItemFragment(new LinkItem(left + span.Left, top, span.Right - span.Left, height, span.Link.Target) { Source = span.Link.Source });

    /// <summary>A tail (TOC page number) flush right on the last line, dot leaders before it.</summary>
    private void AddTail(List<Fragment> content, ParagraphTail tail, ParagraphBlock paragraph, Context context, LayoutLine last,
        double baseline, double top, double height)
    {
        if (tail.Runs.Count == 0) return;
        var size = tail.Runs[0].Style.SizePt;
        var set = _paragraphs.Layout(tail.Runs, new ParagraphStyle(ParagraphAlignment.Left, 0, paragraph.Style.LeadingPt), Math.Max(tail.ReservePt, size * 8));
        if (set.Lines.Length == 0) return;
        var tailLine = set.Lines[0];
        var tailWidth = tailLine.ContentRight - tailLine.ContentLeft;
        var width = Width(context);
        var tailX = context.IndentLeft + width - tailWidth - tailLine.ContentLeft;
        content.Add(new LineFragment(tailLine, tailX, baseline));
        if (tail.DotLeader)
        {
            var pitch = size / 2;
            var dot = Math.Max(0.8, size / 12);
            var start = context.IndentLeft + last.ContentRight + size / 2;
            var end = tailX + tailLine.ContentLeft - size / 2;
            var color = tail.Runs[0].Style.Color;
            // Dots on a fixed grid so they line up from entry to entry.
            for (var x = Math.Ceiling(start / pitch) * pitch; x + dot <= end; x += pitch)
                content.Add(new ItemFragment(new RectItem(x, baseline - dot - 0.5, dot, dot, color) { Artifact = Artifact.Layout }));
        }
        AddLinks(content, tailLine, tailX, top, height);
    }

    // ---------------------------------------------------------------- figures

    private static double AlignedX(HorizontalAlign align, Context context, double available, double width) => align switch
    {
        HorizontalAlign.Left => context.IndentLeft,
        HorizontalAlign.Right => context.IndentLeft + available - width,
        _ => context.IndentLeft + (available - width) / 2,
    };

    /// <summary>A rule, graphic or image: its height and its content placed at the top of its box.</summary>
    private (double Height, List<Fragment> Content) Figure(Block block, Context context)
    {
        var available = Width(context);
        switch (block)
        {
            case RuleBlock rule:
                return (rule.ThicknessPt + 2, [new ItemFragment(new RuleItem(context.IndentLeft, 1 + rule.ThicknessPt / 2,
                    context.IndentLeft + available, 1 + rule.ThicknessPt / 2, rule.ThicknessPt, rule.Color) { Artifact = Artifact.Layout })]);
            case GraphicBlock graphic:
            {
                var x = AlignedX(graphic.Align, context, available, graphic.WidthPt);
                var content = graphic.Items.Select(i => (Fragment)new ItemFragment(i.Translate(x, 0))).ToList();
                return (graphic.HeightPt, content);
            }
            case ImageBlock image:
            {
                var (pw, ph) = ImageSize(image.Encoded);
                if (pw <= 0) return (0, []);
                double w, h;
                if (image.WidthPt is { } ww && image.HeightPt is { } hh) { w = ww; h = hh; }
                else if (image.WidthPt is { } w2) { w = w2; h = w2 * ph / pw; }
                else if (image.HeightPt is { } h2) { h = h2; w = h2 * pw / ph; }
                else { w = Math.Min(available, pw * 0.75); h = w * ph / pw; }
                if (w > available) { h *= available / w; w = available; }
                var x = AlignedX(image.Align, context, available, w);
                return (h, [new ItemFragment(new ImageItem(x, 0, w, h, image.Encoded, image.Name) { Source = image.Box.Source })]);
            }
            case SideBySideBlock:
                return (0, []);
            default:
                return (0, []);
        }
    }

    /// <summary>The pixel size of an encoded image; (0, 0) when it cannot be decoded.</summary>
    internal static (int Width, int Height) ImageSize(ImmutableArray<byte> encoded)
    {
        if (encoded.IsDefaultOrEmpty) return (0, 0);
        using var data = SkiaSharp.SKData.CreateCopy(encoded.AsSpan());
        using var codec = SkiaSharp.SKCodec.Create(data);
        return codec is null ? (0, 0) : (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>
    /// A figure beside a block of text (a QR code beside its consultation lines) when every paragraph
    /// of the text keeps its number of lines at the narrower measure; else the figure under the text.
    /// Either way they stay together.
    /// </summary>
    private void SideBySide(SideBySideBlock side, Context context)
    {
        var firstItem = CountItems();
        var (asideHeight, asideContent, asideWidth) = MeasureAside(side.Aside);
        var narrow = context with { IndentRight = context.IndentRight + asideWidth + side.GapPt };
        var full = MainLines(side.Main, context);
        var lines = Width(narrow) > 0 ? MainLines(side.Main, narrow) : null;
        if (full is not null && lines is not null && lines.Sum(l => l.Layout.Lines.Length) == full.Sum(l => l.Layout.Lines.Length))
        {
            var (mainHeight, content) = StackLines(lines, narrow);
            var height = CeilLines(Math.Max(mainHeight, asideHeight));
            var asideX = context.IndentLeft + Width(context) - asideWidth;
            foreach (var f in asideContent) content.Add(new ShiftedFragment(f, asideX, 0));
            AddGlue(context, side.Main.Box.MarginTopPt);
            AddBox(context, new FlowBox(height, content) { Role = BoxRole.Figure, Start = StartOf(side.Main) });
            AddGlue(context, Math.Max(side.Main.Box.MarginBottomPt, side.Aside.Box.MarginBottomPt));
        }
        else
        {
            Block(side.Main, context);
            Block(side.Aside with { Box = side.Aside.Box with { KeepWithPrevious = true } }, context);
        }
        ForbidBreaksFrom(firstItem);
    }

    private static TextPosition? StartOf(Block block) => block switch
    {
        ParagraphBlock { Origin: { } o } => o.At(0),
        GroupBlock g => g.Children.Select(StartOf).FirstOrDefault(s => s is not null),
        _ => null,
    };

    /// <summary>The aside (a figure and its caption) set at the figure's width: its height, content at x = 0, and width.</summary>
    private (double Height, List<Fragment> Content, double Width) MeasureAside(Block aside)
    {
        var parts = aside is GroupBlock g ? g.Children : [aside];
        var width = parts.Select(FigureWidth).DefaultIfEmpty(0).Max();
        var alone = new Context(false, false, 0, Math.Max(0, _area.ColumnWidthPt() - width));
        var content = new List<Fragment>();
        var y = 0.0;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (i > 0) y += part.Box.MarginTopPt;
            if (part is ParagraphBlock p)
            {
                var layout = _paragraphs.Layout(p.Runs, p.Style, Math.Max(width, 1));
                var size = FirstSize(p);
                foreach (var line in layout.Lines)
                {
                    var leading = Math.Max(line.Leading, p.Style.LeadingPt);
                    content.Add(new LineFragment(line, 0, y + (leading - size) / 2 + line.Ascent));
                    y += leading;
                }
            }
            else
            {
                var (h, c) = Figure(part, alone);
                content.AddRange(c.Select(f => (Fragment)new ShiftedFragment(f, 0, y)));
                y += h;
            }
            if (i < parts.Count - 1) y += part.Box.MarginBottomPt;
        }
        return (y, content, width);
    }

    private static double FigureWidth(Block block) => block switch
    {
        GraphicBlock g => g.WidthPt,
        ImageBlock { WidthPt: { } w } => w,
        _ => 0,
    };

    /// <summary>The paragraphs of the main block set at a measure; null when it holds anything but paragraphs.</summary>
    private List<(ParagraphBlock Block, ParagraphLayout Layout)>? MainLines(Block main, Context context)
    {
        var result = new List<(ParagraphBlock, ParagraphLayout)>();
        foreach (var part in main is GroupBlock g ? g.Children : [main])
        {
            if (part is not ParagraphBlock p) return null;
            var inner = context with { IndentLeft = context.IndentLeft + p.Box.IndentLeftPt, IndentRight = context.IndentRight + p.Box.IndentRightPt };
            var layout = SetParagraph(p, inner);
            if (layout.Diagnostics.Any(d => d.Severity == Severity.Warning)) return null;
            result.Add((p, layout));
        }
        return result;
    }

    private (double Height, List<Fragment> Content) StackLines(List<(ParagraphBlock Block, ParagraphLayout Layout)> parts, Context narrow)
    {
        var content = new List<Fragment>();
        var y = 0.0;
        foreach (var (p, layout) in parts)
        {
            var size = FirstSize(p);
            var left = narrow.IndentLeft + p.Box.IndentLeftPt;
            foreach (var line in layout.Lines)
            {
                var height = CeilLines(Math.Max(line.Leading, p.Style.LeadingPt));
                content.Add(new LineFragment(line, left, y + (height - size) / 2 + line.Ascent));
                AddLinks(content, line, left, y, height);
                y += height;
            }
        }
        return (y, content);
    }
}

/// <summary>A fragment moved by a fixed offset inside its box.</summary>
internal sealed class ShiftedFragment(Fragment inner, double dx, double dy) : Fragment
{
    public Fragment Inner { get; } = inner;
    public double Dx { get; } = dx;
    public double Dy { get; } = dy;

    public override void Emit(double x, double y, List<PageItem> into) => Inner.Emit(x + Dx, y + Dy, into);
}

/// <summary>A paragraph in the flow, with what is needed to set it again with one line more or less.</summary>
internal sealed class FlowParagraph(ParagraphBlock block, FlowCollector.Context context, double width, ParagraphLayout layout)
{
    public ParagraphBlock Block { get; } = block;
    public FlowCollector.Context Context { get; } = context;
    /// <summary>The measure its lines are set to.</summary>
    public double Width { get; } = width;
    public int NaturalLines { get; } = layout.Lines.Length;
    /// <summary>The setting in use: the natural one, or one line tighter or looser.</summary>
    public ParagraphLayout Layout { get; set; } = layout;
    public List<FlowBox> Boxes { get; set; } = new();
    /// <summary>Inside a block kept together or a group that keeps its ends: its line count must not change.</summary>
    public bool Locked { get; set; }
    public int Lines => Layout.Lines.Length;
}
