using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;

namespace GazettePress.Layout.Tests.Paragraphs;

/// <summary>Spacing quality on real gazette text (the test corpus), measured on the set lines.</summary>
public class TotalFitTests
{
    private static readonly TextStyle Body = new(FontRole.Song, false, 10.5);

    private static IEnumerable<string> CorpusParagraphs()
    {
        var dir = Path.Combine(TestFonts.RepositoryRoot, "tests", "data", "corpus");
        var file = Directory.EnumerateFiles(dir, "000_*.txt").Single();
        return File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length >= 40 && !l.Contains("http"));
    }

    [Theory]
    [InlineData(18)]
    [InlineData(22)]
    [InlineData(28)]
    public void Justified_lines_of_real_text_are_never_loose(double widthEm)
    {
        double width = widthEm * Body.SizePt;
        int lines = 0;
        foreach (var text in CorpusParagraphs())
        {
            var layout = TestFonts.Layouter.Layout(text, Body, ParagraphStyle.Body, width);
            Assert.DoesNotContain(layout.Diagnostics, d => d.Code == "LINE-OVERFULL");
            foreach (var line in layout.Lines.Where(l => l.IsJustified))
            {
                lines++;
                Assert.True(line.ContentRight <= width + 0.01 && line.ContentRight >= width - 0.01,
                    $"line {line} ends at {line.ContentRight:0.##} of {width}");
                // Never more than a third of an em between two characters.
                Assert.True(line.StretchPerPoint <= Body.SizePt / 3,
                    $"line \"{line}\" has {line.StretchPerPoint / Body.SizePt:0.###} em extra per gap");
            }
        }
        Assert.True(lines > 200, $"only {lines} justified lines checked");
    }

    [Fact]
    public void Total_fit_spreads_space_more_evenly_than_first_fit()
    {
        double width = 22 * Body.SizePt;
        double worstTotalFit = 0, worstFirstFit = 0;
        foreach (var text in CorpusParagraphs())
        {
            var runs = new[] { new TextRun(text, Body) };
            var prepared = PreparedParagraph.Prepare(runs, TestFonts.Registry, new TextShaper(), ChineseLineBreakOpportunities.Instance);
            var firstFit = GreedyLineBreaker.Break(prepared.Units, width - 2 * Body.SizePt, width, 2);
            worstFirstFit = Math.Max(worstFirstFit, WorstStretch(prepared, firstFit, width));
            var layout = TestFonts.Layouter.Layout(runs, ParagraphStyle.Body, width);
            worstTotalFit = Math.Max(worstTotalFit, layout.Lines.Where(l => l.IsJustified).Select(l => l.StretchPerPoint).DefaultIfEmpty(0).Max());
        }
        Assert.True(worstTotalFit < worstFirstFit, $"total-fit worst {worstTotalFit:0.###} pt, first-fit worst {worstFirstFit:0.###} pt");
    }

    private static double WorstStretch(PreparedParagraph p, List<LineSpan> spans, double width)
    {
        double worst = 0;
        for (int i = 0; i < spans.Count - 1; i++)
        {
            double avail = i == 0 ? width - 2 * Body.SizePt : width;
            int cs = LineMeasure.ContentStart(p.Units, spans[i].Start, spans[i].End);
            int ce = LineMeasure.ContentEnd(p.Units, cs, spans[i].End);
            int points = LineMeasure.StretchPoints(p.Units, cs, ce);
            if (points > 0) worst = Math.Max(worst, (avail - LineMeasure.Width(p.Units, cs, ce)) / points);
        }
        return worst;
    }
}
