using GazettePress.Layout.DisplayList;
using GazettePress.Diagnostics;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;
using static GazettePress.Layout.Tests.Paragraphs.LayoutProbe;

namespace GazettePress.Layout.Tests.Paragraphs;

public class SpacingAndJustificationTests
{
    private const double Tolerance = 0.01;

    private static readonly string Article =
        "为规范和加强我市基干民兵优待和权益保障工作，激发基干民兵参加军事训练、执行任务的积极性和主动性，" +
        "根据《中华人民共和国兵役法》《民兵工作条例》《山西省民兵工作规定》等法律法规，结合我市实际，制定本细则。" +
        "本细则所称基干民兵，是指经过整组编入基干民兵组织的人员（含应急连、专业分队），共计3200人，" +
        "其中女民兵占20%左右；详见晋市政发〔2025〕11号文件——“关于加强民兵工作的意见”……以上。";

    [Fact]
    public void A_quarter_em_separates_Han_from_Latin_and_digits()
    {
        var layout = Set("中文abc中文2025年", 30, Ragged);
        var face = TestFonts.Registry.Resolve(FontRole.Song, false).Primary!;
        Assert.Equal(Em + 0.25 * Em, X(layout, 2) - X(layout, 1), Tolerance);
        double cAdvance = face.GlyphAdvanceEm(face.NominalGlyph('c')) * Em;
        Assert.Equal(cAdvance + 0.25 * Em, X(layout, 5) - X(layout, 4), Tolerance);
        Assert.Equal(1.25 * Em, X(layout, 7) - X(layout, 6), Tolerance);
        double fiveAdvance = face.GlyphAdvanceEm(face.NominalGlyph('5')) * Em;
        Assert.Equal(fiveAdvance + 0.25 * Em, X(layout, 11) - X(layout, 10), Tolerance);
    }

    [Fact]
    public void No_quarter_em_next_to_punctuation()
    {
        var layout = Set("见（2025）号", 30, Ragged);
        // （2: full-width bracket then digit, no extra space; 5）: digit then bracket, none either.
        var face = TestFonts.Registry.Resolve(FontRole.Song, false).Primary!;
        Assert.Equal(Em, X(layout, 2) - X(layout, 1), Tolerance);
        double fiveAdvance = face.GlyphAdvanceEm(face.NominalGlyph('5')) * Em;
        Assert.Equal(fiveAdvance, X(layout, 6) - X(layout, 5), Tolerance);
    }

    [Fact]
    public void No_quarter_em_at_line_edges()
    {
        // Break falls between 十 and 2025: line two starts with the digits at x = 0.
        var layout = Set("一二三四五六七八九十2025年度", 10);
        Assert.Equal("2025年度", LineText(layout, 1));
        Assert.Equal(0, X(layout, 10), Tolerance);
        Assert.Equal(10 * Em, layout.Lines[0].ContentRight, Tolerance);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(17)]
    [InlineData(22)]
    [InlineData(22.5)]
    [InlineData(31)]
    public void Every_line_but_the_last_fills_the_measure_exactly(double widthEm)
    {
        var layout = TestFonts.Layouter.Layout(Article, Song10, ParagraphStyle.Body, widthEm * Em);
        Assert.Empty(layout.Diagnostics);
        Assert.True(layout.Lines.Length > 2);
        foreach (var line in layout.Lines.Take(layout.Lines.Length - 1))
            Assert.Equal(widthEm * Em, line.ContentRight, Tolerance);
        Assert.True(layout.Lines[^1].ContentRight <= widthEm * Em + Tolerance);
        Assert.Equal(2 * Em, layout.Lines[0].ContentLeft, Tolerance); // first-line indent
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(13)]
    [InlineData(17)]
    [InlineData(22)]
    [InlineData(25)]
    public void No_line_starts_with_a_closing_mark_or_ends_with_an_opening_mark(double widthEm)
    {
        var layout = TestFonts.Layouter.Layout(Article, Song10, ParagraphStyle.Body, widthEm * Em);
        for (int i = 0; i < layout.Lines.Length; i++)
        {
            var text = LineText(layout, i).TrimEnd();
            Assert.DoesNotContain(text[0], "、，。；：？！”’）】〕》〉」』·～%");
            Assert.DoesNotContain(text[^1], "“‘（【〔《〈「『");
            Assert.False(text.StartsWith('—') && i > 0 && LineText(layout, i - 1).TrimEnd().EndsWith('—'), "—— split");
            Assert.False(text.StartsWith('…') && i > 0 && LineText(layout, i - 1).TrimEnd().EndsWith('…'), "…… split");
        }
        // Lines tile the text: nothing lost, nothing doubled.
        Assert.Equal(Article, string.Concat(Enumerable.Range(0, layout.Lines.Length).Select(i => LineText(layout, i))));
    }

