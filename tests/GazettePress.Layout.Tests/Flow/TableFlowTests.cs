using GazettePress.Diagnostics;
using GazettePress.Layout.Blocks;
using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Flow;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;

namespace GazettePress.Layout.Tests.Flow;

/// <summary>
/// Generated tables (random sizes, very long cells, many columns, empty cells) laid out in two
/// columns on a line grid: every character of every cell is drawn exactly once as content, inside
/// the text area, and no two cells' text overlaps.
/// </summary>
public sealed class TableFlowTests
{
    private const double Grid = 16;
    private static readonly FlowArea Page = new(442, 44 * Grid, Columns: 2, ColumnGapPt: 20, GridPitchPt: Grid);
    private static readonly TextStyle CellText = new(FontRole.Song, false, 9);
    private static readonly TextStyle HeaderText = new(FontRole.Hei, false, 9);
    private const string Han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经";

    private sealed class Generator(int seed)
    {
        private readonly Random _random = new(seed);
        private int _nextId = 1;

        public string Text(int length)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++) chars[i] = _random.NextDouble() < 0.07 && i > 0 ? '，' : Han[_random.Next(Han.Length)];
            return new string(chars);
        }

        public string Cell() => _random.NextDouble() switch
        {
            < 0.15 => "",
            < 0.35 => _random.NextInt64(0, 10_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            < 0.40 => "ABCDEFGHIJKLMNOPQRSTUVWXYZ".Substring(0, _random.Next(1, 26)) + "abcdefghij",
            _ => Text(_random.Next(1, 40)),
        };

        public TableBlock Table(int rows, int columns, Func<int, int, string>? cell = null)
        {
            var result = new List<TableRow>();
            result.Add(Row(Enumerable.Range(0, columns).Select(c => "列" + (c + 1)).ToList(), header: true));
            for (var r = 0; r < rows; r++)
                result.Add(Row(Enumerable.Range(0, columns).Select(c => cell?.Invoke(r, c) ?? Cell()).ToList(), header: false));
            return new TableBlock(result) { Box = new BlockBox { MarginTopPt = 6, MarginBottomPt = 6 } };
        }

        private TableRow Row(List<string> texts, bool header) =>
            new(texts.Select(t => new TableCell(t.Length == 0 ? [] : [new TextRun(t, header ? HeaderText : CellText, Source: new ElementRef(_nextId))],
                new ParagraphStyle(header ? ParagraphAlignment.Center : ParagraphAlignment.Left, 0, 13), new ElementRef(_nextId++))).ToList(), IsHeader: header);

        public int Next(int min, int max) => _random.Next(min, max);
    }

    private static ParagraphBlock Paragraph(string text) =>
        new([new TextRun(text, new TextStyle(FontRole.Song, false, 10.5))], new ParagraphStyle(ParagraphAlignment.Justify, 2, Grid));

    private static (FlowResult Result, List<List<PageItem>> Pages) LayOut(IReadOnlyList<Block> blocks)
    {
        var result = new FlowLayouter(new ParagraphCache(TestFonts.Layouter)).LayOut(blocks, Page);
        var pages = result.Pages.Select(p => { var items = new List<PageItem>(); p.Emit(0, 0, items); return items; }).ToList();
        return (result, pages);
    }

    private static Dictionary<char, int> Count(IEnumerable<string> texts)
    {
        var counts = new Dictionary<char, int>();
        foreach (var text in texts)
            foreach (var c in text)
                if (!char.IsWhiteSpace(c)) counts[c] = counts.GetValueOrDefault(c) + 1;
        return counts;
    }

    private static IEnumerable<string> CellTexts(TableBlock table) => table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Runs).Select(r => r.Text);

    /// <summary>Every cell character drawn once as content, inside the text area; no two cells' runs overlap.</summary>
    private static void AssertAllPlacedWithoutOverlap(IReadOnlyList<Block> blocks, List<List<PageItem>> pages)
    {
        var expected = Count(blocks.OfType<TableBlock>().SelectMany(CellTexts).Concat(blocks.OfType<ParagraphBlock>().SelectMany(p => p.Runs).Select(r => r.Text)));
        var runs = pages.SelectMany(p => p.OfType<GlyphRunItem>()).ToList();
        var drawn = Count(runs.Where(r => r.Artifact == Artifact.None).Select(r => r.Text));
        Assert.Equal(expected.OrderBy(p => p.Key), drawn.OrderBy(p => p.Key));
        for (var p = 0; p < pages.Count; p++)
        {
            var boxes = pages[p].OfType<GlyphRunItem>().Select(r => (Run: r, Box: BoxOf(r))).OrderBy(b => b.Box.Top).ToList();
            foreach (var (run, box) in boxes)
            {
                Assert.True(box.Left >= -0.01 && box.Right <= Page.WidthPt + 0.01 && box.Top >= -0.01 && box.Bottom <= Page.HeightPt + 0.01,
                    $"page {p + 1}: \"{run.Text}\" at {box} is outside the text area");
            }
            for (var i = 0; i < boxes.Count; i++)
                for (var j = i + 1; j < boxes.Count && boxes[j].Box.Top < boxes[i].Box.Bottom; j++)
                {
                    if (boxes[i].Run.Source == boxes[j].Run.Source) continue;
                    var a = boxes[i].Box;
                    var b = boxes[j].Box;
                    var overlapX = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
                    var overlapY = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
                    Assert.False(overlapX > 0.1 && overlapY > 0.1, $"page {p + 1}: \"{boxes[i].Run.Text}\" {a} overlaps \"{boxes[j].Run.Text}\" {b}");
                }
        }
    }

    private readonly record struct Box(double Left, double Top, double Right, double Bottom);

    /// <summary>A run's extent: its glyph origins, the last glyph at least half an em wide, from the ascender to the descender.</summary>
    private static Box BoxOf(GlyphRunItem run) =>
        new(run.StartX, run.BaselineY - 0.8 * run.SizePt, run.X.IsEmpty ? run.StartX : run.X[^1] + 0.5 * run.SizePt, run.BaselineY + 0.2 * run.SizePt);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Random_tables_are_laid_out_whole_without_overprinting(int seed)
    {
        var g = new Generator(seed);
        var blocks = new List<Block> { Paragraph(g.Text(120)) };
        for (var t = 0; t < 4; t++)
        {
            blocks.Add(g.Table(g.Next(0, 40), g.Next(1, 16)));
            blocks.Add(Paragraph(g.Text(g.Next(20, 200))));
        }
        var (result, pages) = LayOut(blocks);
        AssertAllPlacedWithoutOverlap(blocks, pages);
        Assert.Equal(0, result.OverfullBreaks);
    }

    [Fact]
    public void A_cell_of_twenty_thousand_characters_breaks_across_columns_and_pages()
    {
        var g = new Generator(11);
        var longText = g.Text(20_000);
        var table = g.Table(3, 3, (r, c) => r == 1 && c == 1 ? longText : g.Cell());
        var blocks = new List<Block> { Paragraph(g.Text(100)), table, Paragraph(g.Text(100)) };
        var (result, pages) = LayOut(blocks);
        AssertAllPlacedWithoutOverlap(blocks, pages);
        Assert.Equal(0, result.OverfullBreaks);
        Assert.True(pages.Count > 5, $"{pages.Count} pages");
        // Every page the long cell runs through has both columns full to the last grid line but the last.
        var middle = result.Pages.Skip(1).SkipLast(1).SelectMany(p => p.Columns).ToList();
        Assert.All(middle, c => Assert.Equal(c.CapacityBottom, c.ContentBottom, 3));
        // The header rows repeat at the top of each continued column, as decoration.
        var repeated = pages.Skip(1).Sum(p => p.OfType<GlyphRunItem>().Count(r => r.Artifact != Artifact.None && r.Text.StartsWith('列')));
        Assert.True(repeated >= 3 * 2 * (pages.Count - 2), $"{repeated} repeated header cells");
    }

    [Theory]
    [InlineData(200, 5)]
    [InlineData(60, 12)]
    [InlineData(24, 3)]
    public void A_table_too_wide_for_the_page_is_split_into_groups_of_columns_and_reported(int columns, int rows)
    {
        var g = new Generator(columns);
        var table = g.Table(rows, columns) with { Box = new BlockBox { Location = new SourceLocation("docs/a.md", 7) } };
        var blocks = new List<Block> { Paragraph(g.Text(80)), table };
        var (result, pages) = LayOut(blocks);
        AssertAllPlacedWithoutOverlap(blocks, pages);
        var split = result.Diagnostics.Where(d => d.Code == "GP3015").ToList();
        if (columns >= 60) Assert.Equal(new SourceLocation("docs/a.md", 7), Assert.Single(split).Location);
        // The first column (row labels) starts every group; after the first it is decoration, so its text is content once.
        var labels = pages.SelectMany(p => p.OfType<GlyphRunItem>()).Where(r => r.Text == "列1").ToList();
        Assert.Single(labels, r => r.Artifact == Artifact.None);
        Assert.True(split.Count == 0 ? labels.Count == 1 : labels.Count >= 2, $"{labels.Count} label columns");
    }

    [Fact]
    public void A_table_that_fits_a_column_stays_in_it_and_a_wider_one_spans_the_page()
    {
        var g = new Generator(7);
        var narrow = g.Table(4, 3, (r, c) => c == 0 ? "甲乙丙丁"[r].ToString() : (r * 10 + c).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var wide = g.Table(4, 10, (r, c) => (r * 1000 + c * 37).ToString(System.Globalization.CultureInfo.InvariantCulture) + "万元");
        var blocks = new List<Block> { Paragraph(g.Text(300)), narrow, Paragraph(g.Text(300)), wide, Paragraph(g.Text(300)) };
        var (_, pages) = LayOut(blocks);
        AssertAllPlacedWithoutOverlap(blocks, pages);
        var column = Page.ColumnWidthPt();
        double X(string text) => pages.SelectMany(p => p.OfType<GlyphRunItem>()).Single(r => r.Text == text).StartX;
        Assert.True(X("32") - X("丁") < column - 10, "the narrow table stays in its column");
        Assert.True(X("3333") - X("3000") > column + 20, "the wide table spans both columns");
    }
}
