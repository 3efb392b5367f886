using GazettePress.Diagnostics;
using GazettePress.Importing;

namespace GazettePress.Publishing.Tests.Importing;

/// <summary>The single-document entry point used by `add` for text input.</summary>
public sealed class DocumentRecognizerTests
{
    private const string Notice =
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
        "附件:１.阅读活动安排表(见网络版)\n" +
        "咨询单位:晋城市文化和旅游局\n" +
        "政策咨询电话:2020000\n";

    [Fact]
    public void One_document_becomes_front_matter_body_and_review_items()
    {
        var doc = DocumentRecognizer.Recognize(Notice, new DocumentRecognitionOptions { Index = 3, FirstLineNumber = 10, Language = Language.English });

        Assert.True(doc.Recognised);
        Assert.Equal("03-jszb-2026-5", doc.SuggestedId);
        Assert.Equal("晋市政办〔2026〕5号", doc.DocNumber);
        Assert.Equal(["晋城市人民政府办公室", "关于印发晋城市阅读推广工作方案的通知"], doc.Title);
        Assert.Equal(new DateOnly(2026, 2, 3), doc.Date);
        Assert.Contains("addressee: 各县（市、区）人民政府，市人民政府各委、办、局：\n", doc.FrontMatter);
        Assert.Contains("  issuers: [晋城市人民政府办公室]\n  date: 2026-02-03\n", doc.FrontMatter);
        Assert.Contains("  - { title: 阅读活动安排表, online_only: true }\n", doc.FrontMatter); // full-width digit: no crash
        Assert.Contains("# 晋城市阅读推广工作方案\n", doc.Body);
        // Review items carry the source line: the text started at line 10 of its file.
        var glued = Assert.Single(doc.Review, r => r.Category == ReviewCategory.Signature);
        Assert.Equal(15, glued.Line);
        Assert.Contains("review:\n", doc.FrontMatter);
        // A glued date is a routine repair: counted in one note, listed one by one in Review.
        Assert.Contains("review:\n  - \"routine repairs on import: 2 (title lines 1, signature 1), each listed in review.md; delete this note once checked\"\n", doc.FrontMatter);
        Assert.Contains(doc.Review, r => r.Line == 15 && r.Render(Language.English).StartsWith("signature date was glued", StringComparison.Ordinal));
        Assert.StartsWith("---\nkind: 通知\n", doc.Markdown);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("只是一句话。")]
    [InlineData("附件:１.\n２.\n")]
    [InlineData("晋市政办〔2025〕22号")]
    [InlineData("2025年13月45日\n（此件公开发布）\n::: signature\n")]
    public void Any_text_gives_a_document_without_throwing(string text)
    {
        var doc = DocumentRecognizer.Recognize(text);
        Assert.NotNull(doc.FrontMatter);
        Assert.Contains("title:", doc.FrontMatter);
    }
}
