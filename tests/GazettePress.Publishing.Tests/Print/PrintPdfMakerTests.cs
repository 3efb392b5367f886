using System.Globalization;
using System.Text.RegularExpressions;
using GazettePress.Publishing.Pdf;
using GazettePress.Publishing.Print;
using GazettePress.Publishing.Tests.Pdf;

namespace GazettePress.Publishing.Tests.Print;

public sealed partial class PrintPdfMakerTests
{
    internal static readonly Lazy<byte[]> Skia = new(() => SamplePdf.Make());
    internal static readonly Lazy<PrintPdfResult> Result = new(() => PrintPdfMaker.Make(Skia.Value, Options()));
    private static readonly Lazy<string> PrintPath = new(() => Tools.TempFile(Result.Value.Bytes, "sample-print.pdf"));

    internal static PrintPdfOptions Options(PrintSettings? settings = null) => new()
    {
        Metadata = new DocumentMetadata
        {
            Title = "晋城市人民政府公报 2025年第6期",
            Author = "晋城市人民政府办公室",
            Date = new DateTimeOffset(2025, 12, 28, 0, 0, 0, TimeSpan.FromHours(8)),
        },
        Settings = settings ?? new PrintSettings(),
        TrimSize = PageSizePt.A4,
    };

    [GeneratedRegex(@"Page\s+(\d+)\s+(MediaBox|CropBox|BleedBox|TrimBox|ArtBox):\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)")]
    private static partial Regex BoxLine();

