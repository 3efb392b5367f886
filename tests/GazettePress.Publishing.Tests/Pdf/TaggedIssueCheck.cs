using System.Text.RegularExpressions;
using System.Xml.Linq;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Pdf.Tagging;

namespace GazettePress.Publishing.Tests.Pdf;

/// <summary>
/// Builds an issue folder's screen and print PDFs and checks the screen PDF's structure against the
/// composed XHTML with independent tools: pdfinfo -struct-text reads the content's text in order
/// (nothing lost, nothing added, no running head or folio); the PdfPig structure walk finds no broken
/// rule; every heading, picture and link of the content is a structure element (H1–H6, Figure with
/// the picture's description as Alt, Link with its annotation); English phrases are Spans /Lang en;
/// qpdf --check finds nothing; the print edition stays PDF/X-1a.
/// </summary>
internal static class TaggedIssueCheck
{
    /// <summary>Keeps what the build composed, for the expected text.</summary>
    private sealed class Capture : IOutputWriter
    {
        public string Name => "capture";
        public string Xhtml { get; private set; } = "";
        public void Write(BuildContext context) => Xhtml = context.ScreenComposed.Xhtml; // the screen edition: placeholder boxes left out
    }

    public sealed record Built(string Pdf, string PrintPdf, string Xhtml, string Output) : IDisposable
    {
        public void Dispose() => Directory.Delete(Output, recursive: true);
    }

