using System.Text.RegularExpressions;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;
using GazettePress.Layout.Text.Words;

namespace GazettePress.Layout.Tests.Paragraphs;

/// <summary>
/// Titles and TOC entries set with word-break: auto-phrase and text-wrap: balance / pretty, on
/// generated titles at the measures of a document title, an attached title in a column and a TOC
/// entry: every break falls between words of the dictionary, never inside a 文号, a date or a short
/// bracketed phrase; the last line holds three characters at least; balanced lines are about equal.
/// </summary>
public sealed partial class TitleBreakingTests
{
    private static readonly string[] Issuers = ["晋城市人民政府", "晋城市人民政府办公室", "晋城市公安局", "晋城市财政局", "中共晋城市委办公室", "晋城市住房和城乡建设局", "晋城市市场监督管理局"];
    private static readonly string[] Places = ["晋城市", "全市", "泽州县", "高平市", "阳城县", "城区"];
    private static readonly string[] Topics = ["基干民兵优待和权益保障", "网约房治安管理", "解决“停车难”问题", "保安服务企业信用评价管理", "城市排水管理", "地震应急预案", "政务大数据项目建设应用管理",
        "网络预约出租汽车经营服务管理", "促进专业镇高质量发展", "火灾事故调查处理", "农村生活污水治理", "中小学校舍安全管理", "重大行政决策程序", "公共资源交易监督管理"];
    private static readonly string[] Kinds = ["实施细则", "三年行动方案", "管理办法", "实施方案", "暂行规定", "工作方案", "若干措施", "实施意见"];
    private static readonly string[] Genres = ["通知", "决定", "批复", "意见", "通报"];

    private static string Title(Random random)
    {
        var issuer = Issuers[random.Next(Issuers.Length)];
        var subject = Places[random.Next(Places.Length)] + Topics[random.Next(Topics.Length)] + Kinds[random.Next(Kinds.Length)];
        if (random.Next(3) == 0) subject += "（试行）";
        if (random.Next(4) == 0) subject += $"（{2024 + random.Next(3)}—{2027 + random.Next(3)}年）";
        return random.Next(3) switch
        {
            0 => $"{issuer}关于印发《{subject}》的{Genres[random.Next(Genres.Length)]}",
            1 => $"{issuer}关于印发{subject}的通知",
            _ => $"关于{random.Next(2000, 2031)}年{random.Next(1, 13)}月{random.Next(1, 29)}日{Places[random.Next(Places.Length)]}{Topics[random.Next(Topics.Length)]}工作的{Genres[random.Next(Genres.Length)]}",
        };
    }

    private static string DocumentNumber(Random random) =>
        $"（{new[] { "晋市政办", "晋市政发", "晋市公通字", "晋市财建", "晋市住建发" }[random.Next(5)]}〔{random.Next(2019, 2027)}〕{random.Next(1, 200)}号）";

    public static TheoryData<string, double, double, bool> Measures => new()
    {
        { "document title", 22, 442, true },
        { "attached title in a column", 15, 211, true },
        { "TOC entry", 12, 442 - 12 - 48, false },
    };

