using System.Text;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Pdf;
using GazettePress.Publishing.Print;
using GazettePress.Publishing.Tests.Pdf;
using GazettePress.Publishing.Tests.Print;

namespace GazettePress.Publishing.Tests.Hardening;

/// <summary>Regression tests for damaged print PDFs found by hand and by the fuzzer: a FAIL line, never an exception.</summary>
public sealed class PreflightDamageTests
{
    private static byte[] Good => PrintPdfMakerTests.Result.Value.Bytes;

    /// <summary>The good file rewritten by qpdf with an xref stream and object streams.</summary>
    private static readonly Lazy<byte[]> WithXrefStream = new(() =>
    {
        var input = Tools.TempFile(Good, "good.pdf");
        var output = input + ".objstm.pdf";
        var (exit, text) = Tools.Run("qpdf", "--object-streams=generate", input, output);
        Assert.True(exit == 0, text);
        return File.ReadAllBytes(output);
    });

    private static PreflightCheck SyntaxFailure(byte[] pdf)
    {
        var report = Preflight.Check(pdf);
        Assert.False(report.Passed);
        var check = Assert.Single(report.Checks, c => c.Name == Preflight.Syntax);
        Assert.False(check.Passed);
        return check;
    }

    /// <summary>Replaces the first match in the file's bytes (Latin-1 keeps every byte).</summary>
    private static byte[] Replace(byte[] pdf, string from, string to)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' not in the file");
        return Encoding.Latin1.GetBytes(text[..at] + to + text[(at + from.Length)..]);
    }

    [Fact]
    public void An_xref_stream_without_W_is_a_syntax_failure()
    {
        Assert.Contains("/W", Encoding.Latin1.GetString(WithXrefStream.Value));
        // The reader falls back to scanning for objects; those inside object streams are then out of
        // reach, so the catalog is not found: one syntax failure.
        var check = SyntaxFailure(Replace(WithXrefStream.Value, "/W ", "/X "));
        Assert.StartsWith("FAIL pdf-syntax: the file cannot be read as a PDF", check.Render(Language.English));
        Assert.StartsWith("未通过 pdf-syntax：", check.Render(Language.Chinese));
    }

    [Fact]
    public void Arrays_nested_100000_deep_are_refused_without_overflowing_the_stack()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var check = SyntaxFailure(Replace(Good, "/MediaBox", "/Deep " + deep + " /MediaBox"));
        Assert.Contains("nested", check.Message.Render(Language.English));
    }

    [Fact]
    public void An_object_whose_length_is_itself_is_a_syntax_failure()
    {
        var text = Encoding.Latin1.GetString(Good);
        var stream = System.Text.RegularExpressions.Regex.Match(text, @"(\d+) 0 obj\s*<<[^>]*?/Length (\d+)");
        Assert.True(stream.Success);
        var number = stream.Groups[1].Value;
        var pdf = Replace(Good, stream.Value, stream.Value.Replace($"/Length {stream.Groups[2].Value}", $"/Length {number} 0 R", StringComparison.Ordinal));
        // Repaired by scanning for endstream, or refused: either way a verdict, not a crash.
        Assert.NotEmpty(Preflight.Check(pdf).Checks);
    }

    [Fact]
    public void A_page_tree_that_contains_itself_ends()
    {
        var file = PdfFile.Load(Good);
        var root = (PdfReference)file.Catalog["Pages"]!;
        var first = file.PageReferences()[0];
        var page = file.Page(first);
        page["Type"] = new PdfName("Pages");
        page["Kids"] = new PdfArray([root, first]);
        var report = Preflight.Check(PdfWriter.Write(file));
        Assert.NotEmpty(report.Checks);
    }

    [Fact]
    public void A_form_that_calls_itself_is_walked_once()
    {
        var file = PdfFile.Load(Good);
        var form = new PdfStream(new PdfDictionary { ["Type"] = new PdfName("XObject"), ["Subtype"] = new PdfName("Form"), ["BBox"] = PdfArray.OfNumbers(0, 0, 10, 10) }, []);
        var reference = file.Add(form);
        form.Dictionary["Resources"] = new PdfDictionary { ["XObject"] = new PdfDictionary { ["Me"] = reference } };
        PdfFilters.SetFlateData(form, Encoding.ASCII.GetBytes("0 0 0 1 k 0 0 5 5 re f /Me Do /Me Do"));
        var page = file.Page(file.PageReferences()[0]);
        var resources = file.ResolveDictionary(page["Resources"])!;
        var xobjects = file.ResolveDictionary(resources["XObject"]) ?? new PdfDictionary();
        xobjects["Me"] = reference;
        resources["XObject"] = xobjects;
        var content = new PdfStream(new PdfDictionary(), []);
        PdfFilters.SetFlateData(content, Encoding.ASCII.GetBytes("/Me Do"));
        page["Contents"] = file.Add(content);
        var report = Preflight.Check(PdfWriter.Write(file));
        Assert.True(Assert.Single(report.Checks, c => c.Name == Preflight.Syntax).Passed);
    }

    [Fact]
    public void A_decompression_bomb_is_refused()
    {
        var file = PdfFile.Load(Good);
        var page = file.Page(file.PageReferences()[0]);
        var bomb = new PdfStream(new PdfDictionary(), []);
        PdfFilters.SetFlateData(bomb, new byte[PdfFilters.MaxDecodedBytes + 1]);
        page["Contents"] = file.Add(bomb);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var check = SyntaxFailure(PdfWriter.Write(file));
        Assert.Contains("MB", check.Message.Render(Language.English));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 3L * PdfFilters.MaxDecodedBytes);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("%PDF-1.4\n")]
    [InlineData("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\nstartxref\n99999999999\n%%EOF")]
    [InlineData("%PDF-1.4\nxref\n0 x\ntrailer << >>\nstartxref\n9\n%%EOF")]
    public void Text_that_is_not_a_pdf_is_one_failure(string text)
    {
        var report = Preflight.Check(Encoding.ASCII.GetBytes(text));
        Assert.False(report.Passed);
    }

    /// <summary>A pipe made preflight wait for ever; /dev/zero filled memory until the runtime gave up (exit 70).</summary>
    [Theory]
    [InlineData("fifo")]
    [InlineData("device")]
    [InlineData("empty")]
    public void A_path_that_is_no_regular_file_is_one_failure_without_being_opened(string kind)
    {
        var folder = Directory.CreateTempSubdirectory("gp-preflight-special-").FullName;
        try
        {
            var path = Path.Combine(folder, "print.pdf");
            if (kind == "fifo")
                using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", path)) mkfifo.WaitForExit();
            else if (kind == "device") File.CreateSymbolicLink(path, "/dev/zero");
            else File.WriteAllBytes(path, []);
            var stdout = new StringWriter();
            var exit = GazettePress.Cli.Commands.CommandLine.Run(["preflight", path, "--lang", "en"], stdout, new StringWriter());
            Assert.Equal(1, exit);
            Assert.StartsWith("FAIL pdf-syntax: the file is empty or not a regular file", stdout.ToString());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
