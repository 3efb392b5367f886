using System.Text;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Intake;

/// <summary>
/// Document pages saved from government websites, with their chrome (navigation, breadcrumbs, the
/// 索引号/发布机构/发文字号/成文日期 table, share and print links, footer, 附件 links, 政策解读 link),
/// in UTF-8 and in GB2312, give the documents an editor would type.
/// </summary>
public sealed class HtmlIntakeTests
{
    private static string Data(string name) => Path.Combine(TestIssues.RepoRoot, "tests", "data", "intake", name);

    [Fact]
    public void A_city_page_made_from_Word_gives_its_document_with_the_policy_interpretation_link()
    {
        var expected = IntakeTestFiles.LoadMarkdown(File.ReadAllText(Data("city-notice.md")), "01-jszb-2025-28");
        var (added, files, _) = IntakeTestFiles.AddAndLoad(Data("city-notice-utf8.html"), "01-jszb-2025-28");
        WordIntakeTests.AssertSameDocument(expected, added, files.Markdown);
        Assert.Empty(files.Notes);
        AssertNoChrome(files.Markdown);
    }

    [Fact]
    public void A_provincial_page_in_GB2312_without_styles_gives_its_document_and_says_what_it_guessed()
    {
        var bytes = File.ReadAllBytes(Data("province-notice-gb2312.html"));
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes)); // really not UTF-8
        var expected = IntakeTestFiles.LoadMarkdown(File.ReadAllText(Data("province-notice.md")), "01-jzbf-2025-12");
        var (added, files, _) = IntakeTestFiles.AddAndLoad(Data("province-notice-gb2312.html"), "01-jzbf-2025-12");
        WordIntakeTests.AssertSameDocument(expected, added, files.Markdown);
        // The title and the 文号 came from the page's details, the heading levels from numbering alone: all on the review list.
        Assert.Equal(["GP7101", "GP7109", "GP7121", "GP7121"], files.Notes.Select(n => n.Code).Order());
        AssertNoChrome(files.Markdown);
    }

    [Fact]
    public void The_same_page_in_GB18030_and_UTF8_gives_the_same_document()
    {
        var utf8 = File.ReadAllText(Data("city-notice-utf8.html"));
        var dir = IntakeTestFiles.TempDirectory("html");
        try
        {
            var gb = utf8.Replace("charset=UTF-8", "charset=GB18030", StringComparison.Ordinal);
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var path = IntakeTestFiles.Write(dir, "gb.html", Encoding.GetEncoding(54936).GetBytes(gb));
            var a = IntakeTestFiles.AddAndLoad(Data("city-notice-utf8.html"), "01-a");
            var b = IntakeTestFiles.AddAndLoad(path, "01-a");
            Assert.Equal(IntakeTestFiles.Fields(a.Document), IntakeTestFiles.Fields(b.Document));
            Assert.Equal(IntakeTestFiles.BodyBlocks(a.Document), IntakeTestFiles.BodyBlocks(b.Document));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void AssertNoChrome(string markdown)
    {
        foreach (var chrome in new[] { "首页", "当前位置", "索引号", "分享到", "打印本页", "关闭窗口", "网站标识码", "ICP", "字号", "主办：", "相关解读", "无障碍" })
            Assert.DoesNotContain(chrome, markdown);
    }
}
