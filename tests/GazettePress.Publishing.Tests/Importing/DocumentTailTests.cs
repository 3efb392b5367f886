using GazettePress.Importing;

namespace GazettePress.Publishing.Tests.Importing;

/// <summary>The end of a document: 附件 list, 咨询 block and QR caption, in whatever order extraction left them.</summary>
public sealed class DocumentTailTests
{
    [Fact]
    public void Attachment_items_split_over_lines_and_printed_out_of_order_are_rebuilt()
    {
        var review = new ReviewLog();
        var tail = DocumentTailParser.Parse(Lines(
            "本预案自印发之日起实施。",
            "5. 晋城市应急演练表(见网络版)",
            "咨询单位:晋城市发展和改革委员会",
            "中国人民银行晋城市分行",
            "政策咨询电话:6999061",
            "- 附件:1. 晋城市指挥部及成员单位",
            "职责(见网络版)",
            "2. 晋城市应急响应流程图(见网",
            "络版)",
            "3. 晋城市组织体系图",
            "4. 晋城市通讯录(见网络版)",
            "政策解读"), review);

        Assert.Equal(1, tail.Start);
        Assert.Equal(
            ["晋城市指挥部及成员单位职责", "晋城市应急响应流程图", "晋城市组织体系图", "晋城市通讯录", "晋城市应急演练表"],
            tail.Attachments.Select(a => a.Title).ToArray());
        Assert.Equal([true, true, false, true, true], tail.Attachments.Select(a => a.OnlineOnly).ToArray());
        Assert.Equal(
            ["咨询单位=晋城市发展和改革委员会　中国人民银行晋城市分行", "政策咨询电话=6999061"],
            tail.Consultation.Select(c => $"{c.Label}={c.Value}").ToArray());
        Assert.Equal("政策解读", tail.QrCaption);
        Assert.Contains(review.Notes, n => n.Message.Contains("out of order"));
    }

    [Fact]
    public void Text_without_a_tail_keeps_all_its_lines()
    {
        var tail = DocumentTailParser.Parse(Lines("一、总体要求", "到2026年底，建成20个。"), new ReviewLog());
        Assert.Equal(2, tail.Start);
        Assert.Empty(tail.Attachments);
        Assert.Null(tail.QrCaption);
    }

    [Theory]
    [InlineData("2025年11月14日", 2025, 11, 14)]
    [InlineData("2023 年 3 月 17 日", 2023, 3, 17)]
    [InlineData("二〇二五年十一月十四日", 2025, 11, 14)]
    public void Signature_dates_are_read(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), DocumentParser.ParseDate(text));

    [Theory]
    [InlineData("2025年2月30日")]
    [InlineData("2025年12月28日出版")]
    public void Impossible_or_other_dates_are_not_signature_dates(string text) => Assert.Null(DocumentParser.ParseDate(text));

    [Theory]
    [InlineData("晋城市人民政府 晋城军分区", true)]
    [InlineData("中国人民银行晋城市分行", true)]
    [InlineData("请认真贯彻执行。", false)]
    [InlineData("一、总体要求", false)]
    public void Organisation_lines_are_recognised(string text, bool expected) =>
        Assert.Equal(expected, DocumentParser.IsOrganisationLine(text));

    private static List<SourceLine> Lines(params string[] texts) =>
        texts.Select((t, i) => new SourceLine(i + 1, MarkupCleaner.CleanLine(t, out _, out _))).ToList();
}
