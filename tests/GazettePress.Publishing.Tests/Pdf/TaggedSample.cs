using System.Collections.Immutable;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Painting;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;
using GazettePress.Publishing.Pdf;
using GazettePress.Publishing.Pdf.Tagging;

namespace GazettePress.Publishing.Tests.Pdf;

/// <summary>
/// A two-page, two-column gazette page built directly as display lists with the layout engine, with
/// its structure: running heads and folios, a two-line H1, a paragraph that runs from the left column
/// into the right one and on to page 2, a 第一条 run-in label, a link inside a line, a Latin span, a
/// numbered list, a table with ruled cells, a QR code and a picture as figures, dot leaders and rules.
/// <see cref="ReadingText"/> is the text of the content in reading order, as a reader should hear it.
/// </summary>
internal sealed class TaggedSample
{
    private const double Width = 595.276, Height = 841.89, Left = 56, ColumnWidth = 230, Gap = 23;
    private readonly ParagraphLayouter _layouter;
    private readonly List<List<PageItem>> _items = [[], []];
    private readonly List<List<ItemTag>> _tags = [[], []];

    public StructureElement Root { get; } = new(StructureRole.Document);
    public List<string> ReadingText { get; } = [];
    public List<(StructureRole Role, string Text)> Blocks { get; } = [];

