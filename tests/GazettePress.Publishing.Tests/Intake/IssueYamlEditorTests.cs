using GazettePress.Intake.Issues;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Intake;

/// <summary>issue.yaml is edited as text at the right place: comments, quoting and layout elsewhere stay as written.</summary>
public sealed class IssueYamlEditorTests
{
    private const string Issue = """
        # 本期由张三负责。
        gazette:
          title: 晋城市人民政府公报   # 刊名
          sponsor: 晋城市人民政府办公室
        year: 2025
        number: 6
        published: 2025-12-28
        sections:
          - title: 市政府文件          # 先放政府文件
            documents: [01-jszf-2025-11]
          - title: 市政府办公室文件
            documents:
              - 02-jszb-2025-22   # 停电预案
              - 03-jszb-2025-23
          - title: 市政府部门规范性文件
            documents: []
          - title: 空栏目
            documents:
        colophon:
          - { label: 电话, value: "2198496" }
        """;

    [Theory]
    [InlineData("市政府文件", "documents: [01-jszf-2025-11, 99-x-2025-1]")]
    [InlineData("【市政府文件】", "documents: [01-jszf-2025-11, 99-x-2025-1]")]
    [InlineData("市政府办公室文件", "      - 03-jszb-2025-23\n      - 99-x-2025-1\n  - title: 市政府部门规范性文件")]
    [InlineData("市政府部门规范性文件", "documents: [99-x-2025-1]\n  - title: 空栏目")]
    [InlineData("空栏目", "    documents: [99-x-2025-1]\ncolophon:")]
    [InlineData("新栏目", "    documents:\n  - title: 新栏目\n    documents: [99-x-2025-1]\ncolophon:")]
    public void A_document_is_appended_to_its_section_and_nothing_else_changes(string section, string expected)
    {
        var edited = IssueYamlEditor.AddDocument(Issue, section, "99-x-2025-1", out var problem);
        Assert.True(edited is not null, problem);
        Assert.Contains(expected, edited);
        // Everything else is unchanged: removing the addition gives back the original text.
        Assert.Equal(Issue.Replace("\r", ""), Unadd(edited!).Replace("\r", ""));
        Assert.Contains("# 停电预案", edited);
        Assert.Contains("\"2198496\"", edited);
    }

    private static string Unadd(string text) =>
        text.Replace(", 99-x-2025-1", "").Replace("[99-x-2025-1]\n  - title: 空栏目", "[]\n  - title: 空栏目")
            .Replace("\n      - 99-x-2025-1", "").Replace("\n  - title: 新栏目\n    documents: [99-x-2025-1]", "")
            .Replace("    documents: [99-x-2025-1]\ncolophon:", "    documents:\ncolophon:");

    [Fact]
    public void Values_are_replaced_or_added_in_place()
    {
        var text = IssueYamlEditor.SetTopLevel(Issue, "number", "1", "year", out _)!;
        text = IssueYamlEditor.SetTopLevel(text, "cumulative", "295", "number", out _)!;
        Assert.Contains("year: 2025\nnumber: 1\ncumulative: 295\npublished: 2025-12-28", text.Replace("\r", ""));
        text = IssueYamlEditor.ClearSectionDocuments(text, out var problem)!;
        Assert.True(text is not null, problem);
        Assert.DoesNotContain("jszb", text);
        Assert.Contains("  - title: 市政府文件          # 先放政府文件\n    documents: []", text.Replace("\r", ""));
        Assert.Contains("# 本期由张三负责。", text);
    }

    [Fact]
    public void Every_sample_issue_yaml_can_be_moved_on_and_emptied()
    {
        foreach (var sample in new[] { "jincheng-2025-06", "jincheng-2023-02", "jincheng-2025-01" })
        {
            var text = File.ReadAllText(Path.Combine(TestIssues.RepoRoot, "samples", sample, "issue.yaml"));
            string? problem = null;
            text = IssueYamlEditor.SetTopLevel(text, "year", "2026", "gazette", out problem) ?? throw new Xunit.Sdk.XunitException(sample + " year " + problem);
            text = IssueYamlEditor.SetTopLevel(text, "published", "2026-02-28", "number", out problem) ?? throw new Xunit.Sdk.XunitException(sample + " published " + problem);
            text = IssueYamlEditor.ClearSectionDocuments(text, out problem) ?? throw new Xunit.Sdk.XunitException(sample + " clear " + problem);
            text = IssueYamlEditor.RemoveTopLevel(text, "back_cover", out problem) ?? throw new Xunit.Sdk.XunitException(sample + " back " + problem + "\n" + text);
            text = IssueYamlEditor.AddDocument(text, "市政府办公室文件", "01-x-2026-1", out problem) ?? throw new Xunit.Sdk.XunitException(sample + " add " + problem + "\n" + text);
            Assert.Contains("01-x-2026-1", text);
        }
    }
}
