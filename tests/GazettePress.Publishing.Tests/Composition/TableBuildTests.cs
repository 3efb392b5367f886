using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Tests.Hardening;

namespace GazettePress.Publishing.Tests.Composition;

/// <summary>
/// An issue with generated tables (a cell of 20,000 characters, 200 columns, twelve columns of
/// numbers, random tables with empty cells), built once; measured on the screen PDF with
/// pdftotext -bbox-layout.
/// </summary>
public sealed class GeneratedTablesFixture : IDisposable
{
    private const string Han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经";
    private readonly IssueCopy _issue = new("tests/data/issues/mini-2025-06");
    private readonly Random _random = new(20251129);

    /// <summary>A unique Latin tag starts every cell (t1x2y3q: table, row, column), so each cell can be found on the page.</summary>
    public List<string> CellTags { get; } = new();
    /// <summary>Tags spread through the 20,000-character cell, one every 200 characters.</summary>
    public List<string> LongCellTags { get; } = new();
    public BuildResult Result { get; }
    /// <summary>The document the tables were added to.</summary>
    public string LastDocument { get; }
    public string Output { get; }

    public GeneratedTablesFixture()
    {
        var markdown = new StringBuilder();
        markdown.Append("表一：超长单元格。\n\n| 项目 | 内容 | 备注 |\n| --- | --- | --- |\n| 甲 | ");
        for (var k = 0; k < 100; k++)
        {
            var tag = $"m{k}z";
            LongCellTags.Add(tag);
            markdown.Append(tag).Append(Text(196));
        }
        markdown.Append(" | 无 |\n| 乙 | 短 |  |\n\n");
        markdown.Append("表二：二百列。\n\n").Append(Table(2, 5, 200, () => Text(_random.Next(0, 12)))).Append('\n');
        markdown.Append("表三：十二列数字。\n\n").Append(Table(3, 8, 12, () => _random.NextInt64(0, 10_000_000).ToString(CultureInfo.InvariantCulture))).Append('\n');
        for (var t = 4; t < 10; t++)
            markdown.Append($"随机表{t}。\n\n").Append(Table(t, _random.Next(1, 25), _random.Next(1, 16), RandomCell)).Append('\n');
        LastDocument = Directory.GetFiles(_issue.PathOf("docs"), "*.md").Order(StringComparer.Ordinal).Last();
        _issue.AppendToBody("docs/" + Path.GetFileName(LastDocument), markdown.ToString());
        Output = Path.Combine(_issue.Root, "out");
        Result = BuildPipeline.Run(new BuildOptions(_issue.Directory, Output));
    }

