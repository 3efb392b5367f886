using System.Text;
using GazettePress.Cli.Commands;
using GazettePress.Content.Loading;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Intake;

/// <summary>
/// The editor's loop on the command line: new from the previous issue, add Word files, web pages
/// and text files, and the issue checks clean except for the review notes. Writes are all or nothing;
/// issue.yaml keeps the editor's comments; nothing is overwritten without --force.
/// </summary>
public sealed class NewAndAddCommandTests : IDisposable
{
    private readonly string _dir = IntakeTestFiles.TempDirectory("cli");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run([.. args, "--lang", "zh"], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Sample(string name) => Path.Combine(TestIssues.RepoRoot, "samples", name);

    private string NewIssue()
    {
        var issue = Path.Combine(_dir, "2026-01");
        var (code, output, error) = Run("new", issue, "--like", Sample("jincheng-2025-06"));
        Assert.True(code == 0, output + error);
        return issue;
    }

    [Fact]
    public void New_moves_the_numbers_on_keeps_the_fixed_fields_and_comments_and_empties_the_sections()
    {
        var issue = NewIssue();
        var text = File.ReadAllText(Path.Combine(issue, "issue.yaml"));
        Assert.StartsWith("# Imported from extracted text", text); // the previous issue's comment is kept
        var loaded = IssueLoader.Load(issue);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var i = loaded.Issue!;
        Assert.Equal((2026, 1, 295), (i.Year, i.Number, i.Cumulative));
        Assert.Equal(new DateOnly(2026, 2, 28), i.Published);
        Assert.Equal("晋城市人民政府公报", i.Gazette.Title);
        Assert.Equal(["市政府文件", "市政府办公室文件", "市政府部门规范性文件"], i.Sections.Select(s => s.Title));
        Assert.All(i.Sections, s => Assert.Empty(s.Documents));
        Assert.Equal(9, i.Colophon.Count);
        Assert.Null(i.BackCover.Text);
        Assert.True(Directory.Exists(Path.Combine(issue, "docs")));
    }

    [Fact]
    public void New_refuses_a_folder_that_is_not_empty_and_an_issue_that_is_not_after_the_previous()
    {
        var issue = NewIssue();
        var (code, _, error) = Run("new", issue, "--like", Sample("jincheng-2025-06"));
        Assert.Equal(1, code);
        Assert.Contains("GP7020", error);
        (code, _, error) = Run("new", Path.Combine(_dir, "old"), "--like", Sample("jincheng-2025-06"), "--year", "2025", "--number", "3");
        Assert.Equal(1, code);
        Assert.Contains("GP7024", error);
        Assert.False(Directory.Exists(Path.Combine(_dir, "old")));
    }

    [Fact]
    public void Add_takes_Word_web_and_text_files_and_the_issue_checks_clean_but_for_review_notes()
    {
        var issue = NewIssue();
        var docx = IntakeTestFiles.Write(_dir, "notice.docx", OfficeNotice.Build(Formatting.Direct, HeadLayout.Table, wpsRuns: true));
        var html = Path.Combine(TestIssues.RepoRoot, "tests", "data", "intake", "province-notice-gb2312.html");
        var txt = IntakeTestFiles.Write(_dir, "order.txt", Encoding.UTF8.GetBytes("""
            晋城市人民政府办公室
            关于做好2026年元旦春节期间有关工作的通知
            晋市政办〔2025〕40号

            各县（市、区）人民政府，市人民政府各委、办、局：
                为确保全市人民群众度过欢乐祥和的节日，现就有关工作通知如下：
                一、切实做好安全生产工作
                各地各部门要深入开展安全隐患排查整治。

            晋城市人民政府办公室
            2025年12月20日
            """));
        var before = File.ReadAllText(Path.Combine(issue, "issue.yaml"));
        var (code, output, error) = Run("add", docx, html, txt, "--issue", issue);
        Assert.True(code == 0, output + error);
        Assert.Contains("已加入", output);
        Assert.Contains("GP7108", error); // the section was guessed, and said so
        Assert.Contains("已略去版头", error);

        var after = File.ReadAllText(Path.Combine(issue, "issue.yaml"));
        // Only the documents lists changed: the rest of issue.yaml is the editor's text as it was.
        Assert.Equal(Strip(before), Strip(after));
        var loaded = IssueLoader.Load(issue);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == GazettePress.Diagnostics.Severity.Error);
        // Review notes, and the sections this issue has no documents for yet.
        Assert.All(loaded.Diagnostics, d => Assert.Contains(d.Code, new[] { "GP1050", "GP1020", "GP1105" }));
        Assert.Contains(loaded.Diagnostics, d => d.Code == "GP1050");
        Assert.Equal(3, loaded.Issue!.Documents.Count());
        Assert.Equal(["01-jszb-2025-31", "02-jzbf-2025-12", "03-jszb-2025-40"], loaded.Issue.Documents.Select(d => d.Id).Order());
    }

