using GazettePress.Content.Loading;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Tests.Content;

public class BodyCheckTests
{
    private static IReadOnlyList<Diagnostic> LoadWithBody(string body)
    {
        using var dir = new TempIssue().WriteValid();
        dir.Write("docs/03-ling-5.md", SampleContent.Decree + "\n\n" + body + "\n");
        return IssueLoader.Load(dir.Directory).Diagnostics;
    }

    [Fact]
    public void RangesWrittenWithTildesAreFlagged()
    {
        var diagnostic = Assert.Single(LoadWithBody("服务期3~5年，补助10~20人。"));

        Assert.Equal(("GP1022", Severity.Warning, 13, 5), (diagnostic.Code, diagnostic.Severity, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("“~5年，补助10~”会被排成下标", diagnostic.Render(Language.Chinese).Message);
        Assert.Equal("\"~5年，补助10~\" is printed as subscript", diagnostic.Render(Language.English).Message);
    }

    [Fact]
    public void RealScriptsAreFine()
    {
        Assert.Empty(LoadWithBody("面积100m^2^，PM~2.5~浓度，CO~2~排放。"));
    }

    [Fact]
    public void UnknownContainersAreErrors()
    {
        var diagnostic = Assert.Single(LoadWithBody("::: warning\n注意\n:::"));

        Assert.Equal(("GP1021", 13), (diagnostic.Code, diagnostic.Location.Line));
        Assert.Equal("不认识的块“::: warning”", diagnostic.Render(Language.Chinese).Message);
        Assert.Equal("did you mean '::: keyvalue'? The known blocks are ::: keyvalue and ::: signature",
            Assert.Single(LoadWithBody("::: keyvalu\n指挥长：市长\n:::")).Render(Language.English).Hint);
    }

    [Theory]
    [InlineData("## 标题 {#ab}\n\n## 另一个 {#ab}", "GP1019", 15)]
    [InlineData("## 标题 {#a}", "GP1018", 13)]
    [InlineData("## 标题 {#目标}", "GP1018", 13)]
    [InlineData("## 标题 {#b-3}", "GP1018", 13)]
    [InlineData("## 标题 {#doc-title}", "GP1018", 13)] // the templates' own ids
    [InlineData("## 标题 {#page-3}", "GP1018", 13)] // the EPUB's page-break markers
    [InlineData("见[第一段](#b-1)", "GP1015", 13)] // plain paragraphs are no link target in print
    [InlineData("见[空](#)", "GP1015", 13)]
    [InlineData("见[空]()", "GP1016", 13)]
    [InlineData("见[文件](02-jszb-2025-22.md#scope)", "GP1016", 13)]
    [InlineData("见[脚本](javascript:alert(1))", "GP1016", 13)]
    [InlineData("见图![图](images/none.png)", "GP1014", 13)]
    [InlineData("见[文件](files/a.pdf)", "GP1016", 13)]
    [InlineData("见[其他](01-jsf-2025-11#nothere)", "GP1015", 13)]
    [InlineData("见[附件](#attachment-1)", "GP1015", 13)] // the decree has no attachments
    [InlineData("见[其他](01-jsf-2025-11#rules)和[附件](01-jsf-2025-11#attachment-2)及[全文](01-jsf-2025-11)", null, 0)]
    public void IdsLinksAndImagesAreChecked(string body, string? code, int line)
    {
        var diagnostics = LoadWithBody(body);

        if (code is null)
        {
            Assert.Empty(diagnostics);
            return;
        }
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((code, line), (diagnostic.Code, diagnostic.Location.Line));
    }
}
