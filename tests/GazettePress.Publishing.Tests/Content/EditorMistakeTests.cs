using GazettePress.Content.Loading;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Tests.Content;

/// <summary>
/// The mistakes a new editor makes — a key typo, a wrong date, a missing or unlisted document, a
/// broken image — each give a Chinese message at the editor's own file and line, with the fix.
/// </summary>
public class EditorMistakeTests
{
    private static IReadOnlyList<Diagnostic> Load(Func<TempIssue, TempIssue> change)
    {
        using var dir = change(new TempIssue().WriteValid());
        return IssueLoader.Load(dir.Directory).Diagnostics;
    }

    private static string Notice(string from, string to) => SampleContent.Notice.Replace(from, to, StringComparison.Ordinal);

    [Fact]
    public void A_signature_dated_after_publication_warns_at_the_date()
    {
        var d = Assert.Single(Load(i => i.Write("docs/01-jsf-2025-11.md", Notice("date: 2025-11-14", "date: 2026-01-14").Replace("〔2025〕11号", "〔2026〕11号", StringComparison.Ordinal))));

        Assert.Equal(("GP1100", Severity.Warning, 12), (d.Code, d.Severity, d.Location.Line));
        Assert.Equal("成文日期 2026年1月14日 晚于本期的出版日期 2025年12月28日", d.Render(Language.Chinese).Message);
    }

    [Fact]
    public void A_doc_number_year_that_differs_from_the_date_warns_at_the_doc_number()
    {
        var d = Assert.Single(Load(i => i.Write("docs/01-jsf-2025-11.md", Notice("〔2025〕11号", "〔2024〕11号"))));

        Assert.Equal(("GP1101", 8), (d.Code, d.Location.Line));
        Assert.Equal("文号的年份 2024 与成文日期 2025年11月14日 的年份不一致", d.Render(Language.Chinese).Message);
    }

    [Fact]
    public void A_doc_number_from_a_later_year_without_a_date_warns()
    {
        var d = Assert.Single(Load(i => i.Write("docs/01-jsf-2025-11.md", Notice("〔2025〕11号", "〔2027〕11号").Replace("signature:\n  issuers: [晋城市人民政府, 晋城军分区]\n  date: 2025-11-14\n", "", StringComparison.Ordinal))));

        Assert.Equal(("GP1102", 8), (d.Code, d.Location.Line));
    }

    [Fact]
    public void A_publication_date_outside_the_issue_year_warns()
    {
        var d = Assert.Single(Load(i => i.Write("issue.yaml", SampleContent.IssueYaml.Replace("published: 2025-12-28", "published: 2024-12-28", StringComparison.Ordinal))));

        Assert.Equal(("GP1103", 10), (d.Code, d.Location.Line));
    }

    [Fact]
    public void A_signature_date_in_the_body_after_publication_warns_at_its_line()
    {
        var body = SampleContent.Decree + "\n::: signature\n晋城市人民政府办公室\n2026年3月1日\n:::\n";
        var d = Assert.Single(Load(i => i.Write("docs/03-ling-5.md", body)));

        Assert.Equal(("GP1100", "docs/03-ling-5.md", 14), (d.Code, Path.GetFileName(Path.GetDirectoryName(d.Location.File)) + "/" + Path.GetFileName(d.Location.File), d.Location.Line));
    }

    [Fact]
    public void A_date_written_the_chinese_way_gets_the_exact_line_to_type()
    {
        var d = Assert.Single(Load(i => i.Write("docs/01-jsf-2025-11.md", Notice("date: 2025-11-14", "date: 2025年11月14日"))));

        Assert.Equal(("GP1005", 12), (d.Code, d.Location.Line));
        Assert.Equal("写成：date: 2025-11-14", d.Render(Language.Chinese).Hint);
    }

    [Fact]
    public void A_key_typo_suggests_the_key_meant_but_never_one_written_already()
    {
        var typo = Assert.Single(Load(i => i.Write("docs/01-jsf-2025-11.md", Notice("doc_number:", "doc_numbr:"))));
        Assert.Equal(("GP1004", 8, 1), (typo.Code, typo.Location.Line, typo.Location.Column));
        Assert.Equal("是不是“doc_number”？", typo.Render(Language.Chinese).Hint);

        // titel next to title: the editor did not mean title (it is there), so no "did you mean title".
        var twice = Assert.Single(Load(i => i.Write("docs/01-jsf-2025-11.md", Notice("kind: 通知\n", "kind: 通知\ntitel: 重复\n"))));
        Assert.Equal("GP1004", twice.Code);
        Assert.DoesNotContain("“title”", twice.Render(Language.Chinese).Hint);
    }

