using System.Text.RegularExpressions;

namespace GazettePress.Publishing.Tests.Importing;

/// <summary>
/// Text saved from government web pages: each document's page details (索引号, 发布机构, 成文日期,
/// 发文字号, 发布日期, 来源, 浏览次数, 字体 大 中 小) printed before its title, between title and text,
/// or under a label alone on its line; and names stacked one per line under a label (成员单位：, 发布机关：).
/// The details leave the text, go to the document they describe and onto the review list; a missing
/// 文号 or date is taken from them, as a doubt.
/// </summary>
public sealed class WebPageDetailsTests
{
    private const string Masthead = "城区人民政府公报\n\n2024年第1期（总第12期）\n\n城区人民政府办公室主办\n\n2024年3月31日出版（季刊）\n\n目  录\n\n【区政府文件】\n\n";

    private const string Text = Masthead +
        "城区人民政府关于成立城区防汛抗旱指挥部的通知（城政发〔2024〕1号）\n\n" +
        "城区人民政府关于做好征兵工作的通知（城政发〔2024〕2号）\n\n" +
        "城区人民政府关于加强安全生产工作的通知（城政发〔2024〕3号）\n\n" +
        "索引号：11140502MB1960462B/2024-00011\n发布机构：城区人民政府    成文日期：2024年01月05日\n" +
        "发文字号：城政发〔2024〕1号    发布日期：2024年01月08日\n【字体：大 中 小】 【打印】 【关闭】\n\n" +
        "城区人民政府关于成立城区防汛抗旱指挥部的通知\n\n城政发〔2024〕1号\n\n各街道办事处，区直各有关单位：\n\n" +
        "为做好防汛抗旱工作，区人民政府决定成立城区防汛抗旱指挥部。现将有关事项通知如下：\n\n" +
        "成员单位：\n\n区发展和改革局\n\n区财政局\n\n区应急管理局\n\n" +
        "城区人民政府\n\n2024年1月5日\n\n" +
        "发布时间：2024-02-10 10:23:45  来源：城区人民政府办公室  浏览次数：123\n\n" +
        "城区人民政府关于做好征兵工作的通知\n\n城政发〔2024〕2号\n\n各街道办事处：\n\n现就做好2024年征兵工作通知如下。\n\n" +
        "牵头单位：区人民武装部\n区教育局\n区公安局\n\n城区人民政府\n\n2024年2月10日\n\n" +
        "城区人民政府关于加强安全生产工作的通知\n\n" +
        "发文字号：城政发〔2024〕3号\n发布机关：\n城区人民政府\n城区应急管理局\n成文日期：2024年03月01日\n\n" +
        "各街道办事处：\n\n请各单位切实加强安全生产工作。\n\n" +
        "主办单位：城区人民政府办公室\n编辑：城区人民政府公报编辑部\n电话：(0356)3000000\n";

    [Fact]
    public void Page_details_go_to_the_document_they_describe_and_onto_the_review_list()
    {
        var result = TestFiles.Import(Text, "web.txt");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(3, result.DocumentCount);
        Assert.Equal(0, result.MissingTextCount);
        var docs = Docs(result);
        Assert.Equal(["城政发〔2024〕1号", "城政发〔2024〕2号", "城政发〔2024〕3号"], docs.Select(d => Field(d, "doc_number")).ToArray());
        Assert.DoesNotContain(docs, d => d.Contains("索引号") || d.Contains("浏览次数") || d.Contains("发布时间") || d.Contains("发文字号") || d.Contains("字体"));

        // Before the first title (after the TOC), before the second (at the end of the first), between the third's title and text.
        Assert.Contains("line 19 [01-czf-2024-1]: lines 19–22 are the web page's details, taken out of the text and given to this document: 索引号：", result.Review);
        Assert.Contains("【字体：大 中 小】 【打印】 【关闭】", result.Review);
        Assert.Contains("[02-czf-2024-2]: lines 44–44 are the web page's details", result.Review);
        Assert.Contains("[03-czf-2024-3]: lines 64–68 are the web page's details", result.Review);
        Assert.DoesNotContain("stand between the TOC and the first document", result.Review);

        // The third prints no 文号 (the TOC's is the page's) and no signature: its date comes from the page, a doubt in its front matter.
        var third = docs[2];
        Assert.DoesNotContain("文号", third.Split("review:")[1].Split("---")[0]);
        Assert.Contains("  issuers: [城区人民政府, 城区应急管理局]\n  date: 2024-03-01\n", third);
        Assert.Contains("the web page's 成文日期 2024-03-01 is used", third);
        Assert.Contains("addressee: 各街道办事处：", third);
    }

