using System.Xml.Linq;
using GazettePress.Publishing.Epub;

namespace GazettePress.Publishing.Tests.Epub;

public sealed class PageBreakMarkersTests
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    private static XElement Parse(string xhtml) =>
        XElement.Parse($"<section xmlns=\"http://www.w3.org/1999/xhtml\">{xhtml}</section>", LoadOptions.PreserveWhitespace);

    private static XElement Block(XElement root, string id) => root.Descendants().Single(e => (string?)e.Attribute("id") == id);

    private static XElement Marker(string folio = "7") => PageBreakMarkers.Create(PageBreakMarkers.IdFor(folio), folio);

    /// <summary>The block's text that comes before the marker, in document order.</summary>
    private static string TextBefore(XElement block, XElement marker) =>
        string.Concat(block.DescendantNodes().OfType<XText>()
            .Where(t => XNode.CompareDocumentOrder(t, marker) < 0)
            .Select(t => t.Value));

    [Fact]
    public void OffsetInsideATextNodeSplitsItThere()
    {
        var root = Parse("<p id=\"b-1\">现将细则印发给你们。</p>");
        var block = Block(root, "b-1");
        var marker = Marker();

        Assert.True(PageBreakMarkers.Insert(block, 4, marker));

        Assert.Same(block, marker.Parent);
        Assert.Equal("现将细则", TextBefore(block, marker));
        Assert.Equal("现将细则印发给你们。", block.Value);
    }

    [Fact]
    public void OffsetAtTheEndOfAnInlineElementGoesBeforeTheNextText()
    {
        var root = Parse("<p id=\"b-1\"><strong class=\"run-in\">第一条</strong>　为规范工作。</p>");
        var block = Block(root, "b-1");
        var marker = Marker();

        Assert.True(PageBreakMarkers.Insert(block, 3, marker));

        Assert.Same(block, marker.Parent);
        Assert.Equal("第一条", TextBefore(block, marker));
        Assert.Equal("strong", ((XElement)marker.PreviousNode!).Name.LocalName);
    }

    [Fact]
    public void OffsetInsideAnInlineElementGoesInsideIt()
    {
        var root = Parse("<p id=\"b-1\">见<a href=\"#rules\">实施细则</a>。</p>");
        var block = Block(root, "b-1");
        var marker = Marker();

        Assert.True(PageBreakMarkers.Insert(block, 3, marker));

        Assert.Equal("a", marker.Parent!.Name.LocalName);
        Assert.Equal("见实施", TextBefore(block, marker));
    }

    [Fact]
    public void OffsetZeroPutsTheMarkerRightBeforeTheBlock()
    {
        var root = Parse("<p id=\"b-0\">前文。</p><h2 id=\"h-1\">第一章　总　则</h2>");
        var heading = Block(root, "h-1");
        var marker = Marker();

        Assert.True(PageBreakMarkers.Insert(heading, 0, marker));

        Assert.Same(root, marker.Parent);
        Assert.Same(heading, marker.NextNode);
        Assert.Equal("第一章　总　则", heading.Value);
    }

    [Fact]
    public void OffsetEqualToTheTextLengthGoesAfterTheLastCharacter()
    {
        var root = Parse("<p id=\"b-1\">结束<sup>2</sup></p>");
        var block = Block(root, "b-1");
        var marker = Marker();

        Assert.True(PageBreakMarkers.Insert(block, 3, marker));

        Assert.Equal("结束2", TextBefore(block, marker));
        Assert.Null(marker.NextNode);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(100)]
    public void OffsetOutsideTheTextIsRefusedAndNothingChanges(int offset)
    {
        var root = Parse("<p id=\"b-1\">一二三</p>");
        var before = root.ToString(SaveOptions.DisableFormatting);

        Assert.False(PageBreakMarkers.Insert(Block(root, "b-1"), offset, Marker()));

        Assert.Equal(before, root.ToString(SaveOptions.DisableFormatting));
    }

    [Fact]
    public void ASurrogatePairIsNeverSplit()
    {
        var root = Parse("<p id=\"b-1\">甲𠀀乙</p>");
        var block = Block(root, "b-1");
        var marker = Marker();

        // Offset 2 falls between the two halves of 𠀀 (U+20000); the marker moves after it.
        Assert.True(PageBreakMarkers.Insert(block, 2, marker));

        Assert.Equal("甲𠀀", TextBefore(block, marker));
        Assert.All(block.DescendantNodes().OfType<XText>(), t =>
        {
            Assert.False(char.IsHighSurrogate(t.Value[^1]));
            Assert.False(char.IsLowSurrogate(t.Value[0]));
        });
    }

    [Fact]
    public void OffsetsCountEveryTextNodeLikeTheContentModel()
    {
        // RenderedBlock.Text is XElement.Value, formatting newlines included; offsets index it.
        var root = Parse("<div class=\"keyvalue\" id=\"b-1\"><p id=\"b-2\">指挥长：甲</p>\n<p id=\"b-3\">副指挥长：乙</p>\n</div>");
        var div = Block(root, "b-1");
        var marker = Marker();

        Assert.Equal(div.Value, PageBreakMarkers.TextContent(div));
        Assert.True(PageBreakMarkers.Insert(div, 7, marker)); // 指挥长：甲 (5) + \n (1) + 副

        Assert.Same(Block(root, "b-3"), marker.Parent);
        Assert.Equal("副", ((XText)marker.PreviousNode!).Value);
    }

    [Theory]
    [InlineData(9)]  // the newline between the rows
    [InlineData(10)] // the indentation after it
    public void AnOffsetInFormattingWhitespaceMovesToTheNextText(int offset)
    {
        var root = Parse("<table id=\"b-1\">\n  <tr><td>一级</td><td>减供负荷</td></tr>\n  <tr><td>二级</td></tr>\n</table>");
        var table = Block(root, "b-1");
        var marker = Marker();

        Assert.True(PageBreakMarkers.Insert(table, offset, marker));

        // Never between table rows, where HTML allows no span: the marker opens the next cell.
        Assert.Equal("td", marker.Parent!.Name.LocalName);
        Assert.Equal("二级", marker.Parent.Value);
        Assert.Null(marker.PreviousNode);
    }

    [Fact]
    public void AnOffsetInTrailingFormattingWhitespaceGoesAfterTheLastText()
    {
        var root = Parse("<table id=\"b-1\"><tr><td>一级</td></tr>\n</table>");
        var table = Block(root, "b-1");
        var marker = Marker();

        Assert.True(PageBreakMarkers.Insert(table, 2, marker));

        Assert.Equal("td", marker.Parent!.Name.LocalName);
        Assert.IsType<XText>(marker.PreviousNode);
        Assert.Null(marker.NextNode);
    }

    [Fact]
    public void SeveralMarkersInOneBlockKeepTheirOffsetsInAnyOrder()
    {
        var root = Parse("<p id=\"b-1\">一二三四五六七八九十</p>");
        var block = Block(root, "b-1");
        var late = Marker("9");
        var early = Marker("8");

        Assert.True(PageBreakMarkers.Insert(block, 7, late));
        Assert.True(PageBreakMarkers.Insert(block, 2, early));

        Assert.Equal("一二", TextBefore(block, early));
        Assert.Equal("一二三四五六七", TextBefore(block, late));
        Assert.Equal("一二三四五六七八九十", block.Value);
    }

    [Fact]
    public void AnEmptyBlockWithoutParentTakesTheMarkerAsFirstChild()
    {
        var block = new XElement(X + "p", new XAttribute("id", "b-1"));
        var marker = Marker();

        Assert.True(PageBreakMarkers.Insert(block, 0, marker));

        Assert.Same(block, marker.Parent);
    }

    [Fact]
    public void TheMarkerIsAnEmptyLabelledPagebreakSpan()
    {
        var marker = PageBreakMarkers.Create("page-12", "12");

        Assert.Equal(X + "span", marker.Name);
        Assert.Equal("pagebreak", (string?)marker.Attribute(XNamespace.Get("http://www.idpf.org/2007/ops") + "type"));
        Assert.Equal("doc-pagebreak", (string?)marker.Attribute("role"));
        Assert.Equal("page-12", (string?)marker.Attribute("id"));
        Assert.Equal("12", (string?)marker.Attribute("aria-label"));
        Assert.Equal("", marker.Value);
    }

    [Theory]
    [InlineData("12", "page-12")]
    [InlineData("xii", "page-xii")]
    [InlineData("封2", "page-_2")]
    public void MarkerIdsAreValidIdsForAnyFolio(string folio, string expected) =>
        Assert.Equal(expected, PageBreakMarkers.IdFor(folio));
}
