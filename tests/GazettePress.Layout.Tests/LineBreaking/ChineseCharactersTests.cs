using GazettePress.Layout.Text.LineBreaking;

namespace GazettePress.Layout.Tests.LineBreaking;

/// <summary>The character classes the engine uses for punctuation compression and spacing.</summary>
public sealed class ChineseCharactersTests
{
    private const string Opening = "“‘（【〔《〈「『［｛〖〘｟〝";
    private const string ClosingBracketsAndQuotes = "”’）】〕》〉」』］｝〗〙｠〞〟";
    private const string Stops = "、，。．；：？！";

    [Fact]
    public void OpeningAndClosingSetsAreDisjointAndComplete()
    {
        foreach (var c in Opening)
        {
            Assert.True(ChineseCharacters.IsOpeningPunctuation(c), $"{c} is opening");
            Assert.False(ChineseCharacters.IsClosingPunctuation(c), $"{c} is not closing");
            Assert.True(ChineseCharacters.IsLineEndProhibited(c), $"{c} never ends a line");
            Assert.False(ChineseCharacters.IsLineStartProhibited(c), $"{c} may begin a line");
            Assert.True(ChineseCharacters.IsFullWidthPunctuation(c), $"{c} is full width");
        }

        foreach (var c in ClosingBracketsAndQuotes + Stops)
        {
            Assert.True(ChineseCharacters.IsClosingPunctuation(c), $"{c} is closing");
            Assert.False(ChineseCharacters.IsOpeningPunctuation(c), $"{c} is not opening");
            Assert.True(ChineseCharacters.IsLineStartProhibited(c), $"{c} never begins a line");
            Assert.False(ChineseCharacters.IsLineEndProhibited(c), $"{c} may end a line");
            Assert.True(ChineseCharacters.IsFullWidthPunctuation(c), $"{c} is full width");
        }

        Assert.All(Stops, c => Assert.True(ChineseCharacters.IsStop(c)));
        Assert.All(ClosingBracketsAndQuotes, c => Assert.True(ChineseCharacters.IsClosingBracketOrQuote(c)));
        Assert.All(Stops, c => Assert.False(ChineseCharacters.IsClosingBracketOrQuote(c)));
    }

    [Theory]
    [InlineData('·')]
    [InlineData('・')]
    [InlineData('‧')]
    [InlineData('～')]
    [InlineData('〜')]
    [InlineData('…')]
    [InlineData('‥')]
    [InlineData('ぁ')]
    [InlineData('ッ')]
    [InlineData('ー')]
    [InlineData('々')]
    public void OtherLineStartProhibitedCharacters(char c)
    {
        Assert.True(ChineseCharacters.IsLineStartProhibited(c));
    }

    [Theory]
    [InlineData('中', true)]
    [InlineData('〇', true)]
    [InlineData('々', true)]
    [InlineData('㐀', true)] // Extension A
    [InlineData('\uF900', true)] // 豈, CJK Compatibility Ideographs
    [InlineData('あ', false)]
    [InlineData('A', false)]
    [InlineData('，', false)]
    public void HanCharacters(char c, bool expected)
    {
        Assert.Equal(expected, ChineseCharacters.IsHan(c));
    }

    [Fact]
    public void HanOutsideTheBasicPlane()
    {
        Assert.True(ChineseCharacters.IsHan(0x20000));
        Assert.True(ChineseCharacters.IsHan(0x2A6DF));
    }

    [Theory]
    [InlineData('a', true)]
    [InlineData('Z', true)]
    [InlineData('7', true)]
    [InlineData('é', true)]
    [InlineData('×', false)]
    [InlineData('中', false)]
    [InlineData('７', false)] // full-width digits are set like Han
    [InlineData('.', false)]
    public void LatinOrDigit(char c, bool expected)
    {
        Assert.Equal(expected, ChineseCharacters.IsLatinOrDigit(c));
    }

    [Fact]
    public void DashesAndEllipsesAreFullWidthButNeitherOpeningNorClosing()
    {
        foreach (var c in "—―⸺⸻…‥⋯")
        {
            Assert.True(ChineseCharacters.IsFullWidthPunctuation(c), $"{c}");
            Assert.False(ChineseCharacters.IsOpeningPunctuation(c), $"{c}");
            Assert.False(ChineseCharacters.IsClosingPunctuation(c), $"{c}");
        }

        Assert.True(ChineseCharacters.IsDash('—'));
        Assert.True(ChineseCharacters.IsEllipsis('…'));
    }

    [Fact]
    public void ClassOfGivesTheUnicodeClass()
    {
        Assert.Equal(LineBreakClass.QU, LineBreaker.ClassOf('“'));
        Assert.Equal(LineBreakClass.ID, LineBreaker.ClassOf('中'));
        Assert.Equal(LineBreakClass.CL, LineBreaker.ClassOf('。'));
        Assert.Equal(LineBreakClass.B2, LineBreaker.ClassOf('—'));
        Assert.Equal(LineBreakClass.ID, LineBreaker.ClassOf(0x20000));
    }
}
