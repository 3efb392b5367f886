using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Painting;
using GazettePress.Layout.Text;

namespace GazettePress.Layout.Tests.Painting;

/// <summary>A small two-page document using every item kind and three faces.</summary>
internal static class SamplePages
{
    public const string BodyText = "人民群众的满意度是检验工作的标准。为规范和加强我市基干民兵优待和权益保障工作，" +
                                   "根据《中华人民共和国兵役法》等法律法规，结合我市实际，制定本细则（见附件1）。";

    public static readonly PdfMetadata Metadata = new("晋城市人民政府公报", "晋城市人民政府办公室",
        new DateTimeOffset(2025, 12, 28, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 12, 28, 0, 0, 0, TimeSpan.Zero),
        Subject: "测试", Keywords: "公报");

    public static IReadOnlyList<Page> Build()
    {
        var layouter = TestFonts.Layouter;
        var body = new TextStyle(FontRole.Song, false, 10.5);
        var title = layouter.Layout("关于印发实施细则的通知", new TextStyle(FontRole.Hei, true, 16), ParagraphStyle.Centered, 400);
        var para = layouter.Layout(new[]
        {
            new TextRun("第一条", body.WithBold()),
            new TextRun("　" + BodyText, body),
            new TextRun("附件1", body, new InlineLink(LinkTarget.ToDestination("attachment-1"))),
        }, new ParagraphStyle(LeadingPt: 18), 231);

        var items = new List<PageItem>();
        items.Add(new AnchorItem("top", 72, 72));
        items.AddRange(title.ToItems(72, 100));
        items.Add(new RuleItem(72, 110, 472, 110, 1, PaintColor.Black));
        items.AddRange(para.ToItems(72, 140));
        var last = para.Lines[^1];
        var linkRun = last.Runs.First(r => r.Link?.Target == LinkTarget.ToDestination("attachment-1"));
        double lastBaseline = 140 + para.BaselineSpan;
        items.Add(new LinkItem(72 + linkRun.Left, lastBaseline - last.Ascent, linkRun.Right - linkRun.Left, last.Ascent + last.Descent,
            LinkTarget.ToDestination("attachment-1")));
        items.Add(new RectItem(72, 300, 100, 40, PaintColor.Gray(0.1), PaintColor.Black, 0.5));
        items.Add(new PathItem("M 200 300 h 4 v 4 h -4 z M 208 300 h 4 v 4 h -4 z", PaintColor.Black));
        items.Add(new LinkItem(72, 360, 100, 12, LinkTarget.ToUri("http://www.jcgov.gov.cn/")));
        var kai = layouter.Layout("此件公开发布", new TextStyle(FontRole.Kai, false, 12), ParagraphStyle.Centered, 400);
        var page2 = new List<PageItem> { new AnchorItem("attachment-1", 72, 72) };
        page2.AddRange(kai.ToItems(72, 100));
        return new[] { new Page(595.28, 841.89, items), new Page(595.28, 841.89, page2) };
    }

    public static byte[] Pdf(IReadOnlyList<Page> pages)
    {
        using var stream = new MemoryStream();
        PdfPainter.Paint(pages, Metadata, stream);
        return stream.ToArray();
    }
}