    [Fact]
    public void Latin_words_and_numbers_stay_whole_and_are_not_stretched_inside()
    {
        var layout = Set("一二三四五六七八PM2.5浓度下降了百分之五十以上的情况", 12);
        var face = TestFonts.Registry.Resolve(FontRole.Song, false).Primary!;
        var (lineP, xP) = Where(layout, 8);
        var (lineM, xM) = Where(layout, 9);
        Assert.Equal(lineP, lineM);
        Assert.Equal(face.GlyphAdvanceEm(face.NominalGlyph('P')) * Em, xM - xP, Tolerance);
        Assert.Contains(layout.Lines, l => LineText(layout, l.Index).Contains("PM2.5"));
    }

    [Fact]
    public void The_last_line_never_holds_a_single_character()
    {
        // 21 characters in 10-em lines would leave one alone on line three.
        var layout = Set("一二三四五六七八九十一二三四五六七八九十一", 10);
        Assert.Equal(3, layout.Lines.Length);
        Assert.Equal(2, LineText(layout, 2).Length);
        Assert.Equal(10 * Em, layout.Lines[1].ContentRight, Tolerance); // the line above stretches
    }

    [Fact]
    public void A_single_character_plus_its_stop_is_pulled_down_too()
    {
        var layout = Set("一二三四五六七八九十一二三四五六七八九十一。", 10);
        Assert.True(LineText(layout, layout.Lines.Length - 1).Count(char.IsLetter) >= 2);
    }

    [Fact]
    public void Letter_spacing_spreads_a_title()
    {
        var style = Song10 with { LetterSpacingEm = 1 };
        var layout = TestFonts.Layouter.Layout("总则", style, ParagraphStyle.Centered, 20 * Em);
        Assert.Equal(2 * Em, X(layout, 1) - X(layout, 0), Tolerance);
        // Centred on the spaced text: no trailing letter-space counts.
        Assert.Equal(20 * Em - layout.Lines[0].ContentRight, layout.Lines[0].ContentLeft, Tolerance);
    }

    [Fact]
    public void Run_in_bold_label_and_body_share_a_line()
    {
        var runs = new[]
        {
            new TextRun("第一条", Song10.WithBold()),
            new TextRun("　为规范工作，制定本细则。", Song10, new InlineLink(LinkTarget.ToDestination("l1"))),
        };
        var layout = TestFonts.Layouter.Layout(runs, ParagraphStyle.Body, 30 * Em);
        var line = Assert.Single(layout.Lines);
        Assert.True(line.Runs[0].Face.IsBold);
        Assert.Equal("第一条", line.Runs[0].Text);
        Assert.False(line.Runs[1].Face.IsBold);
        Assert.Equal(LinkTarget.ToDestination("l1"), line.Runs[1].Link?.Target);
        Assert.Equal(2 * Em, line.Runs[0].Left, Tolerance);
        Assert.Equal(5 * Em, line.Runs[1].Left, Tolerance);
    }

    [Fact]
    public void A_superscript_run_is_raised_from_the_baseline()
    {
        var runs = new[] { new TextRun("面积100m", Song10), new TextRun("2", Song10 with { SizePt = 6, BaselineShiftPt = 3.5 }) };
        var layout = TestFonts.Layouter.Layout(runs, ParagraphStyle.Body, 30 * Em);
        var items = layout.ToItems(0, 100).ToArray();
        Assert.Equal(100, items[0].BaselineY);
        Assert.Equal(96.5, items[^1].BaselineY, 3);
        Assert.Equal("2", items[^1].Text);
    }

