using GazettePress.Publishing.Pdf.Tagging;

namespace GazettePress.Publishing.Tests.Pdf;

/// <summary>Which stretches of a Chinese line a screen reader should speak in English (/Lang en).</summary>
public sealed class LatinSpansTests
{
    private static List<string> Phrases(string text) => LatinSpans.Find(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

    [Theory]
    [InlineData("负责停车设施的规划建设and日常治理", "and")]
    [InlineData("推进PPP项目", "PPP")]
    [InlineData("世界卫生组织（World Health Organization）发布", "World Health Organization")]
    [InlineData("通过ISO 9001 Standard认证", "ISO 9001 Standard")]
    [InlineData("上海某某有限公司（Shanghai Example Co., Ltd.）", "Shanghai Example Co., Ltd.")]
    [InlineData("下载政务APP。", "APP")]
    [InlineData("参见Café au lait一文", "Café au lait")]
    [InlineData("the rock'n'roll era", "the rock'n'roll era")]
    [InlineData("总部位于Geneva, Switzerland。", "Geneva, Switzerland")]
    public void ALatinPhraseIsOneSpan(string text, string phrase) => Assert.Equal([phrase], Phrases(text));

    [Theory]
    [InlineData("2025年6月30日")]                       // numbers
    [InlineData("A类项目和B类项目")]                      // lone letters
    [InlineData("5G基站")]                              // a number with a letter
    [InlineData("第II类和IV类")]                         // Roman numerals typed with letters
    [InlineData("详见http://www.jcgov.gov.cn/zcjd/1.shtml")] // addresses are spelt
    [InlineData("登录www.jcgov.gov.cn查询")]
    [InlineData("发送至office@jcgov.gov.cn")]
    [InlineData("编号JCBG-01-2024-0002")]               // codes
    [InlineData("按照GB/T 9704-2012执行")]
    [InlineData("DB14/T 1234-2020")]
    [InlineData("晋城市人民政府公报")]
    [InlineData("")]
    public void NumbersLettersAddressesAndCodesStayInTheDocumentsLanguage(string text) => Assert.Empty(Phrases(text));

    [Fact]
    public void PhrasesAroundACodeAreSeparate()
    {
        // A Roman numeral or a lone letter inside or at the end of a phrase belongs to it.
        Assert.Equal(["World War II", "Vitamin C"], Phrases("World War II和Vitamin C"));
        Assert.Equal(["see", "for details"], Phrases("see http://www.example.com for details"));
    }

    [Fact]
    public void EverySpanIsInsideTheTextAndStartsAndEndsWithALetterOrDigit()
    {
        var random = new Random(14);
        const string pieces = "abcXYZ é0129 .-/:@'’+#%?=~,；。中文（）";
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]).ToArray());
            var previousEnd = 0;
            foreach (var (start, length) in LatinSpans.Find(text))
            {
                Assert.True(start >= previousEnd && length > 0 && start + length <= text.Length, $"\"{text}\": ({start}, {length})");
                Assert.True(char.IsLetterOrDigit(text[start]), $"\"{text}\" at {start}");
                Assert.True(char.IsLetterOrDigit(text[start + length - 1]) || text[start + length - 1] == '.', $"\"{text}\" ends at {start + length}");
                Assert.Contains(text.Substring(start, length), c => LatinSpans.IsLatinLetter(c));
                previousEnd = start + length;
            }
        }
    }
}
