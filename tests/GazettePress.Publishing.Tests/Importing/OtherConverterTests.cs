using GazettePress.Content.Loading;
using GazettePress.Importing;

namespace GazettePress.Publishing.Tests.Importing;

/// <summary>
/// An issue extracted by a different converter: tab-separated TOC lines, ASCII quotes, no blank
/// lines between paragraphs, a title over two lines, a signature glued to the last sentence, a date
/// glued to the issuer, [] and () year brackets in 文号.
/// </summary>
public sealed class OtherConverterTests
{
    private const string Text =
        "晋城市人民政府公报\n" +
        "JINCHENGSHI RENMIN ZHENGFU GONGBAO\n" +
        "2026年第1期 总第295期\n" +
        "晋城市人民政府办公室主办\n" +
        "2026年2月28日出版(双月刊)\n" +
        "目　录\n" +
        "【市政府文件】\n" +
        "晋城市人民政府关于加强\"城市书房\"建设的通知\t晋市政发〔2026〕2号\t2\n" +
        "【市政府办公室文件】\n" +
        "晋城市人民政府办公室关于印发晋城市阅读推广工作方案的通知\t晋市政办(2026)5号\t4\n" +
        "\n" +
        "晋城市人民政府\n" +
        "关于加强\"城市书房\"建设的通知\n" +
        "晋市政发[2026]2号\n" +
        "各县(市、区)人民政府,市人民政府各委、办、局:\n" +
        "为推进\"城市书房\"建设,现就有关事项通知如下:\n" +
        "一、总体要求\n" +
        "到2026年底,建成\"城市书房\"20个,开放时间不少于每天10小时。\n" +
        "二、保障措施\n" +
        "各县(市、区)要加强组织领导,确保工作落实。晋城市人民政府\n" +
        "2026年1月10日\n" +
        "(此件公开发布)\n" +
        "晋城市人民政府办公室\n" +
        "关于印发晋城市阅读推广工作方案的通知\n" +
        "晋市政办(2026)5号\n" +
        "各县(市、区)人民政府,市人民政府各委、办、局:\n" +
        "《晋城市阅读推广工作方案》已经市人民政府同意,现印发给你们,请认真贯彻执行。\n" +
        "晋城市人民政府办公室 2026年2月3日\n" +
        "(此件公开发布)\n" +
        "晋城市阅读推广工作方案\n" +
        "一、工作目标\n" +
        "全年举办阅读活动100场。\n" +
        "咨询单位:晋城市文化和旅游局\n" +
        "政策咨询电话:2020000\n" +
        "政策解读\n" +
        "主办单位:晋城市人民政府办公室\n" +
        "编辑出版:晋城市人民政府政务公开协调服务中心\n" +
        "电 话:(0356)2198496\n";

    [Fact]
    public void Issue_from_another_converter_imports_correctly()
    {
        var result = TestFiles.Import(Text, "other.txt");
        Assert.Empty(result.Errors);

        var first = result.Files["docs/01-jszf-2026-2.md"];
        Assert.Contains("title:\n  - 晋城市人民政府\n  - 关于加强“城市书房”建设的通知\n", first);
        Assert.Contains("doc_number: 晋市政发〔2026〕2号\n", first);
        Assert.Contains("addressee: 各县（市、区）人民政府，市人民政府各委、办、局：\n", first);
        Assert.Contains("  issuers: [晋城市人民政府]\n  date: 2026-01-10\n", first);
        Assert.Contains("## 一、总体要求\n\n到2026年底，建成“城市书房”20个，开放时间不少于每天10小时。\n", first);
        Assert.Contains("各县（市、区）要加强组织领导，确保工作落实。\n", first);
        Assert.DoesNotContain("落实。晋城市人民政府", first);

        var second = result.Files["docs/02-jszb-2026-5.md"];
        Assert.Contains("doc_number: 晋市政办〔2026〕5号\n", second);
        Assert.Contains("  issuers: [晋城市人民政府办公室]\n  date: 2026-02-03\n", second);
        Assert.Contains("# 晋城市阅读推广工作方案\n\n## 一、工作目标\n\n全年举办阅读活动100场。\n", second);
        Assert.Contains("  - { label: 咨询单位, value: 晋城市文化和旅游局 }\n", second);
        Assert.Contains("  caption: 政策解读\n", second);

        Assert.Contains("glued to the last sentence", result.Review);
        Assert.Contains("date was glued", result.Review);
    }

