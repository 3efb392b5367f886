using GazettePress.Content;
using GazettePress.Content.Loading;

namespace GazettePress.Publishing.Tests.Content;

public class DocNumberParserTests
{
    [Theory]
    [InlineData("晋市政办〔2025〕22号", "晋市政办", 2025, 22)]
    [InlineData("晋市政发〔2025〕11号", "晋市政发", 2025, 11)]
    [InlineData("晋市规〔2023〕1号", "晋市规", 2023, 1)]
    [InlineData("晋市政办函〔2024〕130号", "晋市政办函", 2024, 130)]
    public void YearNumberedDocNumbersParse(string text, string issuer, int year, int number)
    {
        Assert.Equal(new DocNumber(issuer, year, number, text), DocNumberParser.TryParse(text));
    }

    [Fact]
    public void DecreeNumbersHaveNoYear()
    {
        Assert.Equal(new DocNumber("晋城市人民政府令", null, 5, "晋城市人民政府令第5号"), DocNumberParser.TryParse("晋城市人民政府令第5号"));
    }

    [Theory]
    [InlineData("晋市政办[2025]22号", "年份要用六角括号〔〕（U+3014、U+3015）：晋市政办〔2025〕22号")]
    [InlineData("晋市政办（2025）22号", "年份要用六角括号〔〕（U+3014、U+3015）：晋市政办〔2025〕22号")]
    [InlineData("晋市政办【 2025 】22号", "年份要用六角括号〔〕（U+3014、U+3015）：晋市政办〔2025〕22号")]
    [InlineData("晋市政办 〔2025〕22号", "去掉空格：晋市政办〔2025〕22号")]
    [InlineData("晋市政办〔２０２５〕２２号", "数字用半角阿拉伯数字：晋市政办〔2025〕22号")]
    [InlineData("晋城市人民政府令第 5 号", "去掉空格：晋城市人民政府令第5号")]
    [InlineData("晋市政办〔2025〕22", "按“发文机关代字〔年份〕序号号”写")]
    [InlineData("〔2025〕22号", "按“发文机关代字〔年份〕序号号”写")]
    [InlineData("晋市政办〔1900〕22号", "按“发文机关代字〔年份〕序号号”写")]
    public void MalformedDocNumbersAreRefusedWithTheCorrectedNumber(string text, string fix)
    {
        Assert.Null(DocNumberParser.TryParse(text));
        Assert.Equal(fix, DocNumberParser.FixFor(text).Render(GazettePress.Diagnostics.Language.Chinese).Split('，')[0]);
    }

    [Fact]
    public void FullWidthDigitsAreRefusedWithoutThrowing()
    {
        // \d matches full-width digits, which int.Parse cannot read: the parser must not throw on them.
        Assert.Null(DocNumberParser.TryParse("晋市政办〔２０２５〕22号"));
        Assert.Null(DocNumberParser.TryParse("晋城市人民政府令第５号"));
    }
}
