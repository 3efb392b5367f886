using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using GazettePress.Publishing.Build;

namespace GazettePress.Publishing.Tests.Epub;

/// <summary>Checks a build's EPUB against the same build's print output and report.</summary>
internal static class PrintAgreement
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    /// <summary>EPUBCheck passes; the page-list has exactly the reported page starts, in order; each
    /// marker is where its printed page begins; the cover is the phone cover.</summary>
    public static void AssertEpubFollowsPrint(string outputDirectory)
    {
        var epub = Assert.Single(Directory.GetFiles(outputDirectory, "*.epub"));
        var (exitCode, output) = EpubCheckRunner.Run(epub);
        Assert.True(exitCode == 0, output);
        Assert.Contains("No errors or warnings detected", output);

        // Every numbered page the composer reported is in the page-list, in order, and resolves.
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outputDirectory, BuildPipeline.ReportFile)));
        var reported = report.RootElement.GetProperty("pageStarts").EnumerateArray()
            .Select(p => (Folio: p.GetProperty("folio").GetString()!, PdfPage: p.GetProperty("page").GetInt32())).ToArray();
        var folios = reported.Select(p => p.Folio).ToArray();
        Assert.NotEmpty(folios);
        using var archive = new ZipArchive(File.OpenRead(epub), ZipArchiveMode.Read);
        var nav = Load(archive, "EPUB/nav.xhtml");
        var links = nav.Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list").Descendants(X + "a").ToArray();
        Assert.Equal(folios, links.Select(a => a.Value));
        // The screen PDF (<name>.pdf): its page numbers are the report's; the print PDF is <name>-print.pdf.
        var pdf = Path.ChangeExtension(epub, ".pdf");
        Assert.True(File.Exists(pdf), $"no screen PDF {pdf} beside the EPUB");
        foreach (var (link, page) in links.Zip(reported))
        {
            var href = ((string)link.Attribute("href")!).Split('#');
            var marker = Load(archive, "EPUB/" + href[0]).Descendants().Single(e => (string?)e.Attribute("id") == href[1]);
            Assert.Equal(link.Value, (string?)marker.Attribute("aria-label"));

            // The text right after the marker is the text the printed page begins with, in the order
            // the page paints it (pdftotext -raw; its layout order tears spaced headings such as
            // 目　录 apart): on a document page at once or after the running head (up to 60
            // characters for a long name such as 新疆维吾尔自治区伊犁哈萨克自治州人民政府公报), on the
            // TOC page after the masthead (name, pinyin, issue and date lines: 132 characters for that
            // gazette). Generated pages (目录) and the document template's blocks carry no offset
            // into print's text (EpubOutputWriter.PageStarts): their marker is at the block's start.
            var expected = new string(TextAfter(marker).Where(c => !char.IsWhiteSpace(c)).Take(3).ToArray());
            var printed = new string(PdfText(pdf, page.PdfPage).Where(c => !char.IsWhiteSpace(c)).ToArray());
            var limit = href[0] == "nav.xhtml" ? 160 : 60;
            var at = printed.IndexOf(expected, StringComparison.Ordinal);
            Assert.True(at >= 0 && at <= limit, $"page {page.Folio}: EPUB text '{expected}' is not where print page begins: '{printed[..Math.Min(80, printed.Length)]}'");
        }

        // The cover image is the phone cover (5:8, 1200 × 1920 pixels), not the A4 print cover.
        using var cover = archive.GetEntry("EPUB/media/cover.png")!.Open();
        var header = new byte[24];
        cover.ReadExactly(header);
        Assert.Equal((1200, 1920), (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20))));
    }

    /// <summary>The text that follows a node in document order.</summary>
    private static string TextAfter(XElement marker) =>
        string.Concat(marker.Document!.DescendantNodes().OfType<XText>()
            .Where(t => XNode.CompareDocumentOrder(marker, t) < 0).Select(t => t.Value));

    private static string PdfText(string pdf, int page)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        foreach (var arg in new[] { "-raw", "-f", page.ToString(), "-l", page.ToString(), pdf, "-" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    private static XDocument Load(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }
}
