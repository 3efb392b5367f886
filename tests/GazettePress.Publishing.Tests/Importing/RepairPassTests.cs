using GazettePress.Importing;

namespace GazettePress.Publishing.Tests.Importing;

/// <summary>Each repair pass alone, including what it must leave untouched.</summary>
public sealed class RepairPassTests
{
    [Theory]
    [InlineData("各县(市、区)人民政府,市人民政府各委、办、局:", "各县（市、区）人民政府，市人民政府各委、办、局：")]
    [InlineData("(一)各级政务服务中心(政务大厅);", "（一）各级政务服务中心（政务大厅）；")]
    [InlineData("他说\"好\"吗?是的!", "他说“好”吗？是的！")]
    [InlineData("(见网络版)", "（见网络版）")]
    [InlineData("(1)组织协调有关部门", "（1）组织协调有关部门")]
    public void Half_width_marks_in_Chinese_text_become_full_width(string input, string expected) =>
        Assert.Equal(expected, PunctuationWidener.Widen(input));

    [Theory]
    [InlineData("登录网站http://www.jcgov.gov.cn/a,b;c:d?x=1!")]
    [InlineData("投资1,000万元")]
    [InlineData("增长2.5倍")]
    [InlineData("执行GB/T 41648-2022标准")]
    [InlineData("上午9:00开始")]
    [InlineData("电子邮箱jcszfgb@126.com")]
    [InlineData("(0356)2198496")]
    [InlineData("Hello, world (test): done; ok?")]
    public void Urls_numbers_standards_times_and_latin_text_are_not_touched(string input) =>
        Assert.Equal(input, PunctuationWidener.Widen(input));

    [Theory]
    [InlineData("2023 年第 2 期 总第 278 期", "2023年第2期总第278期")]
    [InlineData("负荷 600 兆瓦以上", "负荷600兆瓦以上")]
    [InlineData("启动 I 级响应", "启动I级响应")]
    [InlineData("标准 GB/T 41648-2022 规定", "标准GB/T 41648-2022规定")]
    [InlineData("JINCHENGSHI RENMIN ZHENGFU", "JINCHENGSHI RENMIN ZHENGFU")]
    public void Stray_spaces_touching_Chinese_are_removed_others_kept(string input, string expected) =>
        Assert.Equal(expected, SpaceNormalizer.RemoveStraySpaces(input));

    [Theory]
    [InlineData("第一章 总 则", "第一章　总则")]
    [InlineData("第七章 附则", "第七章　附则")]
    [InlineData("目 录", "目录")]
    [InlineData("第二章　组 织 机 构", "第二章　组织机构")]
    public void Letter_spacing_is_dropped_and_the_chapter_label_keeps_its_space(string input, string expected) =>
        Assert.Equal(expected, SpaceNormalizer.SpacedHeading(input));

    [Theory]
    [InlineData("晋市政办[2025]23号", "晋市政办〔2025〕23号")]
    [InlineData("晋市政办[2024] 31号", "晋市政办〔2024〕31号")]
    [InlineData("晋市政发〔2023〕1 号", "晋市政发〔2023〕1号")]
    [InlineData("晋市发改规发【2024】2号", "晋市发改规发〔2024〕2号")]
    [InlineData("晋市公通字（２０２５）３０号", "晋市公通字〔2025〕30号")]
    [InlineData("晋城市人民政府令 (第 5 号)", "晋城市人民政府令第5号")]
    public void Doc_numbers_are_normalised(string input, string expected) =>
        Assert.Equal(expected, DocNumberText.Normalize(input));

    [Theory]
    [InlineData("第二条 本细则适用对象")]
    [InlineData("2025年12月28日出版")]
    public void Non_doc_numbers_are_rejected(string input) => Assert.Null(DocNumberText.Normalize(input));