    public TaggedSample(FontRegistry fonts)
    {
        _layouter = new ParagraphLayouter(fonts);
        var section = Root.Add(StructureRole.Sect);
        var document = section.Add(StructureRole.Sect);

        for (var page = 0; page < 2; page++)
        {
            Artifact(page, Line("晋城市人民政府公报　2025年第6期", 9, Left, 40, ColumnWidth * 2 + Gap), ArtifactKind.Header);
            Add(page, new RuleItem(Left, 46, Left + 2 * ColumnWidth + Gap, 46, 0.5, PaintColor.Black), new ItemTag.Artifact(ArtifactKind.Layout));
            Artifact(page, Line($"— {page + 1} —", 14, Left, Height - 40, ColumnWidth * 2 + Gap, ParagraphStyle.Centered), ArtifactKind.Footer);
        }

        // Title: one H1 over two printed lines.
        var h1 = Block(document, StructureRole.H1, "关于印发晋城市重大行政决策程序实施办法的通知");
        var y = 90.0;
        foreach (var line in new[] { "关于印发晋城市重大行政决策", "程序实施办法的通知" })
        {
            Content(0, Line(line, 22, Left, y, ColumnWidth * 2 + Gap, ParagraphStyle.Centered, bold: true), h1);
            y += 32;
        }
        var number = Block(document, StructureRole.P, "晋市政发〔2025〕11号");
        Content(0, Line("晋市政发〔2025〕11号", 12, Left, y, ColumnWidth * 2 + Gap, ParagraphStyle.Centered), number);
        y += 30;

        // A long paragraph: left column, then right column, then page 2.
        const string Long = "各县（市、区）人民政府，市人民政府各委、办、局：现将《晋城市重大行政决策程序实施办法》印发给你们，请认真贯彻执行。本办法自发布之日起施行，各地各部门要结合实际，抓好贯彻落实，确保重大行政决策科学、民主、依法作出，切实提高决策质量和效率，防范决策风险，推动政府治理体系和治理能力现代化，为全市经济社会高质量发展提供有力保障。";
        var longParagraph = Block(document, StructureRole.P, Long);
        var layout = _layouter.Layout(Long, TextStyle.Body, ParagraphStyle.Body, ColumnWidth);
        var lines = layout.Lines;
        var perColumn = (lines.Length + 2) / 3;
        for (var i = 0; i < lines.Length; i++)
        {
            var (page, x, lineY) = (i / perColumn) switch
            {
                0 => (0, Left, y + 16 * i),
                1 => (0, Left + ColumnWidth + Gap, y + 16 * (i - perColumn)),
                _ => (1, Left, 80 + 16 * (i - 2 * perColumn)),
            };
            foreach (var item in lines[i].ToItems(x, lineY)) Add(page, item, new ItemTag.Content(longParagraph));
        }
        y = 80 + 16 * (lines.Length - 2 * perColumn) + 10;

        // 第一条 run-in label: P with an Lbl child, two text runs (bold label, regular body).
        var article = document.Add(StructureRole.P);
        var label = article.Add(StructureRole.Lbl);
        var articleRuns = new[] { new TextRun("第一条", TextStyle.Body.WithBold()), new TextRun("　为规范重大行政决策程序，制定本办法。", TextStyle.Body) };
        var articleLayout = _layouter.Layout(articleRuns, ParagraphStyle.Body, ColumnWidth);
        foreach (var line in articleLayout.Lines)
        {
            foreach (var (run, item) in line.Runs.Zip(line.ToItems(Left, y)))
                Add(1, item, new ItemTag.Content(run.RunIndex == 0 ? label : article));
            y += 16;
        }
        ReadingText.Add("第一条　为规范重大行政决策程序，制定本办法。");
        Blocks.Add((StructureRole.P, "第一条　为规范重大行政决策程序，制定本办法。"));

        // A link and a Latin span inside one glyph run each: split into parts.
        const string WithLink = "详见附件1，标准为PM2.5以下。";
        var linkParagraph = document.Add(StructureRole.P);
        var link = linkParagraph.Add(new StructureElement(StructureRole.Link) { LinkTarget = "#attachment-1" });
        var latin = linkParagraph.Add(new StructureElement(StructureRole.Span) { Language = "en" });
        var linkLayout = _layouter.Layout(WithLink, TextStyle.Body, ParagraphStyle.Body, ColumnWidth);
        var linkLine = Assert.Single(linkLayout.Lines);
        var linkItems = linkLine.ToItems(Left, y).ToList();
        Assert.Single(linkItems);
        Add(1, linkItems[0], new ItemTag.Parts([new TextPart(0, linkParagraph), new TextPart(2, link), new TextPart(5, linkParagraph),
            new TextPart(9, latin), new TextPart(14, linkParagraph)]));
        Add(1, new LinkItem(Left + 21, y - 12, 42, 16, LinkTarget.ToUri("http://www.jcgov.gov.cn/fj1.pdf")), new ItemTag.Annotation(link));
        Add(1, new AnchorItem("attachment-1", Left, y - 12), ItemTag.None.Instance);
        ReadingText.Add(WithLink);
        Blocks.Add((StructureRole.P, WithLink));
        y += 26;

        // A numbered list: L → LI → Lbl + LBody.
        var h2 = Block(document, StructureRole.H2, "二、工作要求");
        Content(1, Line("二、工作要求", 12, Left, y, ColumnWidth, bold: true), h2);
        y += 22;
        var list = document.Add(StructureRole.L);
        foreach (var (lbl, body) in new[] { ("（一）", "加强组织领导。"), ("（二）", "强化督促检查。") })
        {
            var li = list.Add(StructureRole.LI);
            var lblElement = li.Add(StructureRole.Lbl);
            var lbody = li.Add(StructureRole.LBody);
            var runs = new[] { new TextRun(lbl, TextStyle.Body), new TextRun(body, TextStyle.Body.WithBold()) };
            var item = Assert.Single(_layouter.Layout(runs, ParagraphStyle.Body, ColumnWidth).Lines);
            foreach (var (run, glyphs) in item.Runs.Zip(item.ToItems(Left, y)))
                Add(1, glyphs, new ItemTag.Content(run.RunIndex == 0 ? lblElement : lbody));
            ReadingText.Add(lbl + body);
            y += 16;
        }

        // A table: header row of TH, one row of TD; cell borders are artifacts.
        var table = document.Add(StructureRole.Table);
        string[][] rows = [["项目", "标准"], ["优待金", "2000元"]];
        for (var r = 0; r < rows.Length; r++)
        {
            var tr = table.Add(StructureRole.TR);
            for (var c = 0; c < 2; c++)
            {
                var cell = tr.Add(new StructureElement(r == 0 ? StructureRole.TH : StructureRole.TD) { Scope = r == 0 ? "Column" : null });
                Add(1, new RectItem(Left + c * 100, y - 12, 100, 18, null, PaintColor.Black, 0.5), new ItemTag.Artifact(ArtifactKind.Layout));
                Content(1, Line(rows[r][c], 10.5, Left + c * 100 + 4, y, 90), cell);
                ReadingText.Add(rows[r][c]);
            }
            y += 18;
        }
        y += 16;

        // A QR code and a picture: figures with Alt.
        var qr = document.Add(new StructureElement(StructureRole.Figure) { Alt = "政策解读二维码：http://www.jcgov.gov.cn/zcjd/1.shtml" });
        Add(1, new PathItem("M0 0h20v20h-20zM24 0h8v8h-8z", PaintColor.Black, Left, y), new ItemTag.Content(qr));
        var caption = Block(document, StructureRole.Caption, "政策解读");
        Content(1, Line("政策解读", 9, Left, y + 34, 60), caption);
        var picture = document.Add(new StructureElement(StructureRole.Figure) { Alt = "示意图" });
        Add(1, new ImageItem(Left + 100, y, 60, 40, Png(), "figure.png"), new ItemTag.Content(picture));
        y += 60;

        // A TOC line with dot leaders (artifacts) and a page number.
        var toc = Block(document, StructureRole.P, "附则");
        Content(1, Line("附则", 10.5, Left, y, 60), toc);
        for (var dot = 0; dot < 10; dot++)
            Add(1, new RectItem(Left + 40 + 6 * dot, y - 2, 1, 1, PaintColor.Black), new ItemTag.Artifact(ArtifactKind.Layout));
    }

