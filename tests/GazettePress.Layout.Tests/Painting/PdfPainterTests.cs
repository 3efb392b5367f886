using GazettePress.Layout.Painting;

namespace GazettePress.Layout.Tests.Painting;

/// <summary>The sample PDF, painted once and written to a temporary file for the poppler tools.</summary>
public sealed class SamplePdfFixture : IDisposable
{
    public SamplePdfFixture()
    {
        Bytes = SamplePages.Pdf(SamplePages.Build());
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"gp-engine-sample-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(Path, Bytes);
    }

    public byte[] Bytes { get; }
    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}

public class PdfPainterTests(SamplePdfFixture sample) : IClassFixture<SamplePdfFixture>
{
    private (byte[] Bytes, string Path) Sample => (sample.Bytes, sample.Path);

    [Fact]
    public void Every_font_is_an_embedded_subset_CID_TrueType_font_never_Type3()
    {
        var report = ExternalTool.Run("pdffonts", Sample.Path);
        var rows = report.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();
        Assert.Equal(4, rows.Length); // song, song bold (run-in label), hei bold (title), kai
        Assert.DoesNotContain("Type 3", report);
        foreach (var row in rows)
        {
            Assert.Contains("CID TrueType", row);
            var flags = row[(row.IndexOf("Identity-H", StringComparison.Ordinal) + "Identity-H".Length)..]
                .Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("yes", flags[0]); // emb
            Assert.Equal("yes", flags[1]); // sub
            Assert.Equal("yes", flags[2]); // uni
        }
    }

    [Fact]
    public void Text_reads_back_as_the_source_including_renmin()
    {
        var text = ExternalTool.Run("pdftotext", "-enc", "UTF-8", Sample.Path, "-");
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        Assert.Contains("人民群众", compact);
        Assert.DoesNotContain("⼈", compact); // U+2F08 KANGXI RADICAL MAN
        Assert.DoesNotContain("⺠", compact); // U+2EA0 CJK RADICAL CIVILIAN
        var expected = "第一条" + SamplePages.BodyText + "附件1";
        Assert.Contains(expected, compact);
        Assert.Contains("关于印发实施细则的通知", compact);
        Assert.Contains("此件公开发布", compact);
    }

    [Fact]
    public void The_same_pages_give_the_same_bytes()
    {
        var again = SamplePages.Pdf(SamplePages.Build());
        Assert.Equal(Sample.Bytes, again);
    }

    [Fact]
    public void Subsets_keep_the_file_small()
    {
        Assert.True(Sample.Bytes.Length < 120_000, $"sample PDF is {Sample.Bytes.Length} bytes");
    }

    [Fact]
    public void Metadata_and_links_are_written()
    {
        var info = ExternalTool.Run("pdfinfo", Sample.Path);
        Assert.Contains("晋城市人民政府公报", info);
        Assert.Matches(@"Pages:\s+2\n", info);
        Assert.Contains("2025", info);
        var raw = System.Text.Encoding.Latin1.GetString(Sample.Bytes);
        Assert.Contains("/URI (http://www.jcgov.gov.cn/)", raw);
        Assert.Contains("/Dest /attachment-1", raw);   // the link
        Assert.Contains("/attachment-1 [", raw);       // the named destination
        Assert.Contains("/Dests", raw);
    }

    [Fact]
    public void Report_lists_each_embedded_face_with_glyph_counts()
    {
        using var stream = new MemoryStream();
        var result = PdfPainter.Paint(SamplePages.Build(), SamplePages.Metadata, stream);
        Assert.Equal(2, result.Pages);
        Assert.Contains(result.Fonts, f => f.Name == "Noto Serif SC" && f.Glyphs > 50);
        Assert.All(result.Fonts, f => Assert.True(f.SubsetBytes < 1_000_000));
    }
}
