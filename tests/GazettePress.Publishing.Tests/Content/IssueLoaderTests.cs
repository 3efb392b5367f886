using GazettePress.Content;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Tests.Content;

public class IssueLoaderTests
{
    [Fact]
    public void ValidIssueLoadsWithoutDiagnostics()
    {
        using var dir = new TempIssue().WriteValid();

        var result = IssueLoader.Load(dir.Directory);

        Assert.Empty(result.Diagnostics);
        var issue = Assert.IsType<Issue>(result.Issue);
        Assert.Equal("晋城市人民政府公报", issue.Gazette.Title);
        Assert.Equal("http://www.jcgov.gov.cn/", issue.Gazette.EditionUrl);
        Assert.Equal((2025, 6, 294), (issue.Year, issue.Number, issue.Cumulative!.Value));
        Assert.Equal(new DateOnly(2025, 12, 28), issue.Published);
        Assert.Equal(new[] { "《晋城市人民政府公报》是市政府主办的政府出版物。", "第二段简介。" }, issue.Intro);
        Assert.Equal(new LabeledValue("电话", "(0356)2198496"), issue.Colophon[1]);
        Assert.Equal("images/cover.png", issue.Cover.Image!.RelativePath);
        Assert.Equal("丁巳年夏月", issue.BackCover.Text);
        Assert.Equal(new[] { "市政府文件", "市政府办公室文件" }, issue.Sections.Select(s => s.Title));
        Assert.Equal(new[] { "01-jsf-2025-11", "02-jszb-2025-22", "03-ling-5" }, issue.Documents.Select(d => d.Id));
        Assert.Equal((10, 12), (issue.Locations.Of("published").Line, issue.Locations.Of("published").Column));
        Assert.Equal(26, issue.Locations.Of("cover.image").Line);
        Assert.Equal(18, issue.Locations.Of("sections[0].title").Line);
    }

    [Fact]
    public void DocumentFieldsAreParsed()
    {
        using var dir = new TempIssue().WriteValid();

        var issue = IssueLoader.Load(dir.Directory).Issue!;

        var notice = issue.FindDocument("01-jsf-2025-11")!;
        Assert.Equal("通知", notice.Kind);
        Assert.Equal("JCZG-01-2024-0007", notice.Registration);
        Assert.Equal(3, notice.TitleLines.Count);
        Assert.Equal("晋城市人民政府　晋城军分区关于印发晋城市基干民兵优待和权益保障实施细则的通知", notice.Title);
        Assert.Equal(new DocNumber("晋市政发", 2025, 11, "晋市政发〔2025〕11号"), notice.DocNumber);
        Assert.Equal(new[] { "晋城市人民政府", "晋城军分区" }, notice.Signature!.Issuers);
        Assert.Equal("2025年11月14日", notice.Signature.PrintedDate);
        Assert.Equal(new[] { new Attachment("晋城市大面积停电事件分级", true), new Attachment("联系表", false) }, notice.Attachments);
        Assert.Equal("2043136", notice.Consultation[1].Value);
        Assert.Equal(new QrSource.Url("http://www.jcgov.gov.cn/zjxx/zcjd/202511/t20251120_2035112.shtml"), notice.Qr!.Source);
        Assert.Equal("政策解读", notice.Qr.Caption);
        Assert.StartsWith("现将《晋城市基干民兵", notice.BodyMarkdown);
        Assert.Equal(24, notice.BodyStartLine);
        Assert.Equal(8, notice.Locations.Of("doc_number").Line);
        Assert.Equal(dir.PathOf("docs/01-jsf-2025-11.md"), notice.SourcePath);

        var office = issue.FindDocument("02-jszb-2025-22")!;
        Assert.Equal(new[] { "晋城市人民政府办公室" }, office.Signature!.Issuers);
        Assert.Equal(new QrSource.Url("http://www.jcgov.gov.cn/zjxx/zcjd/202511/t20251106_1.shtml"), office.Qr!.Source);

        var decree = issue.FindDocument("03-ling-5")!;
        Assert.Equal(new DocNumber("晋城市人民政府令", null, 5, "晋城市人民政府令第5号"), decree.DocNumber);
        Assert.Equal("市长　张三", decree.Signature!.Signer);
        Assert.Empty(decree.Signature.Issuers);
        var qrImage = Assert.IsType<QrSource.Image>(decree.Qr!.Source);
        Assert.Equal("images/qr-03.png", qrImage.File.RelativePath);
        Assert.True(File.Exists(qrImage.File.FullPath));
    }

