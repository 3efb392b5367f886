using System.Text.RegularExpressions;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using GazettePress.Layout.Fonts;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Hardening;

/// <summary>
/// Regression tests for what build rejected (or crashed on) while check was clean: each is now
/// rejected by check at the editor's own file and line, or builds.
/// </summary>
public sealed partial class CheckBuildAgreementTests
{
    private static readonly Lazy<FontRegistry> Fonts = new(() => FontRegistry.LoadDirectory(Path.Combine(TestIssues.RepoRoot, "fonts")));

    private sealed class Coverage : ICharacterCoverage
    {
        public bool CanDraw(int codePoint) => Fonts.Value.CanDraw(codePoint);
    }

    private static IssueCopy Mini() => new("tests/data/issues/mini-2025-06");

    private static Diagnostic CheckError(IssueCopy issue, string code)
    {
        var errors = IssueLoader.Load(issue.Directory, new Coverage()).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var error = errors.FirstOrDefault(d => d.Code == code);
        Assert.True(error is not null, $"expected {code}, got: {string.Join(" | ", errors.Select(e => e.Format(Language.English)))}");
        return error;
    }

    private static BuildResult Build(IssueCopy issue) =>
        BuildPipeline.Run(new BuildOptions(issue.Directory, Path.Combine(issue.Root, "out"), TestIssues.TemplatesDirectory,
            Path.Combine(TestIssues.RepoRoot, "fonts")), write: false);

    private static string Line(IssueCopy issue, string file, int line) => issue.Read(file).Split('\n')[line - 1];

    [Theory]
    [InlineData('\u0000', "body")]
    [InlineData('\uFEFF', "body")]
    [InlineData('\uFFFD', "body")]
    [InlineData('\u0008', "title")]
    [InlineData('\uFEFF', "title")]
    public void Unprintable_characters_are_reported_at_the_editors_line(char character, string where)
    {
        using var issue = Mini();
        var document = issue.FirstDocument;
        if (where == "body") issue.AppendToBody(document, $"测试{character}测试。");
        else issue.Edit(document, t => TitleLine().Replace(t, $"title:\n  - 测{character}试\n", 1));
        var error = CheckError(issue, "GP1075");
        Assert.EndsWith(document, error.Location.File);
        Assert.Contains(character, Line(issue, document, error.Location.Line));
        Assert.Contains($"U+{(int)character:X4}", error.Render(Language.English).Message);
    }

    [Theory]
    [InlineData("&#1114112;", "FFFD")]
    [InlineData("&#0;", "FFFD")]
    [InlineData("&#xD800;", "FFFD")]
    [InlineData("&#x1F600;", "1F600")]
    public void A_character_reference_to_what_cannot_be_printed_is_reported_at_the_reference(string reference, string codePoint)
    {
        using var issue = Mini();
        var document = issue.FirstDocument;
        issue.AppendToBody(document, $"测试{reference}测试。");
        var error = CheckError(issue, "GP1086");
        Assert.EndsWith(document, error.Location.File);
        Assert.Equal(Line(issue, document, error.Location.Line).IndexOf(reference, StringComparison.Ordinal) + 1, error.Location.Column);
        Assert.Contains($"U+{codePoint}", error.Render(Language.English).Message);
        Assert.NotEqual(0, Build(issue).ExitCode);
    }

    [Fact]
    public void Character_references_to_printable_characters_and_references_in_code_pass()
    {
        using var issue = Mini();
        issue.AppendToBody(issue.FirstDocument, "甲&#x4E00;乙&amp;丙&nbsp;丁 `&#0;` 戊。");
        Assert.DoesNotContain(IssueLoader.Load(issue.Directory, new Coverage()).Diagnostics, d => d.Code == "GP1086");
    }

    [Fact]
    public void A_text_file_named_png_is_not_a_picture()
    {
        using var issue = Mini();
        issue.Write("images/figure.png", "这不是图片");
        issue.AppendToBody(issue.FirstDocument, "![图](images/figure.png)");
        Assert.EndsWith(issue.FirstDocument, CheckError(issue, "GP1071").Location.File);
    }