    private static Dictionary<(int Page, string Box), double[]> Boxes(string path)
    {
        var (code, output) = Tools.Run("pdfinfo", "-box", "-f", "1", "-l", "999", path);
        Assert.True(code == 0, output);
        return BoxLine().Matches(output).ToDictionary(
            m => (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value),
            m => new[] { 3, 4, 5, 6 }.Select(g => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture)).ToArray());
    }

    /// <summary>Per page C, M, Y, K coverage from ghostscript's inkcov device.</summary>
    internal static List<double[]> InkCoverage(string path)
    {
        var (code, output) = Tools.Run("gs", "-q", "-o", "-", "-sDEVICE=inkcov", "-r72", path);
        Assert.True(code == 0, output);
        return [.. output.Split('\n').Where(l => l.Contains("CMYK OK", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4)
                .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())];
    }

    [Fact]
    public void Qpdf_check_passes()
    {
        var (code, output) = Tools.Run("qpdf", "--check", PrintPath.Value);
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Every_page_has_trim_and_bleed_boxes_3mm_apart_inside_a_larger_sheet()
    {
        var boxes = Boxes(PrintPath.Value);
        var pages = Result.Value.Bytes.Length > 0 ? 8 : 0;
        var bleed = 3 * 72 / 25.4;
        for (var page = 1; page <= pages; page++)
        {
            var trim = boxes[(page, "TrimBox")];
            var bleedBox = boxes[(page, "BleedBox")];
            var media = boxes[(page, "MediaBox")];
            Assert.Equal(trim[0] - bleed, bleedBox[0], 1);
            Assert.Equal(trim[1] - bleed, bleedBox[1], 1);
            Assert.Equal(trim[2] + bleed, bleedBox[2], 1);
            Assert.Equal(trim[3] + bleed, bleedBox[3], 1);
            Assert.True(media[0] < bleedBox[0] - 10 && media[2] > bleedBox[2] + 10, $"page {page}: sheet not larger than bleed");
            // Exact A4 although Skia rounded the page to 595 x 842.
            Assert.Equal(595.28, trim[2] - trim[0], 1);
            Assert.Equal(841.89, trim[3] - trim[1], 1);
        }
    }

    [Fact]
    public void Page_count_is_padded_to_a_multiple_of_4_before_the_last_page()
    {
        var result = Result.Value;
        Assert.Equal(5, result.SourcePageCount);
        Assert.Equal(3, result.BlankPagesAdded);
        Assert.Equal([5, 6, 7], result.BlankPageNumbers);
        var (_, info) = Tools.Run("pdfinfo", PrintPath.Value);
        Assert.Matches(@"Pages:\s+8\n", info);
        // The last source page (text) is still last; the blanks before it print nothing but marks.
        var ink = InkCoverage(PrintPath.Value);
        Assert.Equal(8, ink.Count);
        Assert.True(ink[7][3] > 0.001);
        Assert.True(ink[5][3] < 0.001, $"blank page K={ink[5][3]}");
    }

    [Fact]
    public void Text_pages_use_black_ink_only_and_red_stays_colour()
    {
        var ink = InkCoverage(PrintPath.Value);
        foreach (var page in new[] { 0, 7 })
        {
            Assert.Equal(0.0, ink[page][0]);
            Assert.Equal(0.0, ink[page][1]);
            Assert.Equal(0.0, ink[page][2]);
            Assert.True(ink[page][3] > 0.001);
        }
        Assert.True(ink[1][1] > 0.01 && ink[1][2] > 0.01, "red page lost its colour");
        Assert.True(ink[2][0] + ink[2][1] + ink[2][2] > 0.01, "photo page lost its colour");
    }

    [Fact]
    public void Fonts_are_embedded_and_none_is_type3()
    {
        var (code, output) = Tools.Run("pdffonts", PrintPath.Value);
        Assert.Equal(0, code);
        var rows = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => r.Contains("Type 3", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Matches(@"\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", r));
    }

    [Fact]
    public void Declares_pdfx_1a_with_output_intent_and_keys()
    {
        var result = Result.Value;
        Assert.Empty(result.PdfxProblems);
        Assert.Equal("PDF/X-1a:2003", result.PdfxVersion);
        var (_, json) = Tools.Run("qpdf", "--json", "--json-key=qpdf", PrintPath.Value);
        Assert.Contains("\"/GTS_PDFXVersion\": \"u:PDF/X-1a:2003\"", json);
        Assert.Contains("\"/S\": \"/GTS_PDFX\"", json);
        Assert.Contains("\"/OutputConditionIdentifier\": \"u:FOGRA39\"", json);
        Assert.Contains("\"/Trapped\": \"/False\"", json);
        Assert.DoesNotContain("/DeviceRGB", json);
        Assert.DoesNotContain("\"/Annots\"", json);
        Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(result.Bytes, 0, 8));
        var file = PdfFile.Load(result.Bytes);
        Assert.IsType<PdfArray>(file.Trailer["ID"]);
    }

    [Fact]
    public void Opaque_rgba_image_keeps_pdfx_but_real_transparency_blocks_it()
    {
        // Skia looks at the pixels: an RGBA bitmap with no transparent pixel gets no soft mask.
        var opaque = SamplePdf.Make(new SamplePdf.Options { PageCount = 4, ImageWithAlphaChannel = true });
        Assert.DoesNotContain("/SMask", System.Text.Encoding.Latin1.GetString(opaque));
        Assert.Equal("PDF/X-1a:2003", PrintPdfMaker.Make(opaque, Options()).PdfxVersion);

        var transparent = SamplePdf.Make(new SamplePdf.Options { PageCount = 4, ImageWithAlphaChannel = true, ImageAlpha = 128 });
        var blocked = PrintPdfMaker.Make(transparent, Options());
        Assert.Null(blocked.PdfxVersion);
        Assert.Contains(blocked.PdfxProblems, p => p.Contains("page 3: image", StringComparison.Ordinal) && p.Contains("soft mask", StringComparison.Ordinal));
        Assert.DoesNotContain("GTS_PDFXVersion", System.Text.Encoding.Latin1.GetString(blocked.Bytes));
    }

    [Fact]
    public void Icc_based_colour_is_turned_into_device_colour()
    {
        var file = PdfFile.Load(Skia.Value);
        var page = file.Page(file.PageReferences()[1]);
        var icc = new PdfStream(new PdfDictionary { ["N"] = new PdfNumber(3) }, [0]);
        var resources = file.ResolveDictionary(page["Resources"])!;
        resources["ColorSpace"] = new PdfDictionary { ["CS0"] = new PdfArray([new PdfName("ICCBased"), file.Add(icc)]) };
        var content = System.Text.Encoding.Latin1.GetString(ContentStream.PageContent(file, page)!);
        var stream = new PdfStream(new PdfDictionary(), []);
        PdfFilters.SetFlateData(stream, System.Text.Encoding.Latin1.GetBytes(content + "\nq /CS0 cs 0.1 0.2 0.9 sc 100 100 50 50 re f Q\n"));
        page["Contents"] = file.Add(stream);
        var result = PrintPdfMaker.Make(PdfWriter.Write(file), Options());
        Assert.Empty(result.PdfxProblems);
        var text = System.Text.Encoding.Latin1.GetString(result.Bytes);
        Assert.DoesNotContain("ICCBased", text);
        Assert.True(Preflight.Check(result.Bytes).Passed);
        var path = Tools.TempFile(result.Bytes, "icc-print.pdf");
        Assert.True(InkCoverage(path)[1][0] > 0.001, "the blue square lost its cyan");
    }

    [Fact]
    public void Identical_input_gives_identical_bytes()
    {
        Assert.Equal(Result.Value.Bytes, PrintPdfMaker.Make(Skia.Value, Options()).Bytes);
    }

    [Fact]
    public void Pdfx_none_is_not_declared_and_padding_can_go_at_the_end()
    {
        var result = PrintPdfMaker.Make(Skia.Value, Options(new PrintSettings { Pdfx = PdfxLevels.None, BlankPagesBeforeLast = 0 }));
        Assert.Null(result.PdfxVersion);
        Assert.Equal([6, 7, 8], result.BlankPageNumbers);
        Assert.DoesNotContain("GTS_PDFXVersion", System.Text.Encoding.Latin1.GetString(result.Bytes));
    }
}
