using System.Text.RegularExpressions;
using System.Xml.Linq;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Pdf;

/// <summary>
/// The screen PDFs the build writes for the three sample issues and the phone-straining issue,
/// checked with independent tools: pdfinfo -struct-text gives the text of the issue's content in
/// order (the composed XHTML's text: nothing lost, nothing added, no running head or folio), the
/// PdfPig structure walk finds no broken rule, qpdf --check finds nothing, and the print edition
/// stays PDF/X-1a.
/// </summary>
public sealed class TaggedScreenPdfTests
{
    /// <summary>Keeps what the build composed, for the expected text.</summary>
    private sealed class Capture : IOutputWriter
    {
        public string Name => "capture";
        public string Xhtml { get; private set; } = "";
        public void Write(BuildContext context) => Xhtml = context.Composed.Xhtml;
    }

    public static TheoryData<string> Issues() => new()
    {
        "samples/jincheng-2025-06", "samples/jincheng-2023-02", "samples/jincheng-2025-01", "tests/data/issues/mini-2025-06", "tests/data/phone-issue",
    };

    private static (string Pdf, string PrintPdf, string Xhtml, string Output) Build(string issue)
    {
        var output = Directory.CreateTempSubdirectory("gp-tagged-").FullName;
        var capture = new Capture();
        var result = BuildPipeline.Run(new BuildOptions(Path.Combine(TestIssues.RepoRoot, issue), output),
            [new ScreenPdfWriter(), new PrintPdfWriter(), capture]);
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        var name = Path.GetFileName(result.WrittenFiles.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal) && !f.EndsWith("-print.pdf", StringComparison.Ordinal)));
        return (Path.Combine(output, name), Path.Combine(output, name.Replace(".pdf", "-print.pdf", StringComparison.Ordinal)), capture.Xhtml, output);
    }

    private static string Squeeze(string s) => Regex.Replace(s, @"\s+", "");

    /// <summary>The text of the composed XHTML in document order: what a reader must hear.</summary>
    private static string ContentText(string xhtml) =>
        XElement.Parse("<root>" + xhtml + "</root>", LoadOptions.PreserveWhitespace).Value;

    [Theory]
    [MemberData(nameof(Issues))]
    public void TheStructureTextIsTheContentInOrderAndTheStructureKeepsTheRules(string issue)
    {
        var (pdf, printPdf, xhtml, output) = Build(issue);
        try
        {
            var (exit, structText) = Tools.Run("pdfinfo", "-struct-text", pdf);
            Assert.Equal(0, exit);
            var read = Squeeze(PdfTaggingTests.StructText(structText));
            var expected = Squeeze(ContentText(xhtml));
            if (read != expected)
            {
                var at = Enumerable.Range(0, Math.Min(read.Length, expected.Length)).FirstOrDefault(i => read[i] != expected[i], Math.Min(read.Length, expected.Length));
                Assert.Fail($"{issue}: the structure text differs from the content at {at}:\n content: …{expected.Substring(Math.Max(0, at - 30), Math.Min(80, expected.Length - Math.Max(0, at - 30)))}\n pdfinfo: …{read.Substring(Math.Max(0, at - 30), Math.Min(80, read.Length - Math.Max(0, at - 30)))}");
            }

            var walk = StructureWalk.Check(File.ReadAllBytes(pdf));
            Assert.True(walk.Problems.Count == 0, string.Join("\n", walk.Problems.Take(20)));
            var roles = PdfTaggingTests.Roles(Tools.Run("pdfinfo", "-struct", pdf).Output);
            Assert.Contains("H1", roles);
            Assert.Contains("Link", roles);

            var (qpdfExit, qpdf) = Tools.Run("qpdf", "--check", pdf);
            Assert.True(qpdfExit == 0 && !qpdf.Contains("WARNING", StringComparison.Ordinal), qpdf);
            var info = Tools.Run("pdfinfo", pdf).Output;
            Assert.Contains("Tagged:          yes", info);

            // The print edition is made from the same painted pages and stays PDF/X-1a, untagged.
            var print = Tools.Run("pdfinfo", printPdf).Output;
            Assert.Contains("PDF/X-1a", Tools.Run("pdfinfo", "-meta", printPdf).Output);
            Assert.Contains("Tagged:          no", print);

            // The structure tree's many small objects live compressed in object streams: tagging
            // costs the screen edition a few per cent over the untagged print edition, not a third.
            var (screenSize, printSize) = (new FileInfo(pdf).Length, new FileInfo(printPdf).Length);
            Assert.True(screenSize < printSize * 1.08, $"{issue}: screen PDF {screenSize} bytes, print PDF {printSize} bytes");
            Assert.Contains("/Type /ObjStm", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
