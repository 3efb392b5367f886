using GazettePress.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GazettePress.Cli.Commands;
using GazettePress.Publishing.Print;
using GazettePress.Publishing.Tests.Pdf;
using UglyToad.PdfPig;

namespace GazettePress.Publishing.Tests.Print;

/// <summary>Builds samples/jincheng-2025-06 once through the real `gazettepress build`.</summary>
public sealed class SampleBuildFixture
{
    public const string Name = "jincheng-2025-06";
    public string IssueDirectory { get; } = Path.Combine(SamplePdf.RepoRoot(), "samples", Name);
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "gazettepress-print-e2e", Guid.NewGuid().ToString("N"));
    public string PrintPath => Path.Combine(Output, Name + "-print.pdf");
    public string ScreenPath => Path.Combine(Output, Name + ".pdf");

    public SampleBuildFixture()
    {
        var errors = new StringWriter();
        var exit = CommandLine.Run(["build", IssueDirectory, "--out", Output], TextWriter.Null, errors);
        if (exit != 0) throw new InvalidOperationException($"sample did not build (exit {exit}): {errors}");
    }
}

/// <summary>The print and screen PDFs of a real build, checked with the independent tools the issue
/// names, and our preflight checked against them.</summary>
public sealed partial class PrintEndToEndTests(SampleBuildFixture build) : IClassFixture<SampleBuildFixture>
{
    private static readonly double Bleed = 3 * 72 / 25.4;

    [GeneratedRegex(@"Page\s+(\d+)\s+(MediaBox|BleedBox|TrimBox):\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)")]
    private static partial Regex BoxLine();

    [Fact]
    public void Print_pdf_passes_qpdf_and_has_trim_and_bleed_3mm_apart_on_every_page()
    {
        Assert.Equal(0, Tools.Run("qpdf", "--check", build.PrintPath).ExitCode);
        var (_, info) = Tools.Run("pdfinfo", build.PrintPath);
        var pages = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(0, pages % 4);
        var (_, boxes) = Tools.Run("pdfinfo", "-box", "-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), build.PrintPath);
        var rows = BoxLine().Matches(boxes).ToLookup(m => m.Groups[2].Value,
            m => new[] { 3, 4, 5, 6 }.Select(g => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture)).ToArray());
        Assert.Equal(pages, rows["TrimBox"].Count());
        Assert.Equal(pages, rows["BleedBox"].Count());
        foreach (var (trim, bleed) in rows["TrimBox"].Zip(rows["BleedBox"]))
        {
            Assert.Equal(595.28, trim[2] - trim[0], 1);
            Assert.Equal(841.89, trim[3] - trim[1], 1);
            Assert.Equal(Bleed, trim[0] - bleed[0], 1);
            Assert.Equal(Bleed, trim[1] - bleed[1], 1);
            Assert.Equal(Bleed, bleed[2] - trim[2], 1);
            Assert.Equal(Bleed, bleed[3] - trim[3], 1);
        }
    }

    [Fact]
    public void Build_report_says_how_many_blank_pages_were_added()
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(build.Output, "build.json")));
        var print = report.RootElement.GetProperty("print");
        var source = print.GetProperty("sourcePages").GetInt32();
        var added = print.GetProperty("blankPagesAdded").GetInt32();
        using var pdf = PdfDocument.Open(build.PrintPath);
        Assert.Equal(pdf.NumberOfPages, source + added);
        Assert.Equal((4 - source % 4) % 4, added);
        Assert.Equal("PDF/X-1a:2003", print.GetProperty("pdfx").GetString());
    }

    [Fact]
    public void Fonts_are_embedded_subsets_and_none_is_type3()
    {
        var (_, fonts) = Tools.Run("pdffonts", build.PrintPath);
        var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => r.Contains("Type 3", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", r));
    }

    [Fact]
    public void Preflight_agrees_with_ghostscript_and_only_the_samples_qr_placeholders_fail()
    {
        var report = Preflight.Check(File.ReadAllBytes(build.PrintPath), new PreflightOptions { CrossCheckInkCoverage = true, RequirePdfx = true });
        var failed = report.Checks.Where(c => !c.Passed).ToList();
        // The sample's seven documents all ask for a placeholder QR code: printing must wait for them.
        var placeholders = Directory.GetFiles(Path.Combine(build.IssueDirectory, "docs"), "*.md")
            .Count(f => File.ReadAllText(f).Contains("placeholder:", StringComparison.Ordinal));
        Assert.True(failed.Count == 1 && failed[0].Name == Preflight.Placeholders, string.Join("\n", report.Lines(Language.English)));
        Assert.Equal(placeholders, failed[0].Details.Count);

        // Independent check: gs inkcov C = M = Y = 0 on all but the colour pages the scan names.
        var ink = PrintPdfMakerTests.InkCoverage(build.PrintPath);
        var colourPages = Regex.Match(report[Preflight.BlackInk].Message.Render(Language.English), @"colour on page\(s\) ([\d,]+|none)").Groups[1].Value
            .Split(',').Where(s => s != "none").Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToHashSet();
        Assert.True(colourPages.Count <= 4, $"colour on {colourPages.Count} pages");
        for (var i = 0; i < ink.Count; i++)
            if (!colourPages.Contains(i + 1))
                Assert.True(ink[i][0] == 0 && ink[i][1] == 0 && ink[i][2] == 0, $"page {i + 1}: C={ink[i][0]} M={ink[i][1]} Y={ink[i][2]}");
    }

    [Fact]
    public void Preflight_command_exits_non_zero_on_the_sample_and_names_each_placeholder()
    {
        Localization.Current = Language.English; // this test reads the English lines
        var output = new StringWriter();
        Assert.Equal(1, CommandLine.Run(["preflight", build.PrintPath], output, TextWriter.Null));
        Assert.Contains("FAIL qr-placeholders: QR placeholder '01-jszf-2025-11' still unfilled on page", output.ToString());
    }

    [Fact]
    public void Screen_pdf_has_outline_language_and_exact_a4()
    {
        using var pdf = PdfDocument.Open(build.ScreenPath);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(3, bookmarks.Roots.Count);
        Assert.Equal(7, bookmarks.Roots.Sum(r => r.Children.Count));
        var (_, json) = Tools.Run("qpdf", "--json", "--json-key=qpdf", build.ScreenPath);
        Assert.Contains("\"/Lang\": \"u:zh-CN\"", json);
        Assert.Contains("Page size:       595.276 x 841.89 pts (A4)", Tools.Run("pdfinfo", build.ScreenPath).Output);
        Assert.Equal(0, Tools.Run("qpdf", "--check", build.ScreenPath).ExitCode);
    }
}
