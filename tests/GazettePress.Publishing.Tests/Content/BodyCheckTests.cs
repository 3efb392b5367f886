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

        Assert.Equal(("GP022", Severity.Warning, 13, 5), (diagnostic.Code, diagnostic.Severity, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("\"~5年，补助10~\" is printed as subscript", diagnostic.Message);
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

        Assert.Equal(("GP021", 13), (diagnostic.Code, diagnostic.Location.Line));
    }

    [Theory]
    [InlineData("## 标题 {#ab}\n\n## 另一个 {#ab}", "GP019", 15)]
    [InlineData("## 标题 {#a}", "GP018", 13)]
    [InlineData("## 标题 {#目标}", "GP018", 13)]
    [InlineData("## 标题 {#b-3}", "GP018", 13)]
    [InlineData("见图![图](images/none.png)", "GP014", 13)]
    [InlineData("见[文件](files/a.pdf)", "GP016", 13)]
    [InlineData("见[其他](01-jsf-2025-11#nothere)", "GP015", 13)]
    [InlineData("见[附件](#attachment-1)", "GP015", 13)] // the decree has no attachments
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
