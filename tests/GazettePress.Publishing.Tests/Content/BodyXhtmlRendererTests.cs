using System.Xml.Linq;
using GazettePress.Content.Rendering;

namespace GazettePress.Publishing.Tests.Content;

public class BodyXhtmlRendererTests
{
    private static readonly string[] BlockElements = { "p", "h1", "h2", "h3", "h4", "h5", "div", "table" };

    private static readonly HashSet<string> Vocabulary = new()
    {
        "h1", "h2", "h3", "h4", "h5", "p", "strong", "sup", "sub", "em", "br", "a", "span", "div", "table", "tr", "th", "td", "img",
    };

    private static string Body(string notice) => notice[(notice.IndexOf("---\n", 4, StringComparison.Ordinal) + 4)..];

    private static XElement Parse(RenderedBody body) => XElement.Parse($"<body>{body.Xhtml}</body>");

    [Fact]
    public void OutputIsWellFormedWithUniqueIdsOnEveryBlockAndOnlyTheAgreedElements()
    {
        var body = BodyXhtmlRenderer.Render(Body(SampleContent.Notice));

        var root = Parse(body);
        var blocks = root.Descendants().Where(e => BlockElements.Contains(e.Name.LocalName)).ToArray();
        Assert.NotEmpty(blocks);
        Assert.All(blocks, b => Assert.False(string.IsNullOrEmpty((string?)b.Attribute("id")), $"{b.Name} without id"));
        var ids = blocks.Select(b => (string)b.Attribute("id")!).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(root.Descendants(), e => Assert.Contains(e.Name.LocalName, Vocabulary));
        Assert.Equal(ids, body.Blocks.Select(b => b.Id));
    }

    [Fact]
    public void NumberedLinesStayTextAndKeepTheirNumbers()
    {
        var body = BodyXhtmlRenderer.Render("12. 加强监督检查。\n\n1. 总则\n\n3) 第三项");

        Assert.Equal(
            "<p id=\"b-1\" class=\"item item-3\">12. 加强监督检查。</p>\n<p id=\"b-2\" class=\"item item-3\">1. 总则</p>\n<p id=\"b-3\">3) 第三项</p>\n",
            body.Xhtml);
    }

    [Theory]
    [InlineData("一、总体要求", "item item-1")]
    [InlineData("二十三、其他", "item item-1")]
    [InlineData("（一）工作目标", "item item-2")]
    [InlineData("(二)工作目标", "item item-2")]
    [InlineData("1.主要任务", "item item-3")]
    [InlineData("12．主要任务", "item item-3")]
    [InlineData("（1）具体措施", "item item-4")]
    [InlineData("①第一点", "item item-5")]
    [InlineData("1.1 编制目的", "item item-2")]
    [InlineData("4.1.2.1 细则", "item item-4")]
    [InlineData("第十二条　本办法自发布之日起施行。", "article")]
    [InlineData("2.5万元用于补贴。", null)]
    [InlineData("三、四级预警信息由县级人民政府发布。", null)]
    [InlineData("现将有关事项通知如下：", null)]
    public void ParagraphsAreClassifiedByTheirLeadingLabel(string text, string? expectedClass)
    {
        var block = Assert.Single(BodyXhtmlRenderer.Render(text).Blocks);

        Assert.Equal(expectedClass, block.Class);
        Assert.Equal(text, block.Text);
    }

    [Fact]
    public void HeadingsGetGivenOrGeneratedIdsAndChapterClass()
    {
        var body = BodyXhtmlRenderer.Render("# 实施细则 {#rules}\n\n## 第一章　总　则\n\n### 1.1 编制目的\n\n正文。");

        Assert.Equal(
            "<h1 id=\"rules\" class=\"attached-title\">实施细则</h1>\n<h2 id=\"h-2\" class=\"chapter\">第一章　总　则</h2>\n" +
            "<h3 id=\"h-3\">1.1 编制目的</h3>\n<p id=\"b-4\">正文。</p>\n",
            body.Xhtml);
    }

