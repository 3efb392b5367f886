using GazettePress.Diagnostics;
using GazettePress.Publishing.Print;
using GazettePress.Publishing.Tests.Pdf;

namespace GazettePress.Publishing.Tests.Print;

public sealed class PrintSettingsLoaderTests
{
    [Fact]
    public void Shipped_template_file_gives_the_defaults()
    {
        var bag = new DiagnosticBag();
        var settings = PrintSettingsLoader.Load(Path.Combine(SamplePdf.RepoRoot(), "templates", PrintSettingsLoader.FileName), bag);
        Assert.Empty(bag.Items);
        Assert.Equal(new PrintSettings(), settings);
    }

    [Fact]
    public void Values_are_read()
    {
        var bag = new DiagnosticBag();
        var settings = PrintSettingsLoader.Parse("bleed_mm: 5\ncrop_marks: { offset_mm: 6 }\npadding:\n  keep_at_end: 2\npdfx: none\n", "print.yaml", bag);
        Assert.Empty(bag.Items);
        Assert.Equal(5, settings.BleedMm);
        Assert.Equal(6, settings.MarkOffsetMm);
        Assert.Equal(2, settings.BlankPagesBeforeLast);
        Assert.Equal(PdfxLevels.None, settings.Pdfx);
    }

    [Fact]
    public void All_problems_are_reported_with_line_column_and_hint()
    {
        var bag = new DiagnosticBag();
        PrintSettingsLoader.Parse("bleed: 3\ncrop_marks:\n  offset_mm: 1\npadding:\n  multiple: four\npdfx: PDF/X-4\n", "templates/print.yaml", bag);
        var text = bag.Sorted().Select(d => d.Format(Language.English)).ToList();
        Assert.Contains(text, t => t.StartsWith("templates/print.yaml:1:1: error GP4001 [templates]: unknown key 'bleed'", StringComparison.Ordinal) && t.Contains("did you mean 'bleed_mm'?"));
        Assert.Contains(text, t => t.StartsWith("templates/print.yaml:5:13: error GP4002 [templates]: 'four' is not a whole number", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("templates/print.yaml:6:7: error GP4002 [templates]: pdfx 'PDF/X-4'", StringComparison.Ordinal));
        Assert.Contains(text, t => t.Contains("offset_mm 1 is inside the 3 mm bleed", StringComparison.Ordinal));
    }
}
