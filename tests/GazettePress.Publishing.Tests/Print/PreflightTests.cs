using GazettePress.Diagnostics;
using System.Text;
using GazettePress.Cli.Commands;
using GazettePress.Publishing.Pdf;
using GazettePress.Publishing.Print;
using GazettePress.Publishing.Tests.Pdf;

namespace GazettePress.Publishing.Tests.Print;

public sealed class PreflightTests
{
    private static byte[] Good => PrintPdfMakerTests.Result.Value.Bytes;

    /// <summary>Loads the good print PDF, lets the test break it, writes it again.</summary>
    private static byte[] Broken(Action<PdfFile> breakIt)
    {
        var file = PdfFile.Load(Good);
        breakIt(file);
        return PdfWriter.Write(file);
    }

    private static void EditPageContent(PdfFile file, int pageIndex, Func<string, string> edit)
    {
        var page = file.Page(file.PageReferences()[pageIndex]);
        var content = Encoding.Latin1.GetString(ContentStream.PageContent(file, page)!);
        var stream = new PdfStream(new PdfDictionary(), []);
        PdfFilters.SetFlateData(stream, Encoding.Latin1.GetBytes(edit(content)));
        page["Contents"] = file.Add(stream);
    }

    private static void AssertOnlyFailure(PreflightReport report, string check, string reasonFragment)
    {
        var failed = report.Checks.Where(c => !c.Passed).ToList();
        Assert.True(failed.Count == 1 && failed[0].Name == check,
            "expected only " + check + " to fail:\n" + string.Join("\n", report.Lines(Language.English)));
        Assert.Contains(reasonFragment, failed[0].Message.Render(Language.English));
    }

    [Fact]
    public void Good_print_pdf_passes_every_check_including_gs_cross_check()
    {
        var report = Preflight.Check(Good, new PreflightOptions { CrossCheckInkCoverage = true, RequirePdfx = true });
        Assert.True(report.Passed, string.Join("\n", report.Lines(Language.English)));
        Assert.Contains("colour on page(s) 2,3,4", report[Preflight.BlackInk].Message.Render(Language.English));
    }

    [Fact]
    public void Raw_skia_output_fails_boxes_page_count_black_ink()
    {
        var report = Preflight.Check(PrintPdfMakerTests.Skia.Value);
        Assert.False(report[Preflight.Boxes].Passed);
        Assert.False(report[Preflight.PageCount].Passed);
        Assert.False(report[Preflight.BlackInk].Passed);
        Assert.Contains("RGB(0 0 0)", report[Preflight.BlackInk].Message.Render(Language.English));
    }

    [Fact]
    public void Type3_font_fails_fonts()
    {
        var bytes = Broken(file =>
        {
            var page = file.Page(file.PageReferences()[0]);
            var glyph = new PdfStream(new PdfDictionary(), Encoding.ASCII.GetBytes("1000 0 0 0 750 750 d1 0 0 750 750 re f"));
            var type3 = new PdfDictionary
            {
                ["Type"] = new PdfName("Font"),
                ["Subtype"] = new PdfName("Type3"),
                ["FontBBox"] = PdfArray.OfNumbers(0, 0, 750, 750),
                ["FontMatrix"] = PdfArray.OfNumbers(0.001, 0, 0, 0.001, 0, 0),
                ["CharProcs"] = new PdfDictionary { ["box"] = file.Add(glyph) },
                ["Encoding"] = new PdfDictionary { ["Type"] = new PdfName("Encoding"), ["Differences"] = new PdfArray([new PdfNumber(97), new PdfName("box")]) },
                ["FirstChar"] = new PdfNumber(97),
                ["LastChar"] = new PdfNumber(97),
                ["Widths"] = PdfArray.OfNumbers(1000),
                ["Resources"] = new PdfDictionary(),
            };
            var fonts = file.ResolveDictionary(file.ResolveDictionary(page["Resources"])!["Font"])!;
            fonts["T3"] = file.Add(type3);
            EditPageContent(file, 0, c => c + "\nBT /T3 12 Tf 0 0 0 1 k 100 100 Td (a) Tj ET\n");
        });
        var path = Tools.TempFile(bytes, "type3.pdf");
        Assert.Contains("Type 3", Tools.Run("pdffonts", path).Output); // the broken file really is what we claim
        AssertOnlyFailure(Preflight.Check(bytes), Preflight.Fonts, "Type 3");
    }

    [Fact]
    public void Whole_font_embedded_fails_subset_check()
    {
        var skia = SamplePdf.Make(new SamplePdf.Options { PageCount = 4, SubsetFont = false });
        var print = PrintPdfMaker.Make(skia, PrintPdfMakerTests.Options()).Bytes;
        AssertOnlyFailure(Preflight.Check(print), Preflight.Fonts, "is not subset");
    }

    [Fact]
    public void Rgb_black_text_fails_black_ink_check()
    {
        var bytes = Broken(file => EditPageContent(file, 0, c =>
        {
            var at = c.IndexOf("0 0 0 1 k", StringComparison.Ordinal);
            Assert.True(at >= 0);
            return c[..at] + "0 0 0 rg" + c[(at + "0 0 0 1 k".Length)..];
        }));
        var report = Preflight.Check(bytes);
        Assert.False(report[Preflight.BlackInk].Passed);
        Assert.Contains("page 1", report[Preflight.BlackInk].Message.Render(Language.English));
        Assert.False(report[Preflight.Pdfx].Passed); // RGB in a file that claims PDF/X-1a
    }