    [Fact]
    public void Issue_from_another_converter_passes_the_loader()
    {
        var dir = TestFiles.TempDir();
        try
        {
            var result = TestFiles.Import(Text, "other.txt");
            var outDir = Path.Combine(dir, "issue");
            IssueFolderOutput.Write(outDir, result.Files, force: false);
            Assert.Empty(TestFiles.NotReviewNotes(IssueLoader.Load(outDir)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A third style: TOC entry split by a blank line, a document without 文号, 文号 in brackets, no 主办 line.</summary>
    private const string ThirdStyle =
        "某某市人民政府公报\n\n2025\n\n第3期（总第100期）\n\n2025年6月30日出版（月刊）\n\n目  录\n\n[市政府文件]\n\n" +
        "某某市人民政府关于公布某某名录的公告\n..........(1)\n\n" +
        "某某市人民政府办公室关于做好某某工作的通知\n\n（某市政办〔2025〕7号）（3）\n\n" +
        "某某市人民政府\n关于公布某某名录的公告\n\n现将某某名录予以公布。\n\n某某市人民政府\n\n2025年6月1日\n\n" +
        "某某市人民政府办公室\n关于做好某某工作的通知\n\n（某市政办〔2025〕7号）\n\n各区人民政府：\n\n请认真做好某某工作。\n\n" +
        "某某市人民政府办公室\n\n2025年6月2日\n\n" +
        "主办单位：某某市人民政府办公室\n电话：12345\n网址：http://example.gov.cn/\n";

    [Fact]
    public void Documents_without_doc_number_and_split_toc_entries_are_found()
    {
        var result = TestFiles.Import(ThirdStyle, "third.txt");
        Assert.Empty(result.Errors);

        var notice = result.Files["docs/01-doc.md"];
        Assert.Contains("kind: 公告\n", notice);
        Assert.DoesNotContain("doc_number", notice);
        Assert.Contains("title:\n  - 某某市人民政府\n  - 关于公布某某名录的公告\n", notice);
        Assert.Contains("  issuers: [某某市人民政府]\n  date: 2025-06-01\n", notice);
        Assert.Contains("现将某某名录予以公布。", notice);

        var second = result.Files["docs/02-szb-2025-7.md"];
        Assert.Contains("doc_number: 某市政办〔2025〕7号\n", second);
        Assert.Contains("addressee: 各区人民政府：\n", second);
        Assert.Contains("  sponsor: 某某市人民政府办公室\n", result.Files["issue.yaml"]);
        Assert.Contains("  frequency: 月刊\n", result.Files["issue.yaml"]);

        var dir = TestFiles.TempDir();
        try
        {
            IssueFolderOutput.Write(Path.Combine(dir, "issue"), result.Files, force: false);
            Assert.Empty(TestFiles.NotReviewNotes(IssueLoader.Load(Path.Combine(dir, "issue"))));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Doc_number_printed_above_the_title_is_understood()
    {
        var text = Text.Replace(
            "晋城市人民政府办公室\n关于印发晋城市阅读推广工作方案的通知\n晋市政办(2026)5号\n",
            "晋市政办(2026)5号\n晋城市人民政府办公室\n关于印发晋城市阅读推广工作方案的通知\n");
        Assert.NotEqual(Text, text);
        var result = TestFiles.Import(text, "other.txt");

        Assert.Empty(result.Errors);
        var second = result.Files["docs/02-jszb-2026-5.md"];
        Assert.Contains("title:\n  - 晋城市人民政府办公室\n  - 关于印发晋城市阅读推广工作方案的通知\n", second);
        Assert.Contains("addressee: 各县（市、区）人民政府，市人民政府各委、办、局：\n", second);
        Assert.DoesNotContain("5号", result.Files["docs/01-jszf-2026-2.md"]);
    }

    [Fact]
    public void Running_heads_and_folios_inside_the_text_are_removed()
    {
        var clean = File.ReadAllLines(TestFiles.Corpus("000")).ToList();
        var noisy = clean.ToList();
        // Inside a paragraph split by a page break (lines 85/87), and between two TOC entries (after line 44).
        noisy.InsertRange(86, ["·3·", "", "晋城市人民政府公报 2025年第6期", ""]);
        noisy.InsertRange(44, ["- 12 -", ""]);

        var expected = TestFiles.Import(string.Join("\n", clean), "000");
        var actual = TestFiles.Import(string.Join("\n", noisy), "000");

        Assert.Empty(actual.Errors);
        Assert.Equal(expected.Files.Where(f => f.Key != "review.md").Select(f => TestFiles.WithoutReview(f.Value)),
            actual.Files.Where(f => f.Key != "review.md").Select(f => TestFiles.WithoutReview(f.Value)));
        Assert.Contains("removed 3 running heads and page numbers", actual.Review);
    }

    [Fact]
    public void Misread_doc_number_in_the_text_is_reported_and_the_toc_number_kept()
    {
        var text = Text.Replace("晋市政发[2026]2号\n", "晋市政发[2O26]2号\n");
        Assert.NotEqual(Text, text);
        var result = TestFiles.Import(text, "other.txt");

        Assert.Empty(result.Errors);
        var first = result.Files["docs/01-jszf-2026-2.md"];
        Assert.Contains("doc_number: 晋市政发〔2026〕2号\n", first);
        Assert.Contains("title:\n  - 晋城市人民政府\n  - 关于加强“城市书房”建设的通知\n", first);
        Assert.Contains("addressee: 各县（市、区）人民政府，市人民政府各委、办、局：\n", first);
        Assert.Contains("had letters read for digits; repaired to 晋市政发〔2026〕2号", result.Review);
    }

    [Fact]
    public void Doc_number_misread_by_one_character_beside_a_misread_title_is_still_found()
    {
        var text = Text.Replace("晋市政发[2026]2号\n", "晋市政友[2026]2号\n")
            .Replace("关于加强\"城市书房\"建设的通知\n晋市政友", "关于加强\"城市书坊\"建设的通知\n晋市政友");
        Assert.Contains("书坊", text);
        var result = TestFiles.Import(text, "other.txt");

        Assert.Empty(result.Errors);
        var first = result.Files["docs/01-jszf-2026-2.md"];
        Assert.Contains("doc_number: 晋市政发〔2026〕2号\n", first);
        Assert.Contains("  - 关于加强“城市书坊”建设的通知\n", first);
        Assert.Contains("differs from the TOC's 晋市政发〔2026〕2号", result.Review);
        Assert.Contains("differs from the TOC «", result.Review);
    }

    [Fact]
    public void An_opening_sentence_ending_in_a_colon_is_not_taken_for_the_addressee()
    {
        var text = ThirdStyle.Replace("现将某某名录予以公布。", "现将有关事项公告如下：\n\n一、某某名录自公布之日起施行。");
        var result = TestFiles.Import(text, "third.txt");

        Assert.Empty(result.Errors);
        var notice = result.Files["docs/01-doc.md"];
        Assert.DoesNotContain("addressee", notice);
        Assert.Contains("---\n现将有关事项公告如下：\n", notice);
    }
}