    [Fact]
    public void RunInLabelDutyNoteSupSubAndLinks()
    {
        var body = BodyXhtmlRenderer.Render(
            "**第一条**　为规范工作〔责任单位：市住建局，各县（市、区）人民政府〕。\n\n" +
            "m^2^ 与 PM~2.5~，见[附件1](#attachment-1)、[细则](02-jszb-2025-22#rules)和[网站](http://www.jcgov.gov.cn/)。");

        Assert.Equal(
            "<p id=\"b-1\" class=\"article\"><strong class=\"run-in\">第一条</strong>　为规范工作<span class=\"duty\">〔责任单位：市住建局，各县（市、区）人民政府〕</span>。</p>\n" +
            "<p id=\"b-2\">m<sup>2</sup> 与 PM<sub>2.5</sub>，见<a href=\"#attachment-1\">附件1</a>、<a href=\"02-jszb-2025-22.xhtml#rules\">细则</a>和<a href=\"http://www.jcgov.gov.cn/\">网站</a>。</p>\n",
            body.Xhtml);
        Assert.Equal("第一条　为规范工作〔责任单位：市住建局，各县（市、区）人民政府〕。", body.Blocks[0].Text);
    }

    [Fact]
    public void RunInLabelMayFollowIndentButBoldLaterIsPlainStrong()
    {
        var body = BodyXhtmlRenderer.Render("　　**第二条**　适用范围。\n\n本办法**自发布之日起**施行。");

        Assert.Equal(
            "<p id=\"b-1\" class=\"article\">　　<strong class=\"run-in\">第二条</strong>　适用范围。</p>\n" +
            "<p id=\"b-2\">本办法<strong>自发布之日起</strong>施行。</p>\n",
            body.Xhtml);
    }

    [Fact]
    public void KeyValueAndSignatureContainersGiveOneParagraphPerLine()
    {
        var body = BodyXhtmlRenderer.Render(
            "::: keyvalue\n指挥长：市人民政府分管副市长。\n副指挥长：副秘书长。\n:::\n\n::: signature\n晋城市人民政府办公室\n2025年11月6日\n:::\n");

        Assert.Equal(
            "<div id=\"b-1\" class=\"keyvalue\"><p id=\"b-2\"><strong class=\"kv-label\">指挥长：</strong>市人民政府分管副市长。</p>" +
            "<p id=\"b-3\"><strong class=\"kv-label\">副指挥长：</strong>副秘书长。</p></div>\n" +
            "<div id=\"b-4\" class=\"signature\"><p id=\"b-5\" class=\"issuer\">晋城市人民政府办公室</p><p id=\"b-6\" class=\"date\">2025年11月6日</p></div>\n",
            body.Xhtml);
        Assert.Equal(new[] { 2, 3 }, body.Blocks.Where(b => b.Id is "b-2" or "b-3").Select(b => b.SourceLine));
    }

    [Fact]
    public void TablesImagesAndEscaping()
    {
        var body = BodyXhtmlRenderer.Render("| 项目 | 标准 |\n| --- | --- |\n| A&B | <5 |\n\n![示意图](images/fig.png)\n\n<b>不是标签</b>");

        Assert.Equal(
            "<table id=\"b-1\"><tr><th>项目</th><th>标准</th></tr><tr><td>A&amp;B</td><td>&lt;5</td></tr></table>\n" +
            "<p id=\"b-2\"><img src=\"images/fig.png\" alt=\"示意图\"/></p>\n" +
            "<p id=\"b-3\">&lt;b&gt;不是标签&lt;/b&gt;</p>\n",
            body.Xhtml);
        Assert.Equal(new[] { "images/fig.png" }, body.ImageSources);
    }

    [Fact]
    public void SoftLineBreaksJoinChineseWithoutSpaces()
    {
        var body = BodyXhtmlRenderer.Render("第一行中文\n接着第二行\nand English\nwords");

        Assert.Equal("第一行中文接着第二行and English words", Assert.Single(body.Blocks).Text);
    }

    [Fact]
    public void RenderingIsDeterministic()
    {
        var markdown = Body(SampleContent.Notice);

        Assert.Equal(BodyXhtmlRenderer.Render(markdown).Xhtml, BodyXhtmlRenderer.Render(markdown).Xhtml);
    }
}