    [Fact]
    public void Tabular_figures_give_every_digit_the_same_width()
    {
        double Width(string digits, bool tabular) =>
            TestFonts.Layouter.Layout(digits, Song10 with { TabularFigures = tabular }, Ragged, 30 * Em).Lines[0].ContentRight;
        Assert.NotEqual(Width("11", false), Width("88", false), 3);
        Assert.Equal(Width("11", true), Width("88", true), 3);
    }

    [Fact]
    public void A_character_missing_from_the_role_font_is_set_in_the_next_font_of_the_chain()
    {
        var layout = Set("波兰Ą字", 30, Ragged);
        var runs = layout.Lines[0].Runs;
        Assert.Equal(3, runs.Length);
        Assert.Equal("Noto Serif SC", runs[0].Face.FamilyName);
        Assert.Equal("Ą", runs[1].Text);
        Assert.Equal(FontRole.Kai, runs[1].Face.Role);
        Assert.Equal("Noto Serif SC", runs[2].Face.FamilyName);
        Assert.Empty(layout.Diagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("一\n\n二")]
    public void Empty_and_blank_lines_still_take_a_line_each(string escaped)
    {
        var text = escaped.Replace("\\n", "\n");
        var layout = Set(text, 10);
        Assert.Equal(Math.Max(1, text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1)), layout.Lines.Length);
        Assert.All(layout.Lines, l => Assert.Equal(1.5 * Em, l.Leading, 3));
        Assert.Empty(layout.Diagnostics);
    }

    [Fact]
    public void An_ideographic_space_at_a_line_end_does_not_leave_the_line_short()
    {
        var layout = Set("一二三四五六七八九十　甲乙丙丁", 10.5);
        Assert.Equal("一二三四五六七八九十　", LineText(layout, 0));
        Assert.Equal(10.5 * Em, layout.Lines[0].ContentRight, Tolerance);
    }

    [Fact]
    public void Alignment_centre_and_right()
    {
        var centre = TestFonts.Layouter.Layout("一二三四", Song10, ParagraphStyle.Centered, 10 * Em);
        Assert.Equal(3 * Em, centre.Lines[0].ContentLeft, Tolerance);
        var right = TestFonts.Layouter.Layout("一二三四", Song10, new ParagraphStyle(ParagraphAlignment.Right, 0), 10 * Em);
        Assert.Equal(6 * Em, right.Lines[0].ContentLeft, Tolerance);
        Assert.Equal(10 * Em, right.Lines[0].ContentRight, Tolerance);
    }

    [Fact]
    public void A_character_no_font_has_is_reported_with_its_code_point_and_place()
    {
        var run = new TextRun("一二\U0010FFFD三", Song10, Location: new SourceLocation("docs/a.md", 7, 3));
        var layout = TestFonts.Layouter.Layout(new[] { run }, ParagraphStyle.Body, 20 * Em);
        var d = Assert.Single(layout.Diagnostics);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("GP3010", d.Code);
        Assert.Contains("U+10FFFD", d.Message);
        Assert.Equal(new SourceLocation("docs/a.md", 7, 5), d.Location);
        Assert.Equal(3, layout.Lines[0].Runs.Sum(r => r.Glyphs.Length));
    }

    [Fact]
    public void A_word_longer_than_the_column_is_reported_and_cut_never_overflows()
    {
        var layout = Set("见ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ为准", 10);
        Assert.Contains(layout.Diagnostics, d => d.Code is "GP3011" or "GP3014");
        foreach (var line in layout.Lines)
            Assert.True(line.ContentRight <= 10 * Em + Tolerance, $"line {line.Index} ends at {line.ContentRight}");
    }

    [Fact]
    public void A_long_URL_breaks_at_its_emergency_points_without_complaint()
    {
        var url = "http://www.jcgov.gov.cn/zjxx/zcjd/202511/t20251120_2035112.shtml";
        var layout = Set("见" + url, 10);
        Assert.Empty(layout.Diagnostics);
        Assert.True(layout.Lines.Length > 1);
        foreach (var line in layout.Lines)
            Assert.True(line.ContentRight <= 10 * Em + Tolerance, $"line {line.Index} ends at {line.ContentRight}");
        Assert.Equal("见" + url, string.Concat(layout.Lines.Select(l => LineText(layout, l.Index))));
    }
}