    public static Built Build(string issueFolder)
    {
        var output = Directory.CreateTempSubdirectory("gp-tagged-").FullName;
        var capture = new Capture();
        var result = BuildPipeline.Run(new BuildOptions(issueFolder, output), [new ScreenPdfWriter(), new PrintPdfWriter(), capture]);
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        var name = Path.GetFileName(result.WrittenFiles.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal) && !f.EndsWith("-print.pdf", StringComparison.Ordinal)));
        return new Built(Path.Combine(output, name), Path.Combine(output, name.Replace(".pdf", "-print.pdf", StringComparison.Ordinal)), capture.Xhtml, output);
    }

    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static string Squeeze(string s) => Regex.Replace(s, @"\s+", "");

    /// <summary>The composed XHTML as one element (it is a sequence of sections).</summary>
    private static XElement Parse(string xhtml) => XElement.Parse("<root>" + xhtml + "</root>", LoadOptions.PreserveWhitespace);

    private static IEnumerable<XElement> All(XElement root, string name) => root.Descendants().Where(e => e.Name.LocalName == name);

    /// <summary>Checks everything listed in the summary; <paramref name="what"/> names the issue in messages.</summary>
    public static StructureWalk.Result AssertWellTagged(Built built, string what)
    {
        var content = Parse(built.Xhtml);

        // pdfinfo -struct-text: the content's text in order.
        var (exit, structText) = Tools.Run("pdfinfo", "-struct-text", built.Pdf);
        Assert.Equal(0, exit);
        var read = Squeeze(PdfTaggingTests.StructText(structText));
        var expected = Squeeze(content.Value);
        if (read != expected)
        {
            var at = Enumerable.Range(0, Math.Min(read.Length, expected.Length)).FirstOrDefault(i => read[i] != expected[i], Math.Min(read.Length, expected.Length));
            Assert.Fail($"{what}: the structure text differs from the content at {at}:\n content: …{expected.Substring(Math.Max(0, at - 30), Math.Min(80, expected.Length - Math.Max(0, at - 30)))}\n pdfinfo: …{read.Substring(Math.Max(0, at - 30), Math.Min(80, read.Length - Math.Max(0, at - 30)))}");
        }

        // The structure walk: every glyph and picture tagged or an artifact, MCIDs owned once, Figure
        // Alt, heading levels that do not skip, links with annotations, catalog entries.
        var walk = StructureWalk.Check(File.ReadAllBytes(built.Pdf));
        Assert.True(walk.Problems.Count == 0, $"{what}:\n" + string.Join("\n", walk.Problems.Take(20)));

        // Every heading of the content is a heading of the structure, in order.
        var headings = content.Descendants().Where(e => Regex.IsMatch(e.Name.LocalName, "^h[1-6]$") && Squeeze(e.Value).Length > 0).Select(e => Squeeze(e.Value)).ToList();
        var tagged = walk.Elements.Where(e => Regex.IsMatch(e.Role, "^H[1-6]$")).Select(e => Squeeze(walk.TextOf(e))).ToList();
        Assert.Equal(headings, tagged);

        // Every picture is a Figure, with the picture's description as Alt when it has one.
        var pictures = All(content, "figure").Count() + All(content, "img").Count(i => i.Parent?.Name.LocalName != "figure");
        var figures = walk.Elements.Where(e => e.Role == "Figure").ToList();
        Assert.True(pictures == figures.Count, $"{what}: {pictures} pictures, {figures.Count} Figure elements");
        foreach (var alt in All(content, "img").Select(i => (string?)i.Attribute("alt")).Where(a => !string.IsNullOrWhiteSpace(a)))
            Assert.Contains(figures, f => f.Alt == alt);
        foreach (var qr in All(content, "figure").Where(f => ((string?)f.Attribute("class") ?? "").Split(' ').Contains("qr")))
            if ((string?)qr.Attribute("data-url") is { Length: > 0 } url)
                Assert.Contains(figures, f => f.Alt is { } a && a.EndsWith("二维码：" + url, StringComparison.Ordinal));

        // Every link of the content is a Link with its annotation (the walk checks the annotation).
        var links = All(content, "a").Count(a => a.Attribute("href") is not null && Squeeze(a.Value).Length > 0);
        Assert.True(links == walk.Elements.Count(e => e.Role == "Link"), $"{what}: {links} links, {walk.Elements.Count(e => e.Role == "Link")} Link elements");

        // English phrases in Chinese text are Spans /Lang en, each whole even where it wraps; nothing
        // else is (no Han character, no address).
        var english = walk.Elements.Where(e => e.Role == "Span" && e.Lang == LatinSpans.Language).Select(e => Squeeze(walk.TextOf(e))).ToList();
        Assert.All(english, text =>
        {
            Assert.True(text.Count(LatinSpans.IsLatinLetter) >= 2, $"{what}: Span /Lang en \"{text}\"");
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}|://|www\.", text);
        });
        static bool Block(XElement e) => e.Name.LocalName is "p" or "td" or "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "figcaption" or "div";
        var phrases = content.Descendants()
            .Where(e => Block(e) && !e.Descendants().Any(Block)
                && !e.AncestorsAndSelf().Any(a => ((string?)a.Attribute("class") ?? "").Contains("pinyin", StringComparison.Ordinal)))
            .SelectMany(e => LatinSpans.Find(Regex.Replace(e.Value, @"\s+", " ")).Select(s => Squeeze(Regex.Replace(e.Value, @"\s+", " ").Substring(s.Start, s.Length))))
            .Where(p => p.Length >= 8 && Regex.IsMatch(p, "^[A-Za-z,.]+$")) // whole words and phrases; PM₂.₅ and the like are cut by their markup
            .Order(StringComparer.Ordinal).ToList();
        var found = english.Where(p => p.Length >= 8 && Regex.IsMatch(p, "^[A-Za-z,.]+$")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(phrases, found);

        var (qpdfExit, qpdf) = Tools.Run("qpdf", "--check", built.Pdf);
        Assert.True(qpdfExit == 0 && !qpdf.Contains("WARNING", StringComparison.Ordinal), qpdf);
        Assert.Contains("Tagged:          yes", Tools.Run("pdfinfo", built.Pdf).Output);

        // The print edition is made from the same painted pages and stays PDF/X-1a, untagged.
        Assert.Contains("PDF/X-1a", Tools.Run("pdfinfo", "-meta", built.PrintPdf).Output);
        Assert.Contains("Tagged:          no", Tools.Run("pdfinfo", built.PrintPdf).Output);
        return walk;
    }
}