    private static string Strip(string yaml) =>
        System.Text.RegularExpressions.Regex.Replace(yaml, @"documents: \[[^\]]*\]", "documents: []");

    [Fact]
    public void A_file_that_fails_means_nothing_is_written_at_all()
    {
        var issue = NewIssue();
        var good = IntakeTestFiles.Write(_dir, "good.docx", OfficeNotice.Build(Formatting.Styles, HeadLayout.Paragraphs, false));
        var broken = IntakeTestFiles.Write(_dir, "broken.docx", Encoding.UTF8.GetBytes("PK\u0003\u0004 this is not a Word file"));
        var old = IntakeTestFiles.Write(_dir, "old.doc", [0xD0, 0xCF, 0x11, 0xE0]);
        var yaml = File.ReadAllBytes(Path.Combine(issue, "issue.yaml"));
        var (code, _, error) = Run("add", good, broken, old, Path.Combine(_dir, "missing.docx"), "--issue", issue);
        Assert.Equal(1, code);
        Assert.Contains("GP7003", error);
        Assert.Contains("GP7002", error);
        Assert.Contains("GP7001", error);
        Assert.Contains("什么也没有写", error);
        Assert.Equal(yaml, File.ReadAllBytes(Path.Combine(issue, "issue.yaml")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(issue, "docs")));
        Assert.DoesNotContain(Directory.EnumerateFiles(issue, "*", SearchOption.AllDirectories), f => f.Contains(".gp-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_document_is_not_added_twice_without_force_and_force_replaces_it_in_place()
    {
        var issue = NewIssue();
        var docx = IntakeTestFiles.Write(_dir, "n.docx", OfficeNotice.Build(Formatting.Direct, HeadLayout.Paragraphs, false));
        Assert.Equal(0, Run("add", docx, "--issue", issue, "--section", "市政府办公室文件").Code);
        var path = Path.Combine(issue, "docs", "01-jszb-2025-31.md");
        File.AppendAllText(path, "\n编辑加的一段。\n");
        var (code, _, error) = Run("add", docx, "--issue", issue);
        Assert.Equal(1, code);
        Assert.Contains("GP7005", error);
        Assert.Contains("编辑加的一段", File.ReadAllText(path));
        (code, var output, error) = Run("add", docx, "--issue", issue, "--force");
        Assert.True(code == 0, output + error);
        Assert.Contains("已替换", output);
        Assert.DoesNotContain("编辑加的一段", File.ReadAllText(path));
        var loaded = IssueLoader.Load(issue);
        Assert.Equal(["01-jszb-2025-31"], loaded.Issue!.Documents.Select(d => d.Id));
        // Given with --section, the section is not a guess.
        Assert.DoesNotContain(loaded.Issue.Documents.Single().ReviewNotes, n => n.Contains("栏目"));
    }

    [Fact]
    public void An_unknown_section_is_refused_with_the_sections_there_are()
    {
        var issue = NewIssue();
        var docx = IntakeTestFiles.Write(_dir, "n.docx", OfficeNotice.Build(Formatting.Direct, HeadLayout.None, false));
        var (code, _, error) = Run("add", docx, "--issue", issue, "--section", "市长令");
        Assert.Equal(1, code);
        Assert.Contains("GP7006", error);
        Assert.Contains("市政府办公室文件", error);
    }
}
