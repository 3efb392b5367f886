using GazettePress.Layout.Text;

namespace GazettePress.Layout.Tests.Text;

public class ChineseFontSizesTests
{
    [Theory]
    [InlineData("初号", 42)]
    [InlineData("一号", 26)]
    [InlineData("二号", 22)]
    [InlineData("三号", 16)]
    [InlineData("四号", 14)]
    [InlineData("小四", 12)]
    [InlineData("五号", 10.5)]
    [InlineData("小五", 9)]
    [InlineData("12", 12)]
    [InlineData("10.5pt", 10.5)]
    [InlineData(" 9 pt ", 9)]
    public void Sizes_parse_from_hao_names_and_points(string text, double points)
    {
        Assert.True(ChineseFontSizes.TryParse(text, out var parsed));
        Assert.Equal(points, parsed);
        Assert.Equal(points, ChineseFontSizes.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("大号")]
    [InlineData("-3")]
    [InlineData("12px")]
    public void Other_sizes_are_rejected_with_a_hint(string text)
    {
        Assert.False(ChineseFontSizes.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => ChineseFontSizes.Parse(text));
        Assert.Contains("五号", error.Message);
    }
}
