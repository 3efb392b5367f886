using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using GazettePress.Publishing.Epub;

namespace GazettePress.Publishing.Tests.Epub;

/// <summary>The phone cover: masthead, issue and date are there in full, inside the page, and large
/// enough to read when the cover is shown 374 CSS px wide (a 390 px screen less the page margins).</summary>
public sealed class EpubCoverPainterTests
{
    private const double ShownWidthPx = 374;
    private static double Px(double pt) => pt * ShownWidthPx / EpubCoverPainter.WidthPt;

    public static TheoryData<string, int, int?> Mastheads() => new()
    {
        { "晋城市人民政府公报", 6, 294 },
        { "国务院公报", 12, null },
        { "新疆维吾尔自治区伊犁哈萨克自治州人民政府公报", 12, 388 },
        { "内蒙古自治区锡林郭勒盟行政公署公报（汉文版）增刊", 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Mastheads))]
    public void MastheadIssueAndDateAreWholeInsideThePageAndLegible(string title, int number, int? cumulative)
    {
        var issue = SampleEpubIssue.Create() with { GazetteTitle = title, Number = number, Cumulative = cumulative };
        using var fonts = FontRegistry.LoadDirectory(Path.Combine(EpubFromIssueFolderTests.RepositoryRoot(), "fonts"));

        var page = EpubCoverPainter.Layout(issue, fonts);

        var runs = page.Items.OfType<GlyphRunItem>().ToArray();
        string TextOfSize(Func<double, bool> size) => string.Concat(runs.Where(r => size(r.SizePt)).Select(r => r.Text));
        var all = string.Concat(runs.Select(r => r.Text));
        Assert.Contains(title, all);
        Assert.Contains($"第{number}期", all);
        Assert.Contains("2025年12月28日出版", all);
        foreach (var run in runs)
        {
            Assert.True(run.X.Min() >= 0 && run.X.Max() + run.SizePt <= page.WidthPt + 0.01, $"'{run.Text}' leaves the page sideways");
            Assert.InRange(run.BaselineY, run.SizePt, page.HeightPt);
        }
        // Masthead at least 18 px a character, issue number 40 px, date 16 px (body text size on a phone).
        Assert.Contains(title[..2], TextOfSize(s => Px(s) >= 18));
        Assert.Contains($"第{number}期", TextOfSize(s => Px(s) >= 40));
        Assert.Contains("2025年12月28日出版", TextOfSize(s => Px(s) >= 16));
    }

    [Fact]
    public void TheCoverIsAPortraitPngOfTwelveHundredPixelsWidth()
    {
        using var fonts = FontRegistry.LoadDirectory(Path.Combine(EpubFromIssueFolderTests.RepositoryRoot(), "fonts"));
        var png = EpubCoverPainter.PaintPng(SampleEpubIssue.Create(), fonts);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        Assert.Equal((1200, 1920), (width, height));
        Assert.Equal(png, EpubCoverPainter.PaintPng(SampleEpubIssue.Create(), fonts));
    }
}
