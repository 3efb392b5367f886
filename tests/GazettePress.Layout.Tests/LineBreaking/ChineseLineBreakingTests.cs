using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Tests.LineBreaking;

/// <summary>
/// The Chinese tailoring, case by case, in <see cref="BreakNotation"/>: each case states every break of
/// its text, so a missing or an extra break fails.
/// </summary>
public sealed class ChineseLineBreakingTests
{
    [Theory]
    // Han characters break anywhere; a full sentence with quotes and stops.
    [InlineData("他|说：“好。”|然|后")]
    [InlineData("中|华|人|民|共|和|国")]
    // Line-start prohibited: stops, closing quotes and brackets, middle dots, ～, small kana.
    [InlineData("中、|文")]
    [InlineData("中，|文")]
    [InlineData("中。|文")]
    [InlineData("中；|文")]
    [InlineData("中：|文")]
    [InlineData("中？|文")]
    [InlineData("中！|文")]
    [InlineData("中”|文")]
    [InlineData("中’|文")]
    [InlineData("中）|文")]
    [InlineData("中】|文")]
    [InlineData("中〕|文")]
    [InlineData("中》|文")]
    [InlineData("中〉|文")]
    [InlineData("中」|文")]
    [InlineData("中』|文")]
    [InlineData("中］|文")]
    [InlineData("中｝|文")]
    [InlineData("阿·|史|密|斯")]
    [InlineData("中・|文")]
    [InlineData("中‧|文")]
    [InlineData("中～|文")]
    [InlineData("中〜|文")]
    [InlineData("中‥|文")]
    [InlineData("キャッ|ト")]
    [InlineData("中ぁ|文")]
    // Line-end prohibited: opening quotes and brackets.
    [InlineData("中|“文")]
    [InlineData("中|‘文")]
    [InlineData("中|（文")]
    [InlineData("中|【文")]
    [InlineData("中|〔文")]
    [InlineData("中|《文")]
    [InlineData("中|〈文")]
    [InlineData("中|「文")]
    [InlineData("中|『文")]
    [InlineData("中|［文")]
    [InlineData("中|｛文")]
    // Dashes and ellipses are one unit and never part from each other.
    [InlineData("中|——|文")]
    [InlineData("中|――|文")]
    [InlineData("中|⸺|文")]
    [InlineData("中……|文")]
    [InlineData("中|——……|文")]
    [InlineData("中……——|文")]
    // Two adjacent marks never part.
    [InlineData("好。”|然")]
    [InlineData("中）、|文")]
    [InlineData("（一）|为")]
    [InlineData("见|《中》、《文》|等")]
    [InlineData("说：“好”，“坏”。|他")]
    [InlineData("（见|附|件）。|本")]
    // Numbers stay whole.
    [InlineData("共|1,000.5|元")]
    [InlineData("增|长|12.5%，|同|比")]
    [InlineData("2025|年|11|月|14|日")]
    [InlineData("约|50％|的")]
    [InlineData("￥100|元")]
    [InlineData("第|1.2.3|款")]
    // Latin words, slashes between letters, apostrophes.
    [InlineData("使|用|PDF|格|式")]
    [InlineData("按|GB/T 41648-2022|执|行")]
    [InlineData("符|合|ISO 9001|和|GB 3095-2012|要|求")]
    [InlineData("in |2025 |and |Windows |11")]
    [InlineData("他|说|can’t|做")]
    [InlineData("PM2.5|浓|度")]
    [InlineData("登|记|号|JCZG-01-2024-0007")]
    // URLs and e-mail addresses stay whole, with only emergency breaks inside.
    [InlineData("网|址：|http://¦www¦.jcgov¦.gov¦.cn/¦zjxx/¦t20251120_2035112¦.shtml。|请")]
    [InlineData("见|https://¦example¦.com/¦a?¦b=¦1&¦c=¦2|或")]
    [InlineData("网|站|www¦.jcgov¦.gov¦.cn|查|询")]
    [InlineData("邮|箱：|jcgb¦@163¦.com。")]
    [InlineData("邮|箱|jc_gb¦.office¦@jcgov¦.gov¦.cn，|电|话")]
    // 文号: the Han issuer code directly before the bracketed four-digit year, the year, the number and 号
    // are one unit: breaks only outside it, and inside it only emergency breaks (¦) in the code and before
    // the bracket, for a measure too narrow for the whole 文号.
    [InlineData("晋¦市¦政¦办¦〔2025〕22号|文|件")]
    [InlineData("晋¦市¦政¦发¦［2025］11号")]
    [InlineData("晋¦市¦公¦通¦字¦〔2025〕33号")]
    [InlineData("晋¦市¦政¦办¦[2025]22号")]
    [InlineData("晋¦市¦政¦办¦（2025）22号")]
    [InlineData("晋¦市¦政¦办¦〔2025〕第22号")]
    [InlineData("晋¦市¦政¦办¦〔２０２５〕２２号")]
    [InlineData("（晋¦市¦政¦办¦〔2025〕22号）|印|发")]
    [InlineData("印|发|（晋¦市¦政¦办¦〔2025〕22号）|的")]
    [InlineData("通|知，|晋¦市¦政¦办¦〔2025〕22号，|印|发")]
    [InlineData("见|《通|知》（晋¦市¦公¦通¦字¦〔2025〕33号）。|现")]
    [InlineData("𠀀¦市¦政¦办¦〔2025〕22号")]
    // A run of up to ten Han characters is taken as the code, even when it begins with a word of the
    // sentence; a longer run keeps only its last four characters, the usual length of a code.
    [InlineData("按¦照¦晋¦市¦政¦办¦〔2025〕22号|文|件")]
    [InlineData("晋¦城¦市¦人¦民¦政¦府¦办¦公¦室¦〔2025〕1号")]
    [InlineData("中|华|人|民|共|和|国|国¦务¦院¦令¦〔2025〕1号")]
    [InlineData("根|据|省|人|民|政|府|办|公|厅|印|发|的|晋¦政¦办¦发¦〔2025〕3号|文|件")]
    // 政府令: 令第5号 stays together and breaks only before 令; 第N号 alone too.
    [InlineData("晋|城|市|人|民|政|府|令第5号")]
    [InlineData("晋|城|市|人|民|政|府|令第12号|公|布")]
    [InlineData("公|告|第3号")]
    // Not a 文号: no four-digit year, no number with 号, or 第 without 号: ordinary breaks remain.
    [InlineData("晋|市|政|办|〔25〕22号")]
    [InlineData("晋|市|政|办|〔2025〕|关|于")]
    [InlineData("晋|市|政|办|〔2025〕22|条")]
    [InlineData("检|查|〔责|任|单|位：|市|住|建|局〕|各")]
    [InlineData("（三）|加|强|监|督|〔2025|年|底|前〕|完|成")]
    [InlineData("令|第|五|号")]
    // A range of numbers with one dash or wave between digits stays together; outside it breaks as usual.
    [InlineData("（2025—2027|年）")]
    [InlineData("规|划|（2025—2027）|的")]
    [InlineData("2025–2027|年")]
    [InlineData("2025―2027|年")]
    [InlineData("1～3|日")]
    [InlineData("1〜3|日")]
    [InlineData("3—5|年|内")]
    [InlineData("第|1—3|条")]
    [InlineData("2025-2027|年")]
    // Not a range: a 破折号 between numbers, or a dash next to a Han character, keeps its usual breaks.
    [InlineData("2025|——|2027")]
    [InlineData("2025|年|—|2027|年")]
    [InlineData("中|—|文")]
    // Hard line breaks and spaces.
    [InlineData("第|一|行\n‖第|二|行")]
    [InlineData("中|文 |English |text|中")]
    [InlineData("爱|的|奉|献 · |心|的")]
    [InlineData("中 ……|文")]
    // Characters outside the Basic Multilingual Plane are never split.
    [InlineData("𠀀|𠀁|中")]
    [InlineData("中|\uD800|文")] // a lone surrogate is an unknown character (AL), not an error
    public void ChineseBreaksAreAsMarked(string marked)
    {
        var text = BreakNotation.TextOf(marked);
        var actual = BreakNotation.Mark(text, LineBreaker.Chinese.BreakOpportunities(text));
        Assert.Equal(marked, actual);
    }

