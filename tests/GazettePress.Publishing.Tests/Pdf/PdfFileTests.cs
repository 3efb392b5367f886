using System.Text;
using GazettePress.Publishing.Pdf;

namespace GazettePress.Publishing.Tests.Pdf;

public sealed class PdfFileTests
{
    private static PdfObject Parse(string text) => new PdfParser(Encoding.Latin1.GetBytes(text)).ReadObject()!;

    [Fact]
    public void Parses_every_object_kind()
    {
        var d = Assert.IsType<PdfDictionary>(Parse("<< /A#20B (x\\(y\\)\\n\\101) /H <4e6F 7> /N -.5 /R 12 0 R /Arr [1 2 0 R true null /n] /D << /K false >> >>"));
        Assert.True(d.ContainsKey("A B"));
        Assert.Equal("x(y)\nA", ((PdfString)d["A B"]!).ToText());
        Assert.Equal([0x4E, 0x6F, 0x70], ((PdfString)d["H"]!).Bytes);
        Assert.Equal(-0.5, ((PdfNumber)d["N"]!).Value);
        Assert.Equal(new PdfReference(12, 0), d["R"]);
        var array = (PdfArray)d["Arr"]!;
        Assert.Equal(5, array.Count);
        Assert.IsType<PdfNumber>(array[0]);
        Assert.Equal(new PdfReference(2, 0), array[1]);
        Assert.Same(PdfBoolean.False, ((PdfDictionary)d["D"]!)["K"]);
    }

    [Fact]
    public void Serialised_values_parse_back_to_the_same_values()
    {
        var original = new PdfDictionary
        {
            ["Title"] = PdfString.FromText("晋城市人民政府公报"),
            ["Plain"] = new PdfString(Encoding.ASCII.GetBytes("a(b)\\c\r\n")),
            ["Name"] = new PdfName("with space#hash"),
            ["Numbers"] = PdfArray.OfNumbers(0.000001, -3, 841.89, 1e7),
        };
        var text = Encoding.Latin1.GetString(PdfWriter.Serialize(original));
        Assert.Equal("[0.000001 -3 841.89 10000000]", Encoding.Latin1.GetString(PdfWriter.Serialize(original["Numbers"]!))); // PDF has no exponents
        var back = (PdfDictionary)Parse(text);
        Assert.Equal("晋城市人民政府公报", ((PdfString)back["Title"]!).ToText());
        Assert.Equal("a(b)\\c\r\n", ((PdfString)back["Plain"]!).ToText());
        Assert.Equal("with space#hash", ((PdfName)back["Name"]!).Value);
        Assert.Equal([0.000001, -3, 841.89, 1e7], ((PdfArray)back["Numbers"]!).Items.Select(i => ((PdfNumber)i).Value));
    }

    [Fact]
    public void Content_operations_round_trip_byte_for_byte()
    {
        var content = "q .24 0 0 -.24 0 841.92 cm\nBT /F4 12 Tf [<0029> -20 <0046>] TJ ET\n0 0 0 RG 0 0 0 rg 72 120 300 1 re f Q\n";
        var operations = ContentStream.Parse(Encoding.ASCII.GetBytes(content));
        Assert.Equal(["q", "cm", "BT", "Tf", "TJ", "ET", "RG", "rg", "re", "f", "Q"], operations.Select(o => o.Operator));
        Assert.Equal(content.Replace("\n", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Encoding.ASCII.GetString(ContentStream.Write(operations)).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Reads_files_with_object_streams_and_xref_streams()
    {
        var skia = Tools.TempFile(SamplePdf.Make(new SamplePdf.Options { PageCount = 2 }), "in.pdf");
        var packed = Path.Combine(Path.GetDirectoryName(skia)!, "packed.pdf");
        var (code, output) = Tools.Run("qpdf", "--object-streams=generate", skia, packed);
        Assert.True(code == 0, output);
        Assert.Contains("/ObjStm", Encoding.Latin1.GetString(File.ReadAllBytes(packed)));
        var file = PdfFile.Load(File.ReadAllBytes(packed));
        Assert.Equal(2, file.PageReferences().Count);
        var rewritten = Tools.TempFile(PdfWriter.Write(file), "rewritten.pdf");
        Assert.Equal(0, Tools.Run("qpdf", "--check", rewritten).ExitCode);
        Assert.Contains("Pages:           2", Tools.Run("pdfinfo", rewritten).Output);
    }

    [Fact]
    public void Damaged_xref_falls_back_to_scanning_objects()
    {
        var bytes = SamplePdf.Make(new SamplePdf.Options { PageCount = 2 });
        var text = Encoding.Latin1.GetString(bytes);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var damaged = Encoding.Latin1.GetBytes(text[..at] + "startxref\n12\n%%EOF\n");
        var file = PdfFile.Load(damaged);
        Assert.Equal(2, file.PageReferences().Count);
    }

    [Fact]
    public void Not_a_pdf_is_a_format_error()
    {
        Assert.Throws<PdfFormatException>(() => PdfFile.Load(Encoding.ASCII.GetBytes("hello, world")));
    }
}
