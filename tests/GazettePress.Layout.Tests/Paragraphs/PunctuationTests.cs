using static GazettePress.Layout.Tests.Paragraphs.LayoutProbe;

namespace GazettePress.Layout.Tests.Paragraphs;

/// <summary>clreq punctuation widths, measured on positions (no rasterising).</summary>
public class PunctuationTests
{
    private const double Tolerance = 0.01;

    [Theory]
    [InlineData("他说好。”然后", 3, 5)]   // 。” → 1.5 em
    [InlineData("见附件）。然后", 3, 5)]  // ）。
    [InlineData("书名》、然后", 2, 4)]    // 》、
    [InlineData("然后，（一）", 2, 4)]    // ，（
    [InlineData("他说：“好", 2, 4)]       // ：“
    public void Two_adjacent_marks_take_one_and_a_half_em(string text, int first, int after)
    {
        var layout = Set(text, 30, Ragged);
        Assert.Single(layout.Lines);
        Assert.Equal(1.5 * Em, X(layout, after) - X(layout, first), Tolerance);
    }

    [Fact]
    public void Opening_marks_together_take_one_and_a_half_em()
    {
        var layout = Set("见“《条例》”", 30, Ragged);
        // “《 : the second opening mark loses its left half, so 条 starts 1.5 em after “.
        Assert.Equal(1.5 * Em, X(layout, 3) - X(layout, 1), Tolerance);
        Assert.Equal(2.5 * Em, X(layout, 3) - X(layout, 0), Tolerance);
    }

    [Fact]
    public void A_single_mark_mid_line_keeps_its_full_width()
    {
        var layout = Set("一二，三四", 30, Ragged);
        Assert.Equal(Em, X(layout, 3) - X(layout, 2), Tolerance);
    }

    [Fact]
    public void A_closing_mark_at_line_end_is_set_half_width_so_the_line_fits()
    {
        // Ten characters and 。 need 11 em at full width; half-width 。 makes 10.5 em.
        var layout = Set("一二三四五六七八九十。甲乙丙丁", 10.5);
        Assert.Equal("一二三四五六七八九十。", LineText(layout, 0));
        Assert.Equal(10.5 * Em, layout.Lines[0].ContentRight, Tolerance);
        // No stretch was needed: characters sit on the em grid.
        Assert.Equal(9 * Em, X(layout, 9), Tolerance);
    }

    [Fact]
    public void An_opening_bracket_at_line_start_loses_its_leading_half_em()
    {
        var layout = Set("一二三四五六七八九十（注）甲乙", 10);
        Assert.Equal("（注）甲乙", LineText(layout, 1));
        var (line, x) = Where(layout, 10);
        Assert.Equal(1, line);
        Assert.Equal(-0.5 * Em, x, Tolerance);        // the glyph's blank half hangs outside, ink at 0
        Assert.Equal(0.5 * Em, X(layout, 11), Tolerance); // 注 follows at half an em
        Assert.Equal(0, layout.Lines[1].ContentLeft, Tolerance);
    }

    [Fact]
    public void Compression_is_decided_before_the_line_start_prohibition()
    {
        // ）。 must not be split or start a line; at 10 em the pair fits at the end of line one only
        // because the pair is compressed to 1.5 em and the line-end 。 is half-width: 9 + 0.5 + 0.5 = 10.
        var layout = Set("一二三四五六七八九）。甲乙丙丁戊", 10);
        Assert.Equal("一二三四五六七八九）。", LineText(layout, 0));
        Assert.Equal(10 * Em, layout.Lines[0].ContentRight, Tolerance);
    }
}