    [Theory]
    [InlineData("- (一)各级政务服务中心", "(一)各级政务服务中心", true)]
    [InlineData("## 晋城市人民政府令", "晋城市人民政府令", false)]
    [InlineData("网 址：<http://www.jcgov.gov.cn/>", "网 址：http://www.jcgov.gov.cn/", false)]
    [InlineData("电子邮箱：[jcszfgb@126.com](mailto:jcszfgb@126.com)", "电子邮箱：jcszfgb@126.com", false)]
    [InlineData("12\\. 推进试点", "12. 推进试点", false)]
    [InlineData("---", "", false)]
    public void Converter_markup_is_removed(string input, string expected, bool bullet)
    {
        Assert.Equal(expected, MarkupCleaner.CleanLine(input, out var hadBullet, out _));
        Assert.Equal(bullet, hadBullet);
    }

    [Fact]
    public void Bold_run_in_label_is_kept_as_run_in()
    {
        var text = MarkupCleaner.CleanLine("**(一)切实提高政治站位。**各级各部门", out _, out var runIn);
        Assert.Equal("(一)切实提高政治站位。各级各部门", text);
        Assert.Equal("(一)切实提高政治站位。", runIn);
    }

    [Fact]
    public void Paragraph_split_at_a_page_break_is_joined_and_reported()
    {
        var review = new ReviewLog();
        var paragraphs = ParagraphJoiner.Join(Lines(
            "第四条 参加军事训练、比武竞赛或者执行军", "", "事任务期间，农村的基干民兵给予误工补贴。",
            "", "1.1 编制目的", "", "为正确、有效和快速地处置全市大面积停电事件。",
            "", "四、注重反馈,持续完善评价体系", "", "各级各部门在实施过程中要密切跟踪。"), review);

        Assert.Equal(
            ["第四条 参加军事训练、比武竞赛或者执行军事任务期间，农村的基干民兵给予误工补贴。", "1.1 编制目的",
             "为正确、有效和快速地处置全市大面积停电事件。", "四、注重反馈,持续完善评价体系", "各级各部门在实施过程中要密切跟踪。"],
            paragraphs.Select(p => p.Text).ToArray());
        var note = Assert.Single(review.Notes);
        Assert.Equal(ReviewCategory.PageBreak, note.Category);
        Assert.Equal(1, note.Line);
    }

    [Fact]
    public void Short_open_line_before_a_numbered_item_is_not_joined()
    {
        var paragraphs = ParagraphJoiner.Join(Lines("市指挥部主要职责", "", "(1)贯彻落实国家有关工作的方针政策;"), new ReviewLog());
        Assert.Equal(2, paragraphs.Count);
    }

    [Fact]
    public void Numbered_heading_broken_over_two_heading_lines_is_joined()
    {
        var lines = new List<SourceLine>
        {
            new(1, "2. 增强协同发力,构建绿色低碳循环生产生活") { MarkedHeading = true },
            new(2, ""),
            new(3, "方式") { MarkedHeading = true },
            new(4, ""),
            new(5, "大力发展循环经济。"),
        };
        var paragraphs = ParagraphJoiner.Join(lines, new ReviewLog());
        Assert.Equal(["2. 增强协同发力,构建绿色低碳循环生产生活方式", "大力发展循环经济。"], paragraphs.Select(p => p.Text).ToArray());
    }

    [Fact]
    public void Words_repeated_across_a_page_break_are_reported_not_removed()
    {
        var review = new ReviewLog();
        var paragraphs = ParagraphJoiner.Join(Lines(
            "(7)维护社会稳定。加强重点单位安全保卫工作,严密防范和严厉打击违法犯罪行为。", "",
            "击违法犯罪活动。加强对停电区域内繁华街区的治安巡逻。", "",
            "排水设施维护运营单位应当配备必要的强制排水设施和装备。", "",
            "排水设施维护运营单位应当按照要求进行检查。"), review);

        Assert.Equal(4, paragraphs.Count);
        var note = Assert.Single(review.Notes);
        Assert.Equal(ReviewCategory.Undecided, note.Category);
        Assert.Equal(3, note.Line);
    }