    [Theory]
    [MemberData(nameof(Measures))]
    public void Generated_titles_break_only_between_words_and_never_end_on_a_short_line(string what, double size, double width, bool balance)
    {
        var layouter = new ParagraphLayouter(TestFonts.Registry);
        layouter.KeepWordsWhole(Issuers);
        var words = ChineseWords.Default.With(Issuers);
        var style = new ParagraphStyle(balance ? ParagraphAlignment.Center : ParagraphAlignment.Left, 0, size * 1.5)
        {
            KeepWords = true, Balance = balance, MinLastLineLetters = 3,
        };
        var random = new Random(what.Length * 7919);
        var checkedBreaks = 0;
        for (var i = 0; i < 150; i++)
        {
            var text = Title(random);
            if (what == "TOC entry" || random.Next(4) == 0) text += DocumentNumber(random);
            var layout = layouter.Layout([new TextRun(text, new TextStyle(FontRole.Song, true, size))], style, width);
            Assert.DoesNotContain(layout.Diagnostics, d => d.Code is "GP3011" or "GP3014");
            var protectedSpans = words.Words(text).Select(w => (w.Start, End: w.Start + w.Length))
                .Concat(Kept().Matches(text).Select(m => (Start: m.Index, End: m.Index + m.Length)))
                .ToList();
            for (var l = 0; l < layout.Lines.Length - 1; l++)
            {
                var at = layout.Lines[l].TextEnd;
                checkedBreaks++;
                var inside = protectedSpans.FirstOrDefault(s => s.Start < at && at < s.End);
                Assert.True(inside == default, $"{what}: \"{text}\" breaks inside \"{(inside == default ? "" : text[inside.Start..inside.End])}\": {Lines(layout)}");
            }
            if (layout.Lines.Length > 1)
            {
                var last = layout.Lines[^1];
                var letters = text[last.TextStart..last.TextEnd].Count(c => char.IsLetterOrDigit(c));
                Assert.True(letters >= 3, $"{what}: last line of \"{text}\" is short: {Lines(layout)}");
            }
            if (balance && layout.Lines.Length > 1)
            {
                // Every line but the last (which may be held short by an unbreakable phrase) at least half the longest.
                var widths = layout.Lines.Select(l => l.ContentRight - l.ContentLeft).ToList();
                Assert.True(widths.SkipLast(1).Min() >= 0.5 * widths.Max(), $"{what}: unbalanced {Lines(layout)}");
            }
        }
        Assert.True(checkedBreaks > 50, $"{checkedBreaks} breaks checked");
    }

    [Fact]
    public void A_title_that_would_end_in_a_stub_is_set_as_balanced_lines()
    {
        const string title = "晋城市人民政府办公室关于印发晋城市网络预约出租汽车经营服务管理实施细则的通知";
        var run = new TextRun(title, new TextStyle(FontRole.Song, true, 22));
        var plain = TestFonts.Layouter.Layout([run], new ParagraphStyle(ParagraphAlignment.Center, 0, 32), 442);
        var balanced = TestFonts.Layouter.Layout([run], new ParagraphStyle(ParagraphAlignment.Center, 0, 32) { KeepWords = true, Balance = true, MinLastLineLetters = 3 }, 442);
        Assert.Equal(plain.Lines.Length, balanced.Lines.Length);
        double Spread(ParagraphLayout l) => l.Lines.Max(x => x.ContentRight - x.ContentLeft) - l.Lines.Min(x => x.ContentRight - x.ContentLeft);
        Assert.True(Spread(balanced) < Spread(plain) / 2, $"{Lines(plain)} → {Lines(balanced)}");
    }

    [Fact]
    public void Issuer_names_given_to_the_layouter_are_words()
    {
        var words = ChineseWords.Default.With(["晋城市人民政府办公室"]);
        Assert.Contains((0, 10), words.Words("晋城市人民政府办公室关于印发"));
        Assert.Equal(["晋城市", "基干民兵", "优待", "权益", "保障", "实施细则"],
            ChineseWords.Default.Words("晋城市基干民兵优待和权益保障实施细则").Select(w => "晋城市基干民兵优待和权益保障实施细则".Substring(w.Start, w.Length)));
    }

    private static string Lines(ParagraphLayout layout) => string.Join(" / ", layout.Lines.Select(l => layout.Text[l.TextStart..l.TextEnd]));

    /// <summary>What must stay on one line besides words: 文号 (with its issuer code), dates and year ranges, short bracketed phrases.</summary>
    [GeneratedRegex(@"[\u3400-\u9FFF]{2,8}〔\d{4}〕\d+号|\d{4}—\d{4}年|\d{4}年\d{1,2}月\d{1,2}日|（[^（）]{1,22}）")]
    private static partial Regex Kept();
}
