using System.Text.RegularExpressions;
using GazettePress.Importing;

namespace GazettePress.Publishing.Tests.Importing;

/// <summary>
/// Importing each corpus issue yields exactly the documents of its printed TOC, in TOC order, each
/// with its 文号 in normalised printed form. The expected lists were read by eye from the corpus TOCs.
/// </summary>
public sealed class CorpusImportTests
{
    public static TheoryData<string, string[], string[]> Issues => new()
    {
        {
            "000",
            ["市政府文件", "市政府办公室文件", "市政府部门规范性文件"],
            [
                "市政府文件|晋市政发〔2025〕11号",
                "市政府办公室文件|晋市政办〔2025〕22号", "市政府办公室文件|晋市政办〔2025〕23号",
                "市政府办公室文件|晋市政办〔2025〕24号", "市政府办公室文件|晋市政办〔2025〕25号",
                "市政府部门规范性文件|晋市公通字〔2025〕33号", "市政府部门规范性文件|晋市公通字〔2025〕30号",
            ]
        },
        {
            "001",
            ["市政府令", "市政府文件", "市政府办公室文件"],
            [
                "市政府令|晋城市人民政府令第5号",
                "市政府文件|晋市政发〔2023〕1号", "市政府文件|晋市政发〔2023〕3号",
                "市政府办公室文件|晋市政办〔2023〕1号", "市政府办公室文件|晋市政办〔2023〕3号",
                "市政府办公室文件|晋市政办〔2023〕4号", "市政府办公室文件|晋市政办〔2023〕5号",
                "市政府办公室文件|晋市政办〔2023〕6号", "市政府办公室文件|晋市政办〔2023〕7号",
                "市政府办公室文件|晋市政办〔2023〕8号", "市政府办公室文件|晋市政办〔2023〕9号",
                "市政府办公室文件|晋市政办〔2023〕10号", "市政府办公室文件|晋市政办〔2023〕11号",
                "市政府办公室文件|晋市政办〔2023〕12号",
            ]
        },
        {
            "003",
            ["市政府办公室文件", "市政府部门规范性文件"],
            [
                "市政府办公室文件|晋市政办〔2024〕31号", "市政府办公室文件|晋市政办〔2024〕38号",
                "市政府办公室文件|晋市政办〔2024〕39号", "市政府办公室文件|晋市政办〔2024〕42号",
                "市政府办公室文件|晋市政办〔2024〕43号", "市政府办公室文件|晋市政办〔2025〕3号",
                "市政府部门规范性文件|晋市发改规发〔2024〕1号", "市政府部门规范性文件|晋市发改规发〔2024〕2号",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Issues))]
    public void Import_yields_the_toc_documents_in_order_with_their_doc_numbers(string corpus, string[] sections, string[] documents)
    {
        var result = TestFiles.Import(File.ReadAllText(TestFiles.Corpus(corpus)), corpus);

        Assert.Empty(result.Errors);
        var listed = ListedDocuments(result.Files["issue.yaml"]);
        Assert.Equal(sections, listed.Select(d => d.Section).Distinct().ToArray());
        var actual = listed.Select(d => $"{d.Section}|{Field(result.Files[$"docs/{d.Id}.md"], "doc_number")}").ToArray();
        Assert.Equal(documents, actual);
        Assert.Equal(documents.Length, result.Files.Keys.Count(k => k.StartsWith("docs/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Masthead_and_first_document_of_the_default_sample_are_recovered()
    {
        var result = TestFiles.Import(File.ReadAllText(TestFiles.Corpus("000")), "000");
        var yaml = result.Files["issue.yaml"];

        Assert.Contains("  title: 晋城市人民政府公报\n", yaml);
        Assert.Contains("  pinyin: JINCHENGSHI RENMIN ZHENGFU GONGBAO\n", yaml);
        Assert.Contains("  sponsor: 晋城市人民政府办公室\n", yaml);
        Assert.Contains("  frequency: 双月刊\n", yaml);
        Assert.Contains("year: 2025\nnumber: 6\ncumulative: 294\npublished: 2025-12-28\n", yaml);
        var first = result.Files["docs/01-jszf-2025-11.md"];
        Assert.Contains("title:\n  - 晋城市人民政府　晋城军分区\n  - 关于印发晋城市基干民兵优待和权益保障\n  - 实施细则的通知\n", first);
        Assert.Contains("  issuers: [晋城市人民政府, 晋城军分区]\n  date: 2025-11-14\n", first);
        Assert.Contains("publicity: （此件公开发布）\n", first);
        Assert.Contains("## 第一章　总则\n", first); // letter-spacing is display (BOARD: title markup), never text
        Assert.Contains("**第一条**　为规范和加强", first);
        Assert.Contains("**第四条**　参加军事训练、比武竞赛或者执行军事任务期间", first); // page break repaired
        Assert.Contains("  caption: 政策解读\n", first);
        Assert.Contains("placeholder: { width_mm: 20, height_mm: 20 }", first);
        var last = result.Files["docs/07-jsgtz-2025-30.md"];
        Assert.Contains("registration: JCBG-2025-0001\n", last);
        Assert.Contains("  issuers: [晋城市公安局, 晋城市发展和改革委员会, 晋城市市场监督管理局, 晋城市人力资源和社会保障局]\n", last);
        Assert.Contains("  - { title: 《保安服务企业信用评价指标及评分细则（试行）》, online_only: true }\n", last);
        Assert.Contains("back_cover:\n  text: 丁巳年夏月 王維詩一首\n", yaml);
    }

    [Fact]
    public void Order_document_registration_codes_and_interleaved_colophon_are_recovered()
    {
        var order = TestFiles.Import(File.ReadAllText(TestFiles.Corpus("001")), "001").Files["docs/01-ling-5.md"];
        Assert.Contains("kind: 令\n", order);
        // 政府令: the signature stands between the preamble and the articles, so it is in the body.
        Assert.DoesNotContain("signature:", order);
        Assert.Contains("现予公布，自2023年4月1日起施行。\n\n::: signature\n市长　薛明耀\n2023年2月10日\n:::\n\n**第一条**　", order);

        var result = TestFiles.Import(File.ReadAllText(TestFiles.Corpus("003")), "003");
        Assert.Contains("registration: JCZG-01-2024-0007\n", result.Files["docs/01-jszb-2024-31.md"]);
        var labels = Regex.Matches(result.Files["issue.yaml"], @"\{ label: (\S+),").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(["主办单位", "编辑出版", "地址", "邮编", "定价", "电话", "网址", "电子邮箱", "印刷"], labels);
        Assert.Contains("value: 市区凤台西街289号市政府办公楼1102室", result.Files["issue.yaml"]);
        Assert.Contains("colophon looked read across two columns", result.Review);
    }

    [Fact]
    public void Order_signed_on_one_line_with_its_date_keeps_its_signature()
    {
        var text = File.ReadAllText(TestFiles.Corpus("001"));
        var glued = text.Replace("市长 薛明耀\n\n2023年2月10日\n", "市长 薛明耀 2023年2月10日\n");
        Assert.NotEqual(text, glued);
        var result = TestFiles.Import(glued, "001");
        var order = result.Files["docs/01-ling-5.md"];
        Assert.Contains("现予公布，自2023年4月1日起施行。\n\n::: signature\n市长　薛明耀\n2023年2月10日\n:::\n", order);
        Assert.Contains("signature date was glued to the line before it", result.Review);
        Assert.DoesNotContain("no signature date found", result.Review);
    }

    [Fact]
    public void Same_input_gives_identical_output()
    {
        var text = File.ReadAllText(TestFiles.Corpus("003"));
        var a = TestFiles.Import(text, "003");
        var b = TestFiles.Import(text, "003");
        Assert.Equal(a.Files, b.Files);
        Assert.Equal(a.Review, b.Review);
    }

    private static List<(string Section, string Id)> ListedDocuments(string yaml)
    {
        var result = new List<(string, string)>();
        var section = "";
        foreach (var line in yaml.Split('\n'))
        {
            var title = Regex.Match(line, @"^  - title: (.+)$");
            if (title.Success) section = title.Groups[1].Value;
            var docs = Regex.Match(line, @"^    documents: \[(.*)\]$");
            if (docs.Success)
                result.AddRange(docs.Groups[1].Value.Split(", ").Select(id => (section, id)));
        }
        return result;
    }

    private static string Field(string markdown, string key) =>
        Regex.Match(markdown, $@"^{key}: (.+)$", RegexOptions.Multiline).Groups[1].Value;
}