    [Fact]
    public void A_missing_image_suggests_the_near_file_that_nothing_uses()
    {
        var d = Assert.Single(Load(i => i.WriteBytes("images/chart-01.png", SampleContent.OnePixelPng)
            .Write("docs/03-ling-5.md", SampleContent.Decree + "\n\n![图](images/chart01.png)\n")));

        Assert.Equal(("GP1014", 13), (d.Code, d.Location.Line));
        Assert.Equal("图片文件“images/chart01.png”不存在", d.Render(Language.Chinese).Message);
        Assert.Equal("是不是“images/chart-01.png”？把路径改成 images/chart-01.png", d.Render(Language.Chinese).Hint);
    }

    [Fact]
    public void A_missing_image_does_not_suggest_an_image_used_elsewhere()
    {
        // qr-03.png is the decree's QR code: a missing qr-04.png must not be pointed at it.
        var d = Assert.Single(Load(i => i.Write("docs/03-ling-5.md", SampleContent.Decree + "\n\n![图](images/qr-04.png)\n")));

        Assert.Equal("GP1014", d.Code);
        Assert.DoesNotContain("qr-03", d.Render(Language.Chinese).Hint);
    }

    [Fact]
    public void A_picture_the_build_cannot_decode_is_refused_by_check()
    {
        var d = Assert.Single(Load(i => i.WriteBytes("images/scan.png", [0x89, 0x50, 0x4E, 0x47])
            .Write("docs/03-ling-5.md", SampleContent.Decree + "\n\n![图](images/scan.png)\n")));

        // The picture check on the file itself (GP1071, a damaged picture), at the Markdown line.
        Assert.Equal(("GP1071", 13), (d.Code, d.Location.Line));
        Assert.Contains("images/scan.png", d.Render(Language.Chinese).Message);
    }

    [Fact]
    public void A_missing_document_suggests_an_unlisted_file_never_a_listed_one()
    {
        // 02-jszb-2025-23 is one edit from the listed 02-jszb-2025-22, which is not the file meant.
        var d = Assert.Single(Load(i => i.Write("issue.yaml", SampleContent.IssueYaml.Replace("03-ling-5]", "03-ling-5, 02-jszb-2025-23]", StringComparison.Ordinal))));

        Assert.Equal("GP1009", d.Code);
        Assert.Equal("新建 docs/02-jszb-2025-23.md，或改正 issue.yaml 中的文件编号", d.Render(Language.Chinese).Hint);
    }

    [Fact]
    public void An_attachment_link_beyond_the_list_names_the_attachments_there_are()
    {
        var d = Assert.Single(Load(i => i.Write("docs/01-jsf-2025-11.md", SampleContent.Notice + "\n见[附件3](#attachment-3)。\n")));

        Assert.Equal("GP1015", d.Code);
        Assert.Equal("这个文件的 attachments: 只有 2 项：附件链接写 #attachment-1 到 #attachment-2", d.Render(Language.Chinese).Hint);
    }

    [Fact]
    public void A_document_named_like_an_epub_page_is_refused_by_check()
    {
        var errors = Load(i => i.Write("issue.yaml", SampleContent.IssueYaml.Replace("03-ling-5]", "03-ling-5, nav]", StringComparison.Ordinal))
            .Write("docs/nav.md", SampleContent.Decree));

        // Once, at the id in issue.yaml (the EPUB's page names are the safety check's, GP1078).
        var d = Assert.Single(errors);
        Assert.Equal(("GP1078", 21), (d.Code, d.Location.Line));
        Assert.Contains("“nav”", d.Render(Language.Chinese).Message);
    }

    [Theory]
    [InlineData("issuers: [晋城市人民政府，晋城军分区]", 11, "，")]
    [InlineData("issuers: 晋城市人民政府、晋城军分区", 11, "、")]
    public void Issuers_run_together_with_a_chinese_comma_warn_with_the_list_to_type(string written, int line, string sign)
    {
        var d = Assert.Single(Load(i => i.Write("docs/01-jsf-2025-11.md", Notice("issuers: [晋城市人民政府, 晋城军分区]", written))));

        Assert.Equal(("GP1107", Severity.Warning, line), (d.Code, d.Severity, d.Location.Line));
        Assert.Contains($"中有“{sign}”", d.Render(Language.Chinese).Message);
        Assert.Equal("如果是几个发文机关，用半角逗号加空格分开：issuers: [晋城市人民政府, 晋城军分区]", d.Render(Language.Chinese).Hint);
    }

    [Fact]
    public void A_single_issuer_gives_no_warning()
    {
        Assert.Empty(Load(i => i.Write("docs/01-jsf-2025-11.md", Notice("issuers: [晋城市人民政府, 晋城军分区]", "issuers: 晋城市人民政府"))));
    }
}
