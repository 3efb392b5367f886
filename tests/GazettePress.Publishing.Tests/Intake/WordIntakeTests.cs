using GazettePress.Content;
using GazettePress.Diagnostics;
using GazettePress.Intake;
using GazettePress.Intake.Writing;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Intake;

/// <summary>
/// Word files made as offices make them — direct formatting only or named styles only, the 版头 as
/// red paragraphs, in a table, in a text box or missing, runs split mid-word as WPS writes them,
/// headings numbered by Word — all give the document an editor would type (office-notice.md).
/// </summary>
public sealed class WordIntakeTests
{
    public static TheoryData<Formatting, HeadLayout, bool> Variants()
    {
        var data = new TheoryData<Formatting, HeadLayout, bool>();
        foreach (var formatting in new[] { Formatting.Direct, Formatting.Styles })
            foreach (var head in new[] { HeadLayout.Paragraphs, HeadLayout.Table, HeadLayout.TextBox, HeadLayout.None })
                foreach (var wps in new[] { false, true })
                    data.Add(formatting, head, wps);
        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void An_office_notice_comes_out_as_an_editor_would_type_it(Formatting formatting, HeadLayout head, bool wpsRuns)
    {
        var expected = Expected();
        var dir = IntakeTestFiles.TempDirectory("word");
        try
        {
            var path = IntakeTestFiles.Write(dir, "notice.docx", OfficeNotice.Build(formatting, head, wpsRuns));
            var (added, files, _) = IntakeTestFiles.AddAndLoad(path, "01-jszb-2025-31");
            AssertSameDocument(expected, added, files.Markdown);
            Assert.Equal(["GP7112"], files.Notes.Select(n => n.Code));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Headings_typed_by_hand_and_numbered_by_Word_give_the_same_labels()
    {
        var dir = IntakeTestFiles.TempDirectory("word");
        try
        {
            var typed = IntakeTestFiles.AddAndLoad(IntakeTestFiles.Write(dir, "typed.docx", OfficeNotice.Build(Formatting.Direct, HeadLayout.Paragraphs, false, autoNumbering: false)), "01-a");
            var numbered = IntakeTestFiles.AddAndLoad(IntakeTestFiles.Write(dir, "numbered.docx", OfficeNotice.Build(Formatting.Direct, HeadLayout.Paragraphs, false, autoNumbering: true)), "01-a");
            Assert.Equal(IntakeTestFiles.BodyBlocks(typed.Document), IntakeTestFiles.BodyBlocks(numbered.Document));
            Assert.Contains("h2.: 三、保障措施", IntakeTestFiles.BodyBlocks(numbered.Document));
            Assert.Contains("h3.: （二）完善城市基础设施", IntakeTestFiles.BodyBlocks(numbered.Document));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_head_and_record_are_left_out_and_listed()
    {
        var dir = IntakeTestFiles.TempDirectory("word");
        try
        {
            var (recognised, _) = DocumentIntake.Recognise(IntakeTestFiles.Write(dir, "n.docx", OfficeNotice.Build(Formatting.Direct, HeadLayout.Table, true)));
            var dropped = string.Join("\n", recognised!.Dropped.Select(d => $"{d.Part}: {d.Text}"));
            Assert.Contains("Head: 晋城市人民政府办公室", dropped);
            Assert.Contains("Record: 抄送：市委办公室", dropped);
            Assert.Contains("2025年12月1日印发", dropped);
            Assert.DoesNotContain("抄送", recognised.Body.OfType<GazettePress.Intake.Recognition.BodyParagraph>().SelectMany(p => p.Content).Select(c => c.Text));
            Assert.Equal(["晋城市人民政府办公室"], recognised.HeadIssuers);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Without_a_doc_number_or_a_date_the_document_says_so_in_review_notes()
    {
        var d = new OfficeDocx(Formatting.Direct);
        d.Title(["关于做好2026年春节期间安全生产工作的通知"], false);
        d.Line("各县（市、区）人民政府：", Role.Addressee);
        d.Line("春节将至，为切实做好节日期间安全生产工作，现就有关事项通知如下。");
        d.Line("一、加强隐患排查", Role.Heading1);
        d.Line("各地要组织开展一次全面的安全检查。");
        var dir = IntakeTestFiles.TempDirectory("word");
        try
        {
            var (document, files, load) = IntakeTestFiles.AddAndLoad(IntakeTestFiles.Write(dir, "plain.docx", d.Save()), "01-doc");
            Assert.Null(document.DocNumber);
            Assert.Null(document.Signature);
            Assert.Equal(["关于做好2026年春节期间安全生产工作的通知"], document.TitleLines);
            Assert.Equal(["GP7102", "GP7104"], files.Notes.Select(n => n.Code).Order());
            // Each note is a GP1050 warning of check, at its line of the front matter.
            Assert.Equal(2, load.Diagnostics.Count(x => x.Code == "GP1050"));
            Assert.Contains("h2.: 一、加强隐患排查", IntakeTestFiles.BodyBlocks(document));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    internal static GazetteDocument Expected() =>
        IntakeTestFiles.LoadMarkdown(File.ReadAllText(Path.Combine(TestIssues.RepoRoot, "tests", "data", "intake", "office-notice.md")), "01-jszb-2025-31");

    internal static void AssertSameDocument(GazetteDocument expected, GazetteDocument actual, string markdown)
    {
        Assert.True(IntakeTestFiles.Fields(expected).SequenceEqual(IntakeTestFiles.Fields(actual)),
            markdown + "\nexpected:\n" + string.Join("\n", IntakeTestFiles.Fields(expected)) + "\nactual:\n" + string.Join("\n", IntakeTestFiles.Fields(actual)));
        var e = IntakeTestFiles.BodyBlocks(expected);
        var a = IntakeTestFiles.BodyBlocks(actual);
        var i = Enumerable.Range(0, Math.Max(e.Count, a.Count)).FirstOrDefault(k => k >= e.Count || k >= a.Count || e[k] != a[k], -1);
        if (i >= 0) Assert.Fail($"{markdown}\nblock {i}:\nexpected: {(i < e.Count ? e[i] : "(none)")}\nactual:   {(i < a.Count ? a[i] : "(none)")}");
    }
}