    [Theory]
    [InlineData("晋城市人民政府 晋城军分区 关于印发晋城市基干民兵优待和权益保障 实施细则的通知",
        "晋城市人民政府　晋城军分区|关于印发晋城市基干民兵优待和权益保障|实施细则的通知")]
    [InlineData("晋城市人民政府 关于做好 2023 年安全生产和应急管理工作的 通 知",
        "晋城市人民政府|关于做好2023年安全生产和应急管理工作的|通知")]
    [InlineData("晋城市公安局 关于印发《晋城市网约房治安管理办法(试行)》的通知",
        "晋城市公安局|关于印发《晋城市网约房治安管理办法（试行）》的通知")]
    public void Title_lines_are_recovered_from_spaces(string input, string expected) =>
        Assert.Equal(expected, string.Join("|", TitleSplitter.Split([input])));

    [Fact]
    public void Tab_separated_toc_entry_is_read()
    {
        var entry = TocParser.ParseEntry("晋城市人民政府办公室关于印发某某方案的通知\t晋市政办[2025]22号\t5", "市政府办公室文件", 9, "晋城市人民政府");
        Assert.NotNull(entry);
        Assert.Equal("晋市政办〔2025〕22号", entry.DocNumber);
        Assert.Equal(5, entry.Page);
        Assert.Equal("晋城市人民政府办公室关于印发某某方案的通知", entry.Title);
    }

    [Fact]
    public void Government_order_toc_entry_takes_its_issuer_from_the_title()
    {
        var entry = TocParser.ParseEntry("晋城市城市排水管理办法晋城市人民政府令 (第 5 号) .....(3)", "市政府令", 5, "晋城市人民政府");
        Assert.NotNull(entry);
        Assert.Equal("晋城市人民政府令第5号", entry.DocNumber);
        Assert.Equal("晋城市城市排水管理办法", entry.Title);
    }

    [Fact]
    public void Government_order_toc_entry_with_the_number_first_is_read()
    {
        var entry = TocParser.ParseEntry("晋城市人民政府令（第 6 号）晋城市停车场管理办法……(5)", "市政府令", 5, "晋城市人民政府");
        Assert.NotNull(entry);
        Assert.Equal("晋城市人民政府令第6号", entry.DocNumber);
        Assert.Equal("晋城市停车场管理办法", entry.Title);
        Assert.Equal(5, entry.Page);
    }

    [Fact]
    public void Colophon_read_across_two_columns_is_put_back_in_column_order()
    {
        var review = new ReviewLog();
        var (pairs, _, _) = ColophonParser.Parse(Lines(
            "主办单位：甲办公室", "定 价：赠送", "编辑出版：乙中心", "电 话：(0356)2198496", "地 址：某街1号",
            "网 址：http://example.cn/", "某楼2室", "电子邮箱：a@b.cn", "邮 编：048000"), review);

        Assert.Equal(["主办单位", "编辑出版", "地址", "邮编", "定价", "电话", "网址", "电子邮箱"], pairs.Select(p => p.Label).ToArray());
        Assert.Equal("某街1号某楼2室", pairs[2].Value);
        Assert.Contains(review.Notes, n => n.Category == ReviewCategory.Colophon && n.Message.Contains("two columns"));
    }

    [Fact]
    public void Colophon_in_order_is_kept_as_printed()
    {
        var (pairs, _, _) = ColophonParser.Parse(Lines("主办单位：甲", "编辑出版：乙", "地 址：丙", "邮 编：048000", "定 价：赠送", "电 话：1"), new ReviewLog());
        Assert.Equal(["主办单位", "编辑出版", "地址", "邮编", "定价", "电话"], pairs.Select(p => p.Label).ToArray());
    }

    private static List<SourceLine> Lines(params string[] texts) =>
        texts.Select((t, i) => new SourceLine(i + 1, t)).ToList();
}
