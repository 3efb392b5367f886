using GazettePress.Layout.DisplayList;
using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;
using GazettePress.Publishing.Composition;

namespace GazettePress.Publishing.Tests.Composition;

/// <summary>The layout engine with the repository's fonts, loaded once for all composition tests.</summary>
internal static class TestEngine
{
    private static readonly Lazy<FontRegistry> LazyFonts = new(() => FontRegistry.LoadDirectory(FontRegistry.FindFontsDirectory()));

    public static FontRegistry Fonts => LazyFonts.Value;

    public static ParagraphLayouter NewLayouter() => new(Fonts);
}

/// <summary>One printed line of a page: consecutive glyph runs on one baseline, read from the display list.</summary>
internal sealed record PrintedLine(double X, double Right, double Baseline, string Text, double SizePt, Artifact Artifact)
{
    public static IReadOnlyList<PrintedLine> Of(ComposedPage page) => Of(page.Content);

    public static IReadOnlyList<PrintedLine> Of(Page page)
    {
        var lines = new List<PrintedLine>();
        GlyphRunItem? previous = null;
        foreach (var run in page.Items.OfType<GlyphRunItem>())
        {
            if (run.X.IsEmpty) continue;
            var right = run.X[^1] + run.SizePt;
            var continues = previous is not null && Math.Abs(previous.BaselineY - run.BaselineY) < 3 && lines.Count > 0
                && run.StartX >= lines[^1].X && run.StartX - lines[^1].Right < 4 * run.SizePt && lines[^1].Artifact == run.Artifact;
            if (continues)
                lines[^1] = lines[^1] with { Right = right, Text = lines[^1].Text + run.Text };
            else
                lines.Add(new PrintedLine(run.StartX, right, run.BaselineY, run.Text, run.SizePt, run.Artifact));
            previous = run;
        }
        return lines;
    }
}