    [Fact]
    public void Missing_trim_box_fails_boxes()
    {
        var bytes = Broken(file => file.Page(file.PageReferences()[2]).Remove("TrimBox"));
        var report = Preflight.Check(bytes);
        Assert.False(report[Preflight.Boxes].Passed);
        Assert.Contains("page 3: no TrimBox", report[Preflight.Boxes].Message.Render(Language.English));
    }

    [Fact]
    public void Wrong_bleed_fails_boxes()
    {
        var print = PrintPdfMaker.Make(PrintPdfMakerTests.Skia.Value, PrintPdfMakerTests.Options(new PrintSettings { BleedMm = 2 })).Bytes;
        AssertOnlyFailure(Preflight.Check(print), Preflight.Boxes, "expected 3 mm");
    }

    [Fact]
    public void Cover_art_stopping_at_the_trim_fails_bleed()
    {
        var skia = SamplePdf.Make(new SamplePdf.Options { PageCount = 4, CoverBleedPt = 0 });
        var print = PrintPdfMaker.Make(skia, PrintPdfMakerTests.Options()).Bytes;
        AssertOnlyFailure(Preflight.Check(print), Preflight.Bleed, "page 4: art touches the trim at the left/right/top edge");
    }

    [Fact]
    public void Five_pages_fail_page_count()
    {
        var print = PrintPdfMaker.Make(PrintPdfMakerTests.Skia.Value, PrintPdfMakerTests.Options(new PrintSettings { PageMultiple = 1 })).Bytes;
        AssertOnlyFailure(Preflight.Check(print), Preflight.PageCount, "5 pages is not a multiple of 4");
    }

    [Fact]
    public void Low_resolution_image_fails()
    {
        var skia = SamplePdf.Make(new SamplePdf.Options { PageCount = 4, ImagePpi = 150 });
        var print = PrintPdfMaker.Make(skia, PrintPdfMakerTests.Options()).Bytes;
        AssertOnlyFailure(Preflight.Check(print), Preflight.Images, "150 ppi, below 300");
    }

    [Fact]
    public void Unfilled_qr_placeholder_fails_with_its_id_and_page()
    {
        var skia = SamplePdf.Make(new SamplePdf.Options { PageCount = 4, Placeholder = true });
        var print = PrintPdfMaker.Make(skia, PrintPdfMakerTests.Options()).Bytes;
        AssertOnlyFailure(Preflight.Check(print), Preflight.Placeholders, "'qr-01' still unfilled on page 1");
    }

    [Fact]
    public void Pdfx_claim_without_output_intent_fails()
    {
        var bytes = Broken(file => file.Catalog.Remove("OutputIntents"));
        AssertOnlyFailure(Preflight.Check(bytes), Preflight.Pdfx, "output intent");
    }

    [Fact]
    public void Pdfx_1a_claim_with_icc_colour_fails()
    {
        var bytes = Broken(file =>
        {
            var page = file.Page(file.PageReferences()[0]);
            var icc = new PdfStream(new PdfDictionary { ["N"] = new PdfNumber(4) }, [0]);
            file.ResolveDictionary(page["Resources"])!["ColorSpace"] = new PdfDictionary { ["CS0"] = new PdfArray([new PdfName("ICCBased"), file.Add(icc)]) };
        });
        AssertOnlyFailure(Preflight.Check(bytes), Preflight.Pdfx, "/ICCBased");
    }

    [Fact]
    public void Encrypted_or_unreadable_files_fail_with_one_clear_line()
    {
        var good = Tools.TempFile(Good, "plain.pdf");
        var encrypted = Path.Combine(Path.GetDirectoryName(good)!, "encrypted.pdf");
        Assert.Equal(0, Tools.Run("qpdf", "--encrypt", "", "owner", "256", "--", good, encrypted).ExitCode);
        var report = Preflight.Check(File.ReadAllBytes(encrypted));
        Assert.False(report.Passed);
        Assert.Equal("FAIL encryption: the file is encrypted: print shops (and PDF/X) need it unencrypted", Assert.Single(report.Lines(Language.English)));
        Assert.StartsWith("FAIL pdf-syntax: the file cannot be read as a PDF: not a PDF", Assert.Single(Preflight.Check(Encoding.ASCII.GetBytes("hello")).Lines(Language.English)));
    }

    [Fact]
    public void Command_prints_one_line_per_check_and_exit_code_follows_result()
    {
        Localization.Current = Language.English; // this test reads the English lines
        var good = Tools.TempFile(Good, "good.pdf");
        var output = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["preflight", good], output, TextWriter.Null));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(9, lines.Count(l => l.StartsWith("PASS ", StringComparison.Ordinal)));

        var bad = Tools.TempFile(PrintPdfMakerTests.Skia.Value, "bad.pdf");
        output = new StringWriter();
        Assert.Equal(1, CommandLine.Run(["preflight", bad], output, TextWriter.Null));
        Assert.Contains("FAIL boxes: page 1: no TrimBox", output.ToString());
        Assert.Equal(2, CommandLine.Run(["preflight"], TextWriter.Null, TextWriter.Null));
    }
}