    [Fact]
    public void Names_stacked_under_a_label_are_one_value_separated_by_commas()
    {
        var result = TestFiles.Import(Text, "web.txt");
        var docs = Docs(result);
        Assert.Contains("成员单位：区发展和改革局、区财政局、区应急管理局", docs[0]);
        Assert.Contains("牵头单位：区人民武装部、区教育局、区公安局", docs[1]);
        Assert.Contains("the 3 names stacked under 成员单位 were joined with 、 into one value", result.Review);
        // The signature under a stacked list stays the signature.
        Assert.Contains("  issuers: [城区人民政府]\n  date: 2024-01-05\n", docs[0]);
        Assert.Contains("  issuers: [城区人民政府]\n  date: 2024-02-10\n", docs[1]);
    }

    [Fact]
    public void A_document_missing_from_the_toc_takes_its_doc_number_from_the_page()
    {
        var text = Text.Replace("城区人民政府关于加强安全生产工作的通知（城政发〔2024〕3号）\n\n", "");
        var result = TestFiles.Import(text, "web.txt");
        var third = Docs(result)[2];
        Assert.Contains("doc_number: 城政发〔2024〕3号\n", third);
        Assert.Contains("no 文号 printed in the text; the web page's 城政发〔2024〕3号 is used — check it against the original", third);
        Assert.Contains("a document in the body is not in the TOC", result.Review);
    }

    [Fact]
    public void A_wrapped_value_is_not_taken_for_stacked_names()
    {
        var text = Text.Replace("牵头单位：区人民武装部\n区教育局\n区公安局", "牵头单位：区人民武装部、区教育局、区住房和城乡建\n设局、区公安局");
        var second = Docs(TestFiles.Import(text, "web.txt"))[1];
        Assert.Contains("牵头单位：区人民武装部、区教育局、区住房和城乡建设局、区公安局", second);
    }

    [Fact]
    public void Page_details_that_differ_from_the_printed_doc_number_are_a_doubt()
    {
        var text = Text.Replace("发文字号：城政发〔2024〕1号", "发文字号：城政发〔2024〕9号");
        var first = Docs(TestFiles.Import(text, "web.txt"))[0];
        Assert.Contains("doc_number: 城政发〔2024〕1号", first);
        Assert.Contains("the web page states 文号 城政发〔2024〕9号, the text prints 城政发〔2024〕1号 (the printed one is kept)", first);
    }

    [Fact]
    public void Text_between_the_toc_and_the_first_document_is_listed_not_dropped()
    {
        var text = Text.Replace("索引号：11140502MB1960462B/2024-00011\n", "本期导读：防汛抗旱与征兵工作\n\n索引号：11140502MB1960462B/2024-00011\n");
        var result = TestFiles.Import(text, "web.txt");
        Assert.Contains("stand between the TOC and the first document and belong to no document; they are only listed here: «本期导读：防汛抗旱与征兵工作»", result.Review);
    }

    private static List<string> Docs(GazettePress.Importing.ImportResult result) =>
        result.Files.Where(f => f.Key.StartsWith("docs/", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value).ToList();

    private static string Field(string markdown, string key) =>
        Regex.Match(markdown, $@"^{key}: (.+)$", RegexOptions.Multiline).Groups[1].Value;
}
