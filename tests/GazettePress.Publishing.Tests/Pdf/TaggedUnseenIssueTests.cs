using System.Text;
using GazettePress.Cli.Commands;
using GazettePress.Publishing.Tests.Composition;
using GazettePress.Publishing.Tests.Intake;

namespace GazettePress.Publishing.Tests.Pdf;

/// <summary>
/// The tagged screen PDF of issues nobody tuned it to (<see cref="TaggedIssueCheck"/>): random issues
/// with every kind of structure (<see cref="StructureIssueGenerator"/>), an issue an editor makes with
/// <c>new</c> and <c>add</c> from a Word file, web pages and a text file, and back issues brought in
/// with <c>import</c>.
/// </summary>
public sealed class TaggedUnseenIssueTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gp-tagged-unseen-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static void Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = CommandLine.Run([.. args, "--lang", "zh"], stdout, stderr);
        Assert.True(code == 0, $"{string.Join(' ', args)}: exit {code}\n{stdout}{stderr}");
    }

    [Theory]
    [InlineData(1411)]
    [InlineData(1412)]
    [InlineData(1413)]
    public void AGeneratedIssueIsTaggedWell(int seed)
    {
        var folder = StructureIssueGenerator.Write(seed, Path.Combine(TestIssues.RepoRoot, "tests", "data", "phone-issue", "images"));
        try
        {
            using var built = TaggedIssueCheck.Build(folder);
            var walk = TaggedIssueCheck.AssertWellTagged(built, $"generated issue {seed}");
            foreach (var role in new[] { "H1", "H2", "L", "LI", "Lbl", "LBody", "Table", "TH", "TD", "Figure", "Link", "Span" })
                Assert.Contains(walk.Elements, e => e.Role == role);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AnIssueMadeWithNewAndAddIsTaggedWell()
    {
        var issue = Path.Combine(_dir, "2026-01");
        Run("new", issue, "--like", Path.Combine(TestIssues.RepoRoot, "samples", "jincheng-2025-06"));
        var docx = IntakeTestFiles.Write(_dir, "notice.docx", OfficeNotice.Build(Formatting.Direct, HeadLayout.Table, wpsRuns: true));
        var html = Path.Combine(TestIssues.RepoRoot, "tests", "data", "intake", "province-notice-gb2312.html");
        var html2 = Path.Combine(TestIssues.RepoRoot, "tests", "data", "intake", "city-notice-utf8.html");
        var txt = IntakeTestFiles.Write(_dir, "order.txt", Encoding.UTF8.GetBytes("""
            晋城市人民政府办公室
            关于推广使用政务服务APP和Internet of Things平台的通知
            晋市政办〔2025〕41号

            各县（市、区）人民政府，市人民政府各委、办、局：
                为方便群众办事，现就推广使用“晋城政务”APP（下载地址：http://www.jcgov.gov.cn/app/）通知如下：
                一、全面推广使用
                各地各部门要通过Smart City Operation Center统一受理。
                二、加强安全保障
                严格执行GB/T 22239-2019要求。

            晋城市人民政府办公室
            2025年12月20日
            """));
        Run("add", docx, html, html2, txt, "--issue", issue);
        using var built = TaggedIssueCheck.Build(issue);
        TaggedIssueCheck.AssertWellTagged(built, "new + add");
    }

    [Theory]
    [InlineData("tests/data/import-district/hecheng-2024-5.txt")]
    [InlineData("tests/data/corpus/003_ad1ea27626329d3a.txt")]
    public void AnImportedBackIssueIsTaggedWell(string source)
    {
        var issue = Path.Combine(_dir, "imported");
        Run("import", Path.Combine(TestIssues.RepoRoot, source), "--out", issue);
        using var built = TaggedIssueCheck.Build(issue);
        TaggedIssueCheck.AssertWellTagged(built, source);
    }
}
