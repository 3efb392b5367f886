using System.Text.RegularExpressions;
using GazettePress.Layout.Fonts;
using GazettePress.Publishing.Pdf;
using GazettePress.Publishing.Pdf.Tagging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GazettePress.Publishing.Tests.Pdf;

/// <summary>
/// The tagging machinery on synthetic pages (<see cref="TaggedSample"/>), checked with independent
/// tools: poppler's pdfinfo -struct-text reads the headings and paragraphs back in reading order,
/// qpdf --check finds nothing, PdfPig finds every glyph, path and image inside marked content.
/// </summary>
public sealed class PdfTaggingTests : IDisposable
{
    private readonly FontRegistry _fonts = FontRegistry.LoadDirectory(Path.Combine(SamplePdf.RepoRoot(), "fonts"));

    public void Dispose() => _fonts.Dispose();

    private (TaggedSample Sample, byte[] Pdf, string Path) Tagged()
    {
        var sample = new TaggedSample(_fonts);
        var pdf = PdfFinisher.FinishScreen(sample.PaintSkia(), TaggedSample.Options(sample.Plan));
        return (sample, pdf, Tools.TempFile(pdf, "tagged.pdf"));
    }

    private static string Squeeze(string s) => Regex.Replace(s, @"\s+", "");

    /// <summary>The text of pdfinfo -struct-text, in order: its quoted lines.</summary>
    internal static string StructText(string output) =>
        string.Concat(output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('"') && l.EndsWith('"') && l.Length >= 2).Select(l => l[1..^1]));

    /// <summary>The structure roles pdfinfo -struct prints, in order (attributes and text left out).</summary>
    internal static List<string> Roles(string output) =>
        output.Split('\n').Select(l => l.Trim()).Where(l => Regex.IsMatch(l, @"^[A-Z][A-Za-z0-9]*(:| |$)"))
            .Select(l => l.Split(' ', ':')[0]).Where(r => r != "Object").ToList();

    [Fact]
    public void PdfinfoReadsTheContentBackInReadingOrder()
    {
        var (sample, _, path) = Tagged();

        var (exit, output) = Tools.Run("pdfinfo", "-struct-text", path);

        Assert.Equal(0, exit);
        var text = StructText(output);
        Assert.Equal(Squeeze(string.Concat(sample.ReadingText)), Squeeze(text));
    }

    [Fact]
    public void PdfinfoShowsTheStructureRoles()
    {
        var (_, _, path) = Tagged();
        var (_, output) = Tools.Run("pdfinfo", "-struct", path);
        var roles = Roles(output);
        Assert.Equal("Document", roles[0]);
        foreach (var role in new[] { "Sect", "H1", "H2", "P", "Lbl", "Link", "Span", "L", "LI", "LBody", "Table", "TR", "TH", "TD", "Figure", "Caption" })
            Assert.Contains(role, roles);
    }

    [Fact]
    public void TheStructureWalkFindsNoBrokenRule()
    {
        var (_, pdf, _) = Tagged();
        var walk = StructureWalk.Check(pdf);
        Assert.Empty(walk.Problems);
        Assert.True(walk.MarkedContents > 20, $"{walk.MarkedContents} marked contents");
        Assert.Equal(2, walk.Elements.Count(e => e.Role == "Figure"));
        Assert.Contains(walk.Elements, e => e.Role == "Figure" && e.Alt == "政策解读二维码：http://www.jcgov.gov.cn/zcjd/1.shtml");
        Assert.Contains(walk.Elements, e => e.Role == "Span" && e.Lang == "en");
    }

    [Fact]
    public void TheStructureWalkSeesWhatIsWrongInAnUntaggedFile()
    {
        var sample = new TaggedSample(_fonts);
        var untagged = PdfFinisher.FinishScreen(sample.PaintSkia(), TaggedSample.Options(null));
        var walk = StructureWalk.Check(untagged);
        Assert.Contains("catalog: no StructTreeRoot", walk.Problems);
        Assert.Contains("XMP: the PDF/UA identifier pdfuaid:part 1 is missing", walk.Problems);
    }

    [Fact]
    public void QpdfFindsNothingWrong()
    {
        var (_, _, path) = Tagged();
        var (exit, output) = Tools.Run("qpdf", "--check", path);
        Assert.True(exit == 0, output);
        Assert.Contains("No syntax or stream encoding errors found", output);
        Assert.DoesNotContain("WARNING", output);
    }

    [Fact]
    public void EveryGlyphPathAndImageIsMarkedAsContentOrArtifact()
    {
        var (sample, pdf, _) = Tagged();
        using var document = PdfDocument.Open(pdf);
        var pageNumber = 0;
        foreach (var page in document.GetPages())
        {
            var marked = page.GetMarkedContents();
            int Count(Func<MarkedContentElement, int> f) => Flatten(marked).Sum(f);
            Assert.Equal(page.Letters.Count, Count(m => m.Letters.Count));
            Assert.Equal(page.GetImages().Count(), Count(m => m.Images.Count));
            Assert.All(Flatten(marked), m => Assert.True(m.IsArtifact || m.MarkedContentIdentifier >= 0, $"page {page.Number}: {m.Tag} without MCID"));
            Assert.Contains(Flatten(marked), m => m.IsArtifact);
            pageNumber++;
        }
        Assert.Equal(sample.Pages.Count, pageNumber);
    }

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> elements) =>
        elements.SelectMany(e => new[] { e }.Concat(Flatten(e.Children)));

    [Fact]
    public void TheSameInputGivesTheSameBytes()
    {
        var sample = new TaggedSample(_fonts);
        var skia = sample.PaintSkia();
        Assert.Equal(PdfFinisher.FinishScreen(skia, TaggedSample.Options(sample.Plan)), PdfFinisher.FinishScreen(skia, TaggedSample.Options(new TaggedSample(_fonts).Plan)));
    }
}
