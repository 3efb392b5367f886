using System.Globalization;
using System.Text;
using GazettePress.Layout.Blocks;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Flow;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;

namespace GazettePress.Layout.Tests.Flow;

/// <summary>
/// Text snapshots of flows laid out by hand-made blocks: each box of each page with its position,
/// height in grid lines and text, so a layout change shows as a readable diff. Snapshots live in
/// Snapshots/; set GP_UPDATE_SNAPSHOTS=1 to rewrite them after a deliberate change, and read the diff.
/// </summary>
public sealed class FlowSnapshotTests
{
    private const double Grid = 16;
    private static readonly TextStyle Body = new(FontRole.Song, false, 10.5);
    private static readonly TextStyle Heading = new(FontRole.Hei, false, 10.5);
    private static readonly FlowArea TwoColumns = new(482, 11 * Grid + 5, Columns: 2, ColumnGapPt: 20, GridPitchPt: Grid);

    private static ParagraphBlock P(string text, int repeat = 1) =>
        new([new TextRun(string.Concat(Enumerable.Repeat(text, repeat)), Body)], new ParagraphStyle(ParagraphAlignment.Justify, 2, Grid));

    private static ParagraphBlock H(string text) =>
        new([new TextRun(text, Heading)], new ParagraphStyle(ParagraphAlignment.Center, 0, Grid))
        { Box = new BlockBox { MarginTopPt = Grid, MarginBottomPt = 0, IsHeading = true } };

    private const string Sentence = "基干民兵参加军事训练期间，由原单位照发工资和奖金，原有福利待遇不变。";

    public static TheoryData<string> Cases => new() { "heading-near-a-column-foot", "widow-at-a-column-foot", "short-last-page" };

    private static IReadOnlyList<Block> Blocks(string name) => name switch
    {
        // A heading that would fall on the column's last lines moves on; the column still ends flush.
        "heading-near-a-column-foot" => [P(Sentence, 3), P(Sentence, 2), P(Sentence, 2), H("第二章　基本权益保障"), P(Sentence, 3), P(Sentence, 4), P(Sentence, 2)],
        // A paragraph whose last line would open the next column: another one is set looser or tighter.
        "widow-at-a-column-foot" => [P(Sentence, 4), P(Sentence, 3), P(Sentence, 5), P(Sentence, 3), P(Sentence, 2), P(Sentence, 3)],
        // The flow's last page: columns balanced within a line.
        "short-last-page" => [P(Sentence, 6), P(Sentence, 7), P(Sentence, 2), P(Sentence, 3)],
        _ => throw new ArgumentException(name),
    };

    private static string Describe(FlowResult result)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < result.Pages.Count; i++)
        {
            sb.Append("page ").Append(i + 1).Append('\n');
            foreach (var (x, y, height, text, role) in result.Pages[i].DescribeBoxes())
                sb.Append(string.Create(CultureInfo.InvariantCulture, $"  {(x < 1 ? "L" : "R")} line {y / Grid + 1,2:0.#} ×{height / Grid:0.#} {role,-7} {text}\n"));
        }
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"short columns {result.ShortColumns}, paragraphs set looser or tighter {result.AdjustedParagraphs}\n"));
        return sb.ToString();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Flow_matches_its_snapshot(string name)
    {
        var result = new FlowLayouter(new ParagraphCache(TestFonts.Layouter)).LayOut(Blocks(name), TwoColumns);
        var actual = Describe(result);
        var path = Path.Combine(TestFonts.RepositoryRoot, "tests", "GazettePress.Layout.Tests", "Flow", "Snapshots", name + ".txt");
        if (Environment.GetEnvironmentVariable("GP_UPDATE_SNAPSHOTS") == "1") File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"no snapshot {path}: run with GP_UPDATE_SNAPSHOTS=1 and read it");
        Assert.Equal(File.ReadAllText(path), actual);
        Assert.Equal(0, result.ShortColumns);
    }
}