    [Fact]
    public void A_truncated_png_is_damaged()
    {
        using var issue = Mini();
        var png = IssueCopy.Png(80, 60);
        Directory.CreateDirectory(issue.PathOf("images"));
        File.WriteAllBytes(issue.PathOf("images/cut.png"), png[..(png.Length / 2)]);
        issue.AppendToBody(issue.FirstDocument, "![图](images/cut.png)");
        CheckError(issue, "GP1072");
    }

    [Theory]
    [InlineData("http://")]
    [InlineData("http://a b.cn/")]
    [InlineData("https://www.jcgov.gov.cn/{x}")]
    [InlineData("mailto:")]
    public void Web_addresses_the_epub_cannot_carry_are_reported(string url)
    {
        using var issue = Mini();
        issue.AppendToBody(issue.FirstDocument, $"见[网站](<{url}>)。");
        var error = CheckError(issue, "GP1076");
        Assert.Contains("网站", Line(issue, issue.FirstDocument, error.Location.Line));
    }

    [Fact]
    public void Document_ids_that_differ_only_in_case_are_reported_at_the_second()
    {
        using var issue = Mini();
        var id = Path.GetFileNameWithoutExtension(issue.FirstDocument);
        var upper = id.ToUpperInvariant();
        File.Copy(issue.PathOf(issue.FirstDocument), issue.PathOf($"docs/{upper}.md"));
        issue.Edit("issue.yaml", t => t.Replace($"[{id}]", $"[{id}, {upper}]", StringComparison.Ordinal));
        var error = CheckError(issue, "GP1077");
        Assert.Contains(upper, Line(issue, "issue.yaml", error.Location.Line));
    }

    [Fact]
    public void A_document_named_like_an_epub_page_is_reported()
    {
        using var issue = Mini();
        var id = Path.GetFileNameWithoutExtension(issue.FirstDocument);
        File.Move(issue.PathOf(issue.FirstDocument), issue.PathOf("docs/toc.md"));
        issue.Edit("issue.yaml", t => t.Replace(id, "toc", StringComparison.Ordinal));
        CheckError(issue, "GP1078");
    }

    [Fact]
    public void A_qr_address_too_long_for_a_qr_code_is_reported_not_thrown_at_build()
    {
        using var issue = Mini();
        issue.Edit(issue.FirstDocument, t => QrBlock().Replace(t, "qr:\n  url: http://www.jcgov.gov.cn/" + new string('a', 3000) + "\n  caption: 政策解读\n", 1));
        var error = CheckError(issue, "GP1079");
        Assert.StartsWith("  url:", Line(issue, issue.FirstDocument, error.Location.Line));
        issue.Edit("issue.yaml", t => t.Replace("edition_url: http://www.jcgov.gov.cn/", "edition_url: http://www.jcgov.gov.cn/" + new string('b', 3000), StringComparison.Ordinal));
        Assert.Contains(IssueLoader.Load(issue.Directory).Diagnostics, d => d.Code == "GP1079" && d.Location.File.EndsWith("issue.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_longer_than_a_page_is_reported()
    {
        using var issue = Mini();
        issue.Edit(issue.FirstDocument, t => TitleLine().Replace(t, "title:\n  - " + string.Concat(Enumerable.Repeat("晋城市人民政府", 40)) + "\n", 1));
        CheckError(issue, "GP1085");
    }

    [Fact]
    public void An_issue_without_pinyin_and_a_document_with_500_attachments_build()
    {
        using var issue = Mini();
        issue.Edit("issue.yaml", t => string.Join('\n', t.Split('\n').Where(l => !l.TrimStart().StartsWith("pinyin:", StringComparison.Ordinal))));
        issue.Edit(issue.FirstDocument, t => t.Replace("kind:", "attachments:\n" + string.Concat(Enumerable.Range(1, 500).Select(i => $"  - 附件名称第{i}项\n")) + "kind:", StringComparison.Ordinal));
        var result = Build(issue);
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Format(Language.English))));
    }

    [GeneratedRegex(@"title:\n(  - .*\n)+|title: .*\n")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"qr:\n(  .*\n)+")]
    private static partial Regex QrBlock();
}
