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

    [Fact]
    public void The_builds_preflight_with_the_writers_own_streams_says_what_the_independent_preflight_says()
    {
        var result = PrintPdfMakerTests.Result.Value;
        Assert.NotNull(result.Written);
        var independent = Preflight.Check(result.Bytes, new PreflightOptions { BleedMm = 3, PageMultiple = 4 });
        var reusing = Preflight.Check(result.Bytes, new PreflightOptions { BleedMm = 3, PageMultiple = 4 }, written: result.Written);
        Assert.Equal(independent.Lines(Language.English, int.MaxValue), reusing.Lines(Language.English, int.MaxValue));
    }

    [Fact]
    public void A_written_stream_is_reused_only_for_exactly_the_bytes_written_with_a_plain_flate_filter()
    {
        var written = new WrittenStreams();
        var data = System.Text.Encoding.ASCII.GetBytes("0 0 0 1 k 0 0 10 10 re f");
        var original = new PdfStream(new PdfDictionary(), []);
        written.SetFlateData(original, data);
        var file = PdfFile.Load(PrintPdfMakerTests.Result.Value.Bytes);

        // Read back as the preflight reads it: new objects, the same bytes.
        var same = new PdfStream(new PdfDictionary { ["Filter"] = new PdfName("FlateDecode") }, [.. original.Data]);
        Assert.Equal(data, written.Decoded(same, file));

        var changed = original.Data.ToArray();
        changed[^1] ^= 1;
        Assert.Null(written.Decoded(new PdfStream(new PdfDictionary { ["Filter"] = new PdfName("FlateDecode") }, changed), file));
        Assert.Null(written.Decoded(new PdfStream(new PdfDictionary(), [.. original.Data]), file));
        Assert.Null(written.Decoded(new PdfStream(new PdfDictionary
        {
            ["Filter"] = new PdfName("FlateDecode"),
            ["DecodeParms"] = new PdfDictionary { ["Predictor"] = new PdfNumber(12) },
        }, [.. original.Data]), file));
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
