using System.Text;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Tests.Content;

public class MalformedValueTests
{
    private static (string Code, int Line, int Column)[] IssueYamlProblems(string from, string to)
    {
        using var dir = new TempIssue().WriteValid().Write("issue.yaml", SampleContent.IssueYaml.Replace(from, to, StringComparison.Ordinal));
        return IssueLoader.Load(dir.Directory).Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).ToArray();
    }

    [Theory]
    [InlineData("year: 2025", "year: 二〇二五", "GP1003", 7, 7)]
    [InlineData("number: 6", "number: [6]", "GP1003", 8, 9)]
    [InlineData("edition_url: http://www.jcgov.gov.cn/", "edition_url: www.jcgov.gov.cn", "GP1003", 6, 16)]
    [InlineData("published: 2025-12-28", "published: 2025年12月28日", "GP1005", 10, 12)]
    [InlineData("  title: 晋城市人民政府公报\n", "  title:\n", "GP1002", 2, 3)]
    [InlineData("  - { label: 主任, value: 张三 }", "  - { label: 主任 }", "GP1002", 16, 5)]
    [InlineData("    documents: [01-jsf-2025-11]", "    documents: [01-jsf-2025-11, ../x]", "GP1018", 19, 33)]
    public void EachMalformedValueGivesOneDiagnosticAtItsPlace(string from, string to, string code, int line, int column)
    {
        Assert.Equal(new[] { (code, line, column) }, IssueYamlProblems(from, to));
    }

    [Theory]
    [InlineData("kind: 令\n", "kind: 令\nkind: 决定\n", 3, 1, "YAML 写法有误：键“kind”出现了两次")]
    [InlineData("signature:\n  signer:", "signature:\n\tsigner:", 6, 1, "YAML 写法有误：行首用了 Tab 缩进，YAML 只认空格")]
    [InlineData("title: [晋城市人民政府令]", "title: [晋城市人民政府令", 3, 8, "YAML 写法有误：第 3 行的“[”没有对应的“]”")]
    public void FrontMatterSyntaxErrorsAreLocated(string from, string to, int line, int column, string messagePart)
    {
        using var dir = new TempIssue().WriteValid()
            .Write("docs/03-ling-5.md", SampleContent.Decree.Replace(from, to, StringComparison.Ordinal));

        var diagnostic = Assert.Single(IssueLoader.Load(dir.Directory).Diagnostics);

        Assert.Equal(("GP1001", line, column), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(messagePart, diagnostic.Render(Language.Chinese).Message);
    }

    [Fact]
    public void MissingDocumentHintSuggestsTheCloseFile()
    {
        using var dir = new TempIssue().WriteValid()
            .Write("issue.yaml", SampleContent.IssueYaml.Replace("[01-jsf-2025-11]", "[01-jsf-2025-1]", StringComparison.Ordinal));

        var diagnostics = IssueLoader.Load(dir.Directory).Diagnostics;

        // One slip, one message: the unlisted file and the links to it are the same mistake, fixed by the same edit.
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("GP1009", 19), (diagnostic.Code, diagnostic.Location.Line));
        Assert.Equal("是不是“01-jsf-2025-11”？docs/01-jsf-2025-11.md 存在且还没有列入目录：把这里改成 01-jsf-2025-11", diagnostic.Render(Language.Chinese).Hint);
    }

    [Fact]
    public void QrPlaceholderNeedsPositiveSizes()
    {
        using var dir = new TempIssue().WriteValid()
            .Write("docs/02-jszb-2025-22.md", SampleContent.OfficeNotice.Replace(QrUrl, "placeholder: { width_mm: -5, height_mm: 22.5 }", StringComparison.Ordinal));

        var diagnostic = Assert.Single(IssueLoader.Load(dir.Directory).Diagnostics);

        Assert.Equal(("GP1003", 10), (diagnostic.Code, diagnostic.Location.Line));
    }

    private const string QrUrl = "url: http://www.jcgov.gov.cn/zjxx/zcjd/202511/t20251106_1.shtml";

    [Fact]
    public void AQrPlaceholderWarnsAtItsLineThatTheFinalBuildNeedsTheCode()
    {
        using var dir = new TempIssue().WriteValid()
            .Write("docs/02-jszb-2025-22.md", SampleContent.OfficeNotice.Replace(QrUrl, "placeholder: { width_mm: 20, height_mm: 20 }", StringComparison.Ordinal));

        var diagnostic = Assert.Single(IssueLoader.Load(dir.Directory).Diagnostics);

        Assert.Equal(("GP1105", Severity.Warning, 10, 16), (diagnostic.Code, diagnostic.Severity, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("build --final", diagnostic.Render(Language.Chinese).Message);
        Assert.Contains("url:", diagnostic.Render(Language.Chinese).Hint);
    }

    [Fact]
    public void WindowsLineEndingsAndByteOrderMarkAreAccepted()
    {
        using var dir = new TempIssue().WriteValid();
        var notice = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SampleContent.Notice.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
        dir.WriteBytes("docs/01-jsf-2025-11.md", notice);

        var result = IssueLoader.Load(dir.Directory);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(8, result.Issue!.FindDocument("01-jsf-2025-11")!.Locations.Of("doc_number").Line);
    }

    [Fact]
    public void InvalidUtf8InIssueFileIsReportedWithLineAndByteOffset()
    {
        using var dir = new TempIssue().WriteValid();
        var bytes = Encoding.UTF8.GetBytes(SampleContent.IssueYaml);
        var at = Encoding.UTF8.GetByteCount(SampleContent.IssueYaml[..SampleContent.IssueYaml.IndexOf("双月刊", StringComparison.Ordinal)]);
        bytes[at + 1] = 0x41; // break the middle byte of 双
        dir.WriteBytes("issue.yaml", bytes);

        var diagnostic = Assert.Single(IssueLoader.Load(dir.Directory).Diagnostics);

        Assert.Equal(("GP1006", 5, 14), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains($"byte offset {at}", diagnostic.Render(Language.English).Message);
        Assert.Equal($"文件不是 UTF-8 编码：第 {at} 字节 0xE5 无法解码", diagnostic.Render(Language.Chinese).Message);
    }
}

public class AttachmentUrlTests
{
    private const string WithUrl = "- { title: 晋城市大面积停电事件分级, online_only: true, url: http://www.jcgov.gov.cn/fj/fj1.pdf }";

    [Fact]
    public void AnAttachmentMayGiveTheAddressWhereItIsOnline()
    {
        using var dir = new TempIssue().WriteValid()
            .Write("docs/01-jsf-2025-11.md", SampleContent.Notice.Replace("- { title: 晋城市大面积停电事件分级, online_only: true }", WithUrl, StringComparison.Ordinal));

        var result = IssueLoader.Load(dir.Directory);

        Assert.Empty(result.Diagnostics);
        var attachments = result.Issue!.FindDocument("01-jsf-2025-11")!.Attachments;
        Assert.Equal("http://www.jcgov.gov.cn/fj/fj1.pdf", attachments[0].Url);
        Assert.Null(attachments[1].Url);
    }

    [Fact]
    public void AnAttachmentUrlThatIsNotAWebAddressIsAnErrorAtItsPlace()
    {
        using var dir = new TempIssue().WriteValid()
            .Write("docs/01-jsf-2025-11.md", SampleContent.Notice.Replace("- { title: 晋城市大面积停电事件分级, online_only: true }",
                WithUrl.Replace("http://", "ftp://", StringComparison.Ordinal), StringComparison.Ordinal));

        var diagnostic = Assert.Single(IssueLoader.Load(dir.Directory).Diagnostics);

        Assert.Equal("GP1003", diagnostic.Code);
        Assert.Equal((15, 52), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("ftp://www.jcgov.gov.cn/fj/fj1.pdf", diagnostic.Message);
    }
}
