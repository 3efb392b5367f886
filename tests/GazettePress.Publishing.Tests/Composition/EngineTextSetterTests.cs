using GazettePress.Layout.Fonts;
using GazettePress.Layout.Paragraphs;
using GazettePress.Publishing.Composition;

namespace GazettePress.Publishing.Tests.Composition;

public sealed class EngineTextSetterTests
{
    [Fact]
    public void Superscripts_are_raised_and_subscripts_lowered_from_the_baseline()
    {
        using var fonts = FontRegistry.LoadDirectory(FontRegistry.FindFontsDirectory());
        var setter = new EngineTextSetter(new ParagraphLayouter(fonts));
        var runs = new[]
        {
            new InlineRun("面积100m", "song", false, 10.5, 0x000000, 0, 0, null),
            new InlineRun("2", "song", false, 10.5 * 0.65, 0x000000, 0, 1, null),
            new InlineRun("，PM", "song", false, 10.5, 0x000000, 0, 0, null),
            new InlineRun("2.5", "song", false, 10.5 * 0.65, 0x000000, 0, -1, null),
        };

        var set = setter.Set(runs, new ParagraphFormat(TextAlign.Left, 0, 16, 300));

        var glyphRuns = set.Lines.Cast<EngineLine>().SelectMany(l => l.Layout.Runs).ToArray();
        Assert.Contains(glyphRuns, r => r.Text == "2" && r.BaselineShift > 0);
        Assert.Contains(glyphRuns, r => r.Text == "2.5" && r.BaselineShift < 0);
        Assert.All(glyphRuns.Where(r => r.Text.Contains("面积")), r => Assert.Equal(0, r.BaselineShift));
    }
}
