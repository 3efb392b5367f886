using System.Collections.Immutable;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Painting;
using GazettePress.Layout.Text;

namespace GazettePress.Layout.Tests.DisplayList;

public class DisplayListTests
{
    [Fact]
    public void Dump_lists_every_item_in_painting_order()
    {
        var layout = TestFonts.Layouter.Layout("人民", new TextStyle(FontRole.Song, false, 10), new ParagraphStyle(ParagraphAlignment.Left, 0), 100);
        var items = new List<PageItem>();
        items.AddRange(layout.ToItems(50, 60));
        items.Add(new RuleItem(50, 70, 150, 70, 0.5, PaintColor.Gray(1)));
        items.Add(new RectItem(50, 80, 20, 10, PaintColor.Gray(0.2)));
        items.Add(new PathItem("M 0 0 h 1 v 1 h -1 z", PaintColor.Black));
        items.Add(new ImageItem(0, 0, 10, 10, ImmutableArray<byte>.Empty, "images/cover.png"));
        items.Add(new LinkItem(50, 50, 20, 12, LinkTarget.ToUri("http://www.jcgov.gov.cn/")));
        items.Add(new LinkItem(50, 50, 20, 12, LinkTarget.ToDestination("rules")));
        items.Add(new AnchorItem("rules", 50, 50));
        var dump = new Page(595.276, 841.89, items).Dump();
        Assert.Equal(
            "page 595.276×841.89\n" +
            "text 50,60 Noto Serif SC 10pt K1 \"人民\"\n" +
            "rule 50,70 → 150,70 w0.5 K1\n" +
            "rect 50,80 20×10 fill K0.2\n" +
            "path K1 20 chars\n" +
            "image 0,0 10×10 images/cover.png\n" +
            "link 50,50 20×12 → http://www.jcgov.gov.cn/\n" +
            "link 50,50 20×12 → #rules\n" +
            "anchor rules @50,50\n", dump);
    }

    [Fact]
    public void Colours_keep_gray_apart_from_rgb()
    {
        Assert.True(default(PaintColor).IsGray);
        Assert.Equal(1, default(PaintColor).K);
        Assert.Equal(PaintColor.Black, default(PaintColor));
        var gray = PaintColor.Gray(0.25);
        Assert.True(gray.IsGray);
        Assert.Equal(gray.R, gray.G);
        Assert.Equal(gray.G, gray.B);
        Assert.Equal(0.25, gray.K, 2);
        Assert.False(PaintColor.Rgb(200, 0, 0).IsGray);
    }

    [Fact]
    public void Glyph_positions_carry_the_paragraph_offset()
    {
        var layout = TestFonts.Layouter.Layout("一二", new TextStyle(FontRole.Song, false, 10), new ParagraphStyle(ParagraphAlignment.Left, 0), 100);
        var run = Assert.Single(layout.ToItems(30, 40));
        Assert.Equal(new[] { 30f, 40f }, run.X.ToArray());
        Assert.Equal(40, run.BaselineY);
        Assert.Equal("一二", run.Text);
    }

    [Fact]
    public void Png_output_is_byte_identical_across_runs()
    {
        var page = Painting.SamplePages.Build()[0];
        Assert.Equal(PngPainter.PaintToBytes(page, 72), PngPainter.PaintToBytes(page, 72));
    }
}