    [Theory]
    // The same texts without the tailoring: the curly quotes are ambiguous (QU), so UAX #14 keeps them
    // to both neighbours; it breaks between 〕 and digits and before 号, and inside URLs.
    [InlineData("他|说：“好。”然|后")]
    [InlineData("晋|市|政|办|〔2025〕|22|号")]
    [InlineData("2025|—|2027")]
    [InlineData("见|http://|www.jcgov.gov.cn/|zjxx/")]
    public void UntailoredBreaksDiffer(string marked)
    {
        var text = BreakNotation.TextOf(marked);
        var actual = BreakNotation.Mark(text, LineBreaker.Uax14.BreakOpportunities(text));
        Assert.Equal(marked, actual);
    }

    [Fact]
    public void StartAndEndOfTextAreFixed()
    {
        var breaks = LineBreaker.Chinese.BreakOpportunities("中文");
        Assert.Equal([BreakOpportunity.Prohibited, BreakOpportunity.Allowed, BreakOpportunity.Mandatory], breaks);
        Assert.Equal([BreakOpportunity.Prohibited], LineBreaker.Chinese.BreakOpportunities(""));
    }

    [Fact]
    public void SpanOverloadFillsTheCallersBuffer()
    {
        const string text = "他说：“好。”然后";
        var buffer = new BreakOpportunity[text.Length + 1];
        LineBreaker.Chinese.BreakOpportunities(text.AsSpan(), buffer);
        Assert.Equal(LineBreaker.Chinese.BreakOpportunities(text), buffer);
        Assert.Throws<ArgumentException>(() => LineBreaker.Chinese.BreakOpportunities(text.AsSpan(), new BreakOpportunity[text.Length]));
    }
}
