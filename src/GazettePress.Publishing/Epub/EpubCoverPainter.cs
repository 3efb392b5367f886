using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Painting;
using GazettePress.Layout.Paragraphs;
using GazettePress.Layout.Text;

namespace GazettePress.Publishing.Epub;

/// <summary>
/// The e-edition's cover, made for a phone rather than shrunk from the A4 print cover: a 5:8 page
/// with the masthead as wide as the page allows, the issue number large and the publication date
/// in body size, so all three can be read in a reading system's library and on a 390 px wide screen.
/// Drawn by the same engine as print (HarfBuzz shaping, the bundled fonts), painted to PNG.
/// </summary>
public static class EpubCoverPainter
{
    public const double WidthPt = 400;
    public const double HeightPt = 640;
    /// <summary>1200 × 1920 pixels: sharp on a phone at 3 device pixels per CSS pixel.</summary>
    public const double Dpi = 1200 / WidthPt * 72;

    private const double Margin = 24;
    private static readonly PaintColor MastheadRed = PaintColor.Rgb(0xD4, 0x00, 0x00);

    public static byte[] PaintPng(EpubIssue issue, FontRegistry fonts) => PngPainter.PaintToBytes(Layout(issue, fonts), Dpi);

    /// <summary>The cover as a display list (for tests and for painting).</summary>
    public static Page Layout(EpubIssue issue, FontRegistry fonts)
    {
        var layouter = new ParagraphLayouter(fonts);
        var items = new List<PageItem>();
        var measure = WidthPt - 2 * Margin;

        double Line(string text, TextStyle style, double baseline)
        {
            if (string.IsNullOrWhiteSpace(text)) return baseline;
            var paragraph = layouter.Layout(text, style, ParagraphStyle.Centered, measure);
            items.AddRange(paragraph.ToItems(Margin, baseline));
            return baseline + paragraph.BaselineSpan;
        }

        // The masthead fills the measure: about one em per character plus the letter-spacing print uses.
        var titleLength = Math.Max(1, issue.GazetteTitle.EnumerateRunes().Count());
        var mastheadSize = Math.Clamp(measure / (titleLength * 1.1), 20, 44);
        var masthead = new TextStyle(FontRole.Hei, true, mastheadSize, LetterSpacingEm: 0.05, Color: MastheadRed);
        var y = Line(issue.GazetteTitle, masthead, Margin + 56);

        if (issue.Pinyin is { Length: > 0 } pinyin)
            y = Line(pinyin, new TextStyle(FontRole.Song, false, Math.Clamp(measure / (pinyin.Length * 0.62), 6, 10), Color: MastheadRed), y + 20);
        items.Add(new RuleItem(Margin, y + 14, WidthPt - Margin, y + 14, 2.5, MastheadRed));
        items.Add(new RuleItem(Margin, y + 19, WidthPt - Margin, y + 19, 0.75, MastheadRed));

        var year = new TextStyle(FontRole.Hei, true, 30);
        var number = new TextStyle(FontRole.Hei, true, 56);
        y = Line($"{issue.Year}年", year, 250);
        y = Line($"第{issue.Number}期", number, y + 76);
        if (issue.Cumulative is { } cumulative)
            y = Line($"总第{cumulative}期", new TextStyle(FontRole.Hei, false, 20), y + 40);

        var foot = new TextStyle(FontRole.Hei, false, 18);
        var date = new TextStyle(FontRole.Song, false, 18);
        var published = EpubText.Date(issue.Published) + "出版" + (issue.Frequency is { Length: > 0 } f ? $"（{f}）" : "");
        var footY = HeightPt - Margin - 60;
        footY = Line(issue.Sponsor + "主办", foot, footY);
        Line(published, date, footY + 30);
        return new Page(WidthPt, HeightPt, items);
    }
}
