using GazettePress.Diagnostics;
using GazettePress.Publishing.Pdf;
using GazettePress.Publishing.Print;
using GazettePress.Publishing.Tests.Pdf;

namespace GazettePress.Publishing.Tests.Print;

public sealed class PrintEditionTests
{
    [Fact]
    public void Produce_returns_the_press_file_and_a_passing_preflight_of_it()
    {
        var bag = new DiagnosticBag();
        var settings = PrintEdition.LoadSettings(Path.Combine(SamplePdf.RepoRoot(), "templates"), bag);
        Assert.Empty(bag.Items);
        var result = PrintEdition.Produce(PrintPdfMakerTests.Skia.Value, PrintPdfMakerTests.Options().Metadata, settings, PageSizePt.A4);
        Assert.True(result.Preflight.Passed, string.Join("\n", result.Preflight.Lines()));
        Assert.Equal(3, result.Pdf.BlankPagesAdded);
        Assert.Equal("PDF/X-1a:2003", result.Pdf.PdfxVersion);
        Assert.Equal(PrintPdfMakerTests.Result.Value.Bytes, result.Bytes);
    }
}

public sealed class FontInspectorTests
{
    [Fact]
    public void Counts_glyphs_with_outlines_in_whole_and_subset_fonts()
    {
        var whole = File.ReadAllBytes(SamplePdf.FontPath("NotoSerifSC-Regular.ttf"));
        var all = FontInspector.CountNonEmptyTrueTypeGlyphs(whole);
        Assert.True(all > 20000, $"whole font: {all}");
        var subset = FontInspector.CountNonEmptyTrueTypeGlyphs(HarfBuzzSubset.Subset(whole, "人民政府"));
        Assert.InRange(subset!.Value, 4, 6); // 4 characters, plus .notdef
    }
}
