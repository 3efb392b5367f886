using System.Text.RegularExpressions;
using GazettePress.Content.Loading;
using GazettePress.Importing;

namespace GazettePress.Publishing.Tests.Importing;

/// <summary>
/// Gazettes of other structures, written for these tests after the layouts of real district, county and
/// city gazettes and government web pages (tests/data/import-district): a quarterly district edition
/// with 【区政府文件】【区政府办公室文件】【部门文件】, 文号 such as 城区政发〔2024〕3号 and a TOC without page
/// numbers whose 文号 stand on their own lines; a bimonthly county edition with a county government
/// order, TAB-separated TOC entries, a notice without 文号 dated in Chinese numerals, two issuers on one
/// line and a stray glyph at a TOC wrap; a monthly city edition of another converter (Markdown headings,
/// bold, [] section labels, dot leaders, 办公厅 issuers, a 批复 addressed to one department). For each: the
/// imported 文号 list, the issue's numbers and date, every signature date, and a clean load.
/// </summary>
public sealed class DistrictGazetteTests
{
    public static TheoryData<string, string[], string, string[], string[]> Issues => new()
    {
        {
            "chengqu-2024-1.txt",
            ["区政府文件", "区政府办公室文件", "部门文件"],
            "year: 2024\nnumber: 1\ncumulative: 57\npublished: 2024-03-29\n",
            ["城区政发〔2024〕3号", "城区政发〔2024〕5号", "城区政办发〔2024〕2号", "城区政办发〔2024〕7号", "城区教发〔2024〕4号"],
            ["2024-01-26", "2024-02-06", "2024-03-05", "2024-03-18", "2024-03-22"]
        },
        {
            "qingshan-2024-2.txt",
            ["县政府令", "县政府文件", "县政府办公室文件", "部门文件"],
            "year: 2024\nnumber: 2\ncumulative: 38\npublished: 2024-04-30\n",
            ["青山县人民政府令第3号", "青政发〔2024〕9号", "", "青政办发〔2024〕16号", "青财农〔2024〕6号"],
            ["2024-03-08", "2024-03-12", "2024-03-20", "2024-04-02", "2024-04-15"]
        },
        {
            "hecheng-2024-5.txt",
            ["市政府令", "市政府文件", "市政府办公厅文件"],
            "year: 2024\nnumber: 5\ncumulative: 215\npublished: 2024-05-31\n",
            ["河城市人民政府令第12号", "河政发〔2024〕11号", "河政发〔2024〕14号", "河政办发〔2024〕33号", "河政办函〔2024〕40号"],
            ["2024-04-16", "2024-04-22", "2024-05-06", "2024-05-14", "2024-05-20"]
        },
    };

    [Theory]
    [MemberData(nameof(Issues))]
    public void Doc_numbers_issue_numbers_and_every_signature_date_are_imported(string file, string[] sections, string numbers, string[] docNumbers, string[] dates)
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "tests", "data", "import-district", file));
        var result = TestFiles.Import(text, file);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(docNumbers.Length, result.DocumentCount);
        Assert.Equal(docNumbers.Length, result.TocEntryCount);
        Assert.Equal(0, result.MissingTextCount);
        var yaml = result.Files["issue.yaml"];
        Assert.Contains(numbers, yaml);
        Assert.DoesNotContain("#", yaml.Split('\n', 2)[1]); // no value marked as unreadable
        Assert.Equal(sections, Regex.Matches(yaml, @"^  - title: (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray());

        var docs = result.Files.Where(f => f.Key.StartsWith("docs/", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value).ToList();
        Assert.Equal(docNumbers, docs.Select(d => Field(d, "doc_number")).ToArray());
        // A government order carries its date in the signature block of its body; every other document in its front matter.
        Assert.Equal(dates, docs.Select(d => Field(d, "  date") is { Length: > 0 } date ? date : OrderDate(d)).ToArray());
        Assert.DoesNotContain("no signature date found", result.Review);
        Assert.DoesNotContain("is not in the TOC", result.Review);

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
    public void Label_value_lines_of_the_district_plan_are_joined_back()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "tests", "data", "import-district", "chengqu-2024-1.txt"));
        var result = TestFiles.Import(text, "chengqu-2024-1.txt");
        var plan = result.Files.Single(f => f.Key.EndsWith("-cqzbf-2024-7.md", StringComparison.Ordinal)).Value;
        Assert.Contains("副组长：区住建局局长、区财政局局长", plan);
        Assert.Contains("成员单位：区发改局、区住建局、区财政局、区自然资源局、各街道办事处", plan);
        Assert.Contains("责任单位：区卫健局、各街道办事处", result.Files.Single(f => f.Key.EndsWith("-cqzf-2024-3.md", StringComparison.Ordinal)).Value);
        Assert.Contains("the value of 成员单位 ran over 2 lines; joined into one", result.Review);
    }

    [Fact]
    public void Two_issuers_on_the_line_above_the_subject_share_the_first_title_line()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "tests", "data", "import-district", "qingshan-2024-2.txt"));
        var joint = TestFiles.Import(text, "qingshan-2024-2.txt").Files.Single(f => f.Key.EndsWith("-cn-2024-6.md", StringComparison.Ordinal)).Value;
        Assert.Contains("title:\n  - 青山县财政局　青山县农业农村局\n  - 关于印发青山县农业生产发展资金管理办法的通知\n", joint);
        Assert.Contains("  issuers: [青山县财政局, 青山县农业农村局]\n  date: 2024-04-15\n", joint);
    }

    private static string Field(string markdown, string key) =>
        Regex.Match(markdown, $@"^{key}: (.+)$", RegexOptions.Multiline).Groups[1].Value;

    private static string OrderDate(string markdown)
    {
        var m = Regex.Match(markdown, @"::: signature\n(?:.*\n)*?(\d{4})年(\d{1,2})月(\d{1,2})日\n:::");
        return m.Success ? $"{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value):00}-{int.Parse(m.Groups[3].Value):00}" : "";
    }
}