    private string Text(int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++) sb.Append(i > 0 && _random.NextDouble() < 0.07 ? '，' : Han[_random.Next(Han.Length)]);
        return sb.ToString();
    }

    private string RandomCell() => _random.NextDouble() switch
    {
        < 0.2 => "",
        < 0.4 => _random.NextInt64(0, 10_000_000_000).ToString(CultureInfo.InvariantCulture),
        < 0.5 => _random.Next(0, 100).ToString(CultureInfo.InvariantCulture) + "." + _random.Next(0, 100).ToString("00", CultureInfo.InvariantCulture) + "%",
        _ => Text(_random.Next(1, 60)),
    };

    /// <summary>A pipe table whose non-empty cells start with their tag; empty cells stay empty.</summary>
    private string Table(int number, int rows, int columns, Func<string> cell)
    {
        var sb = new StringBuilder();
        sb.Append('|').Append(string.Concat(Enumerable.Range(1, columns).Select(c => $" 列{c} |"))).Append('\n');
        sb.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", columns))).Append('\n');
        for (var r = 0; r < rows; r++)
        {
            sb.Append('|');
            for (var c = 0; c < columns; c++)
            {
                var text = cell();
                if (text.Length > 0)
                {
                    var tag = $"t{number}x{r}y{c}q";
                    CellTags.Add(tag);
                    text = tag + text;
                }
                sb.Append(' ').Append(text).Append(" |");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public string ScreenPdf => Directory.GetFiles(Output, "*.pdf").Single(f => !f.EndsWith("-print.pdf", StringComparison.Ordinal));

    public void Dispose() => _issue.Dispose();
}

public sealed class TableBuildTests(GeneratedTablesFixture issue) : IClassFixture<GeneratedTablesFixture>
{
    private sealed record Word(int Page, double XMin, double YMin, double XMax, double YMax, string Text);

    private sealed record PageBox(double Width, double Height);

    private static readonly Regex PageElement = new(@"<page width=""([\d.]+)"" height=""([\d.]+)"">", RegexOptions.Compiled);
    private static readonly Regex WordElement = new(@"<word xMin=""([\d.-]+)"" yMin=""([\d.-]+)"" xMax=""([\d.-]+)"" yMax=""([\d.-]+)"">([^<]*)</word>", RegexOptions.Compiled);

    private (List<PageBox> Pages, List<Word> Words) Layout()
    {
        var (exit, xml) = Pdf.Tools.Run("pdftotext", "-bbox-layout", issue.ScreenPdf, "-");
        Assert.Equal(0, exit);
        var pages = new List<PageBox>();
        var words = new List<Word>();
        foreach (var line in xml.Split('\n'))
        {
            if (PageElement.Match(line) is { Success: true } p)
                pages.Add(new PageBox(D(p.Groups[1].Value), D(p.Groups[2].Value)));
            else if (WordElement.Match(line) is { Success: true } w)
                words.Add(new Word(pages.Count, D(w.Groups[1].Value), D(w.Groups[2].Value), D(w.Groups[3].Value), D(w.Groups[4].Value),
                    System.Net.WebUtility.HtmlDecode(w.Groups[5].Value)));
        }
        return (pages, words);
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || c is '，' or '。' or '、' or '；' or '：';

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void The_issue_builds_without_losing_text()
    {
        Assert.True(issue.Result.ExitCode == 0,
            string.Join("\n", issue.Result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Format(Language.English))));
        Assert.DoesNotContain(issue.Result.Diagnostics, d => d.Code == "GP1083");
    }

    [Fact]
    public void A_table_too_wide_for_the_page_is_reported_at_its_line()
    {
        // Also split, rightly: tables whose tagged cells are long unbreakable words (t3x0y0q1234567).
        var split = Assert.Single(issue.Result.Diagnostics, d => d.Code == "GP3015" && d.Format(Language.English).Contains("has 200 columns", StringComparison.Ordinal));
        Assert.EndsWith(Path.GetFileName(issue.LastDocument), split.Location.File);
        var lines = File.ReadAllLines(issue.LastDocument);
        Assert.StartsWith("| 列1 | 列2 |", lines[split.Location.Line - 1]);
    }

    [Fact]
    public void Every_cell_is_on_a_page_inside_the_page()
    {
        var (pages, words) = Layout();
        var text = string.Join(" ", words.Select(w => w.Text));
        var missing = issue.CellTags.Concat(issue.LongCellTags).Where(t => !text.Contains(t, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} cells not found: {string.Join(", ", missing.Take(10))}");
        Assert.All(words, w =>
        {
            var page = pages[w.Page - 1];
            Assert.True(w.XMin >= 0 && w.YMin >= 0 && w.XMax <= page.Width && w.YMax <= page.Height, $"page {w.Page}: \"{w.Text}\" outside the page");
        });
    }

    [Fact]
    public void No_two_words_overlap()
    {
        var (_, words) = Layout();
        var overlaps = new List<string>();
        foreach (var page in words.GroupBy(w => w.Page))
        {
            var sorted = page.OrderBy(w => w.YMin).ToList();
            for (var i = 0; i < sorted.Count; i++)
                for (var j = i + 1; j < sorted.Count && sorted[j].YMin < sorted[i].YMax; j++)
                {
                    var a = sorted[i];
                    var b = sorted[j];
                    var x = Math.Min(a.XMax, b.XMax) - Math.Max(a.XMin, b.XMin);
                    var y = Math.Min(a.YMax, b.YMax) - Math.Max(a.YMin, b.YMin);
                    // Punctuation set half-width (。」 《) overlaps its neighbour's box by up to half an em: that is not overprinting.
                    var (left, right) = a.XMin <= b.XMin ? (a, b) : (b, a);
                    var em = Math.Min(a.YMax - a.YMin, b.YMax - b.YMin);
                    if (x <= 0.55 * em && (IsPunctuation(left.Text[^1]) || IsPunctuation(right.Text[0]))) continue;
                    if (x > 0.5 && y > 0.5) overlaps.Add($"page {page.Key}: \"{a.Text}\" and \"{b.Text}\"");
                }
        }
        Assert.True(overlaps.Count == 0, $"{overlaps.Count} overlaps: {string.Join("; ", overlaps.Take(10))}");
    }
}
