using System.Text;
using GazettePress.Importing.Decoding;

namespace GazettePress.Publishing.Tests.Importing.Decoding;

/// <summary>
/// The encoding rule on the kinds of input of the measured comparison (tests/import-bench --encodings,
/// README "Importing back issues"): each file is read in its own encoding and gives its text back, a
/// damaged file is read with its damaged lines listed, binary data is refused.
/// </summary>
public sealed class TextDecoderTests
{
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
    private static readonly string Issue = File.ReadAllText(TestFiles.Corpus("000"));

    public static TheoryData<string, string> Texts => new()
    {
        { "issue", Issue },
        { "short", "晋城市人民政府公报" },
        { "mostly Latin", "Contact: www.jcgov.gov.cn  Tel (0356)2198496  地址" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Each_encoding_is_told_and_gives_the_text_back(string name, string text)
    {
        AssertRead(Encoding.UTF8.GetBytes(text), TextEncodingKind.Utf8, DecodingConfidence.Certain, text, name);
        AssertRead([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], TextEncodingKind.Utf8WithBom, DecodingConfidence.Certain, text, name);
        AssertRead([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], TextEncodingKind.Utf16, DecodingConfidence.Certain, text, name);
        AssertRead(TextDecoder.Gb18030.GetBytes(text), TextEncodingKind.Gb18030, DecodingConfidence.Likely, text, name);
        var gbk = Gbk.GetBytes(text);
        AssertRead(gbk, TextEncodingKind.Gb18030, DecodingConfidence.Likely, TextDecoder.Gb18030.GetString(gbk), name);
    }

    [Theory]
    [InlineData("通知")] // CD A8 D6 AA: also valid UTF-8 (U+0368 U+05AA)
    [InlineData("目录")] // C4 BF C2 BC: also valid UTF-8 (Ŀ¼)
    public void Gbk_that_is_also_valid_utf8_is_read_as_gbk_with_doubt(string text)
    {
        var decoded = TextDecoder.Decode(Gbk.GetBytes(text), out _)!;
        Assert.Equal(text, decoded.Text);
        Assert.Equal(TextEncodingKind.Gb18030, decoded.Encoding);
        Assert.True(decoded.AlsoValidUtf8);
        Assert.Equal(DecodingConfidence.Doubtful, decoded.Confidence);
    }

    [Theory]
    [InlineData("café")]
    [InlineData("© 2025 · §3")]
    [InlineData("±5 °C")]
    [InlineData("Москва")]
    public void European_utf8_stays_utf8(string text) =>
        AssertRead(Encoding.UTF8.GetBytes(text), TextEncodingKind.Utf8, DecodingConfidence.Certain, text, text);

    [Fact]
    public void Damaged_gbk_and_utf8_are_read_with_the_damaged_lines_listed()
    {
        var gbk = Gbk.GetBytes(Issue);
        var line = Issue[..(Issue.Length / 2)].Count(c => c == '\n') + 1;
        var at = Gbk.GetByteCount(Issue[..Issue.IndexOf('\n', Issue.Length / 2)]) - 2;
        gbk[at] = 0xFF;
        var fromGbk = TextDecoder.Decode(gbk, out _)!;
        Assert.Equal(TextEncodingKind.Gb18030, fromGbk.Encoding);
        Assert.Equal(DecodingConfidence.Doubtful, fromGbk.Confidence);
        Assert.Contains(line, fromGbk.DamagedLines);

        var utf8 = Encoding.UTF8.GetBytes(Issue).ToList();
        utf8.Insert(Encoding.UTF8.GetByteCount(Issue[..Issue.IndexOf('\n', Issue.Length / 2)]), 0xB7);
        var fromUtf8 = TextDecoder.Decode(utf8.ToArray(), out _)!;
        Assert.Equal(TextEncodingKind.Utf8, fromUtf8.Encoding);
        Assert.Equal(DecodingConfidence.Doubtful, fromUtf8.Confidence);
        Assert.Equal([line], fromUtf8.DamagedLines);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var random = new byte[4096];
        new Random(9704).NextBytes(random);
        Assert.Null(TextDecoder.Decode(random, out var failure));
        Assert.Equal("binary", failure!.Reason);
        var noNul = random.Select(b => b == 0 ? (byte)1 : b).ToArray();
        Assert.Null(TextDecoder.Decode(noNul, out failure));
        Assert.Equal("unknown", failure!.Reason);
    }

    private static void AssertRead(byte[] bytes, TextEncodingKind encoding, DecodingConfidence confidence, string text, string name)
    {
        var decoded = TextDecoder.Decode(bytes, out var failure);
        Assert.True(decoded is not null, $"{name}: {failure}");
        Assert.Equal(encoding, decoded.Encoding);
        Assert.Equal(confidence, decoded.Confidence);
        Assert.True(text == decoded.Text, $"{name} read as {encoding} differs from the original");
        Assert.Empty(decoded.DamagedLines);
    }
}
