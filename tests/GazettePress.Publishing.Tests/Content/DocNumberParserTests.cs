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
    [InlineData("晋市政办[2025]22号", "〔〕")]
    [InlineData("晋市政办（2025）22号", "〔〕")]
    [InlineData("晋市政办 〔2025〕22号", "spaces")]
    [InlineData("晋市政办〔2025〕22", "issuer code")]
    [InlineData("〔2025〕22号", "issuer code")]
    [InlineData("晋市政办〔1900〕22号", "issuer code")]
    public void MalformedDocNumbersAreRefusedWithAHint(string text, string hintPart)
    {
        Assert.Null(DocNumberParser.TryParse(text));
        Assert.Contains(hintPart, DocNumberParser.HintFor(text));
    }
}