    public IReadOnlyList<Page> Pages => _items.Select(i => new Page(Width, Height, i)).ToArray();

    public TaggingPlan Plan => new(Root, _items.Select((items, p) => new TaggedPage(new Page(Width, Height, items), _tags[p])).ToArray());

    public byte[] PaintSkia()
    {
        using var stream = new MemoryStream();
        var date = new DateTimeOffset(2025, 12, 28, 0, 0, 0, TimeSpan.FromHours(8));
        PdfPainter.Paint(Pages, new PdfMetadata("Sample", "晋城市人民政府办公室", date, date), stream);
        return stream.ToArray();
    }

    public static ScreenPdfOptions Options(TaggingPlan? plan) => new()
    {
        Metadata = new DocumentMetadata { Title = "晋城市人民政府公报 2025年第6期", Author = "晋城市人民政府办公室", Date = new DateTimeOffset(2025, 12, 28, 0, 0, 0, TimeSpan.FromHours(8)) },
        PageSize = PageSizePt.A4,
        Tagging = plan,
    };

    private StructureElement Block(StructureElement parent, StructureRole role, string text)
    {
        ReadingText.Add(text);
        Blocks.Add((role, text));
        return parent.Add(role);
    }

    private List<GlyphRunItem> Line(string text, double size, double x, double baseline, double width, ParagraphStyle? style = null, bool bold = false)
    {
        var layout = _layouter.Layout(text, TextStyle.Body.WithSize(size).WithBold(bold), style ?? new ParagraphStyle(ParagraphAlignment.Left, 0), width);
        return layout.ToItems(x, baseline).ToList();
    }

    private void Add(int page, PageItem item, ItemTag tag)
    {
        _items[page].Add(item);
        _tags[page].Add(tag);
    }

    private void Content(int page, IEnumerable<GlyphRunItem> items, StructureElement element)
    {
        foreach (var item in items) Add(page, item, new ItemTag.Content(element));
    }

    private void Artifact(int page, IEnumerable<GlyphRunItem> items, ArtifactKind kind)
    {
        foreach (var item in items) Add(page, item, new ItemTag.Artifact(kind));
    }

    private static ImmutableArray<byte> Png()
    {
        using var bitmap = new SkiaSharp.SKBitmap(8, 8);
        bitmap.Erase(new SkiaSharp.SKColor(30, 90, 200));
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray().ToImmutableArray();
    }
}