    [Fact]
    public void UnlistedDocumentIsAnErrorBecauseItWouldBeLeftOut()
    {
        using var dir = new TempIssue().WriteValid().Write("docs/99-extra.md", SampleContent.Decree);

        var result = IssueLoader.Load(dir.Directory);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("GP1010", Severity.Error), (error.Code, error.Severity));
        Assert.Equal((dir.PathOf("docs/99-extra.md"), 1, 1), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Equal("docs/99-extra.md 没有列入 issue.yaml 的任何栏目，不会印出", error.Render(Language.Chinese).Message);
        Assert.Contains("draft: true", error.Render(Language.Chinese).Hint);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void UnlistedDraftIsFineAndAListedDraftWarns()
    {
        var draft = SampleContent.Decree.Replace("kind: 令\n", "kind: 令\ndraft: true\n", StringComparison.Ordinal);
        using var dir = new TempIssue().WriteValid().Write("docs/99-draft.md", draft);
        Assert.Empty(IssueLoader.Load(dir.Directory).Diagnostics);

        dir.Write("docs/03-ling-5.md", draft);
        var warning = Assert.Single(IssueLoader.Load(dir.Directory).Diagnostics);
        Assert.Equal(("GP1104", Severity.Warning, 3), (warning.Code, warning.Severity, warning.Location.Line));
    }

    [Fact]
    public void MissingFolderIsReported()
    {
        var result = IssueLoader.Load("/nonexistent/gp-issue");

        Assert.Null(result.Issue);
        Assert.Equal("GP1007", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void YamlSyntaxErrorInIssueFileIsReportedWithItsLine()
    {
        using var dir = new TempIssue().WriteValid().Write("issue.yaml", "gazette:\n  title: [晋城市人民政府公报\nyear: 2025\n");

        var result = IssueLoader.Load(dir.Directory);

        Assert.Null(result.Issue);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("GP1001", error.Code);
        Assert.Equal(dir.PathOf("issue.yaml"), error.Location.File);
        Assert.InRange(error.Location.Line, 2, 4);
    }

    [Fact]
    public void MisspeltRequiredKeyIsReportedOnceWithSuggestion()
    {
        var yaml = SampleContent.IssueYaml.Replace("  sponsor:", "  sponser:", StringComparison.Ordinal);
        using var dir = new TempIssue().WriteValid().Write("issue.yaml", yaml);

        var result = IssueLoader.Load(dir.Directory);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("GP1004", 4, 3), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Equal("是不是“sponsor”？", error.Render(Language.Chinese).Hint);
        Assert.Equal("did you mean 'sponsor'?", error.Render(Language.English).Hint);
    }

    [Fact]
    public void UndrawableCharactersAreReportedWithCodePointAndLocation()
    {
        using var dir = new TempIssue().WriteValid();

        var result = IssueLoader.Load(dir.Directory, new RefusingCoverage('丁', '圈'));

        Assert.Collection(result.Diagnostics,
            d =>
            {
                Assert.Equal((dir.PathOf("docs/01-jsf-2025-11.md"), 42, 2), (d.Location.File, d.Location.Line, d.Location.Column));
                Assert.Equal("GP1017", d.Code);
                Assert.Contains("U+5708", d.Render(Language.English).Message);
            },
            d =>
            {
                Assert.Equal((dir.PathOf("issue.yaml"), 29, 9), (d.Location.File, d.Location.Line, d.Location.Column));
                Assert.Contains("'丁' (U+4E01)", d.Render(Language.English).Message);
                Assert.Contains("字符“丁”（U+4E01）", d.Render(Language.Chinese).Message);
            });
    }

    private sealed class RefusingCoverage(params char[] refused) : ICharacterCoverage
    {
        public bool CanDraw(int codePoint) => !refused.Contains((char)codePoint);
    }
}
