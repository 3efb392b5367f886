using System.Text;

namespace GazettePress.Importing.Decoding;

/// <summary>The encodings a text file is read in.</summary>
public enum TextEncodingKind
{
    Utf8,
    Utf8WithBom,
    Utf16,
    Gb18030,
}

/// <summary>How sure the decoder is of the encoding it chose.</summary>
public enum DecodingConfidence
{
    /// <summary>A byte-order mark, or bytes that are valid UTF-8 throughout: no other reading is plausible.</summary>
    Certain,

    /// <summary>Valid GB18030 whose characters are the common ones of Chinese text (GB2312): a sound guess, noted for review.</summary>
    Likely,

    /// <summary>Decoded, but some bytes were damaged or the characters are unusual: listed for review.</summary>
    Doubtful,
}

/// <summary>The text of a file, the encoding it was read in and the lines whose bytes could not be decoded.</summary>
/// <param name="DamagedLines">1-based lines holding bytes that were not valid in the chosen encoding (decoded as U+FFFD).</param>
/// <param name="CommonShare">For GB18030: the share of double-byte characters in the GB2312 set (0–1); 1 otherwise.</param>
public sealed record DecodedText(string Text, TextEncodingKind Encoding, DecodingConfidence Confidence, IReadOnlyList<int> DamagedLines, double CommonShare)
{
    /// <summary>
    /// The bytes were valid UTF-8 too, but that reading was implausible (a few accented or combining
    /// letters standing alone where GBK reads common Chinese characters): read as GB18030, with doubt.
    /// </summary>
    public bool AlsoValidUtf8 { get; init; }

    /// <summary>The encoding's usual name: UTF-8, UTF-8 (BOM), UTF-16, GB18030.</summary>
    public string EncodingName => Encoding switch
    {
        TextEncodingKind.Utf8 => "UTF-8",
        TextEncodingKind.Utf8WithBom => "UTF-8 (BOM)",
        TextEncodingKind.Utf16 => "UTF-16",
        _ => "GB18030",
    };
}

/// <summary>Why bytes could not be read as text at all.</summary>
public sealed record DecodingFailure(string Reason, long Offset);

/// <summary>
/// Reads a text file whose encoding is not declared: UTF-8 (with or without BOM), UTF-16 with BOM,
/// or GB18030/GBK/GB2312 as Windows editors in China save .txt files. The decision is exact where it
/// can be: a BOM, or bytes that are valid UTF-8 throughout (Chinese text in GBK is practically never
/// valid UTF-8: any two-byte GBK character with a trail byte below 0x80, and any character whose
/// bytes do not form UTF-8's lead/continuation pattern, breaks it). Otherwise the bytes are decoded as
/// GB18030 (a superset of GBK and GB2312) and accepted when the double-byte characters are mostly
/// GB2312's — true of any Chinese prose, false of Big5 or Shift-JIS read as GBK. Text that is mostly
/// UTF-8 with a few damaged bytes is read as UTF-8 with the damaged lines listed. Binary data and
/// anything else is refused. Nothing is ever decoded silently: every guess is reported.
/// </summary>
public static class TextDecoder
{
    /// <summary>Minimum share of GB2312 characters for GB18030 to be a likely reading.</summary>
    public const double LikelyShare = 0.9;

    /// <summary>Below this share the bytes are not taken for Chinese text at all.</summary>
    public const double MinimumShare = 0.6;

    private static readonly Lazy<Encoding> Gb18030Strict = new(() =>
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!);

    private static readonly Lazy<Encoding> Gb18030Lenient = new(() =>
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))!);

    /// <summary>The GB18030 encoding (code page 54936), for writing test data and for callers that know their input.</summary>
    public static Encoding Gb18030 => Gb18030Strict.Value;

    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, out DecodingFailure? failure)
    {
        failure = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Utf8(bytes[3..], TextEncodingKind.Utf8WithBom);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            var text = encoding.GetString(bytes[2..]);
            return new DecodedText(text, TextEncodingKind.Utf16, DecodingConfidence.Certain, LinesWith(text, '\uFFFD'), 1);
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            failure = new DecodingFailure("binary", nul);
            return null;
        }
        var (multiByte, invalid, firstInvalid) = Utf8Statistics(bytes);
        if (invalid == 0 && multiByte > 0 && ReadsAsGbNotUtf8(bytes))
            return new DecodedText(Gb18030Strict.Value.GetString(bytes), TextEncodingKind.Gb18030, DecodingConfidence.Doubtful, [], 1) { AlsoValidUtf8 = true };
        if (invalid == 0) return Utf8(bytes, TextEncodingKind.Utf8);
        // Mostly UTF-8 with a few damaged bytes: a GBK file has hardly any valid multi-byte UTF-8 sequence.
        if (multiByte >= 20 && invalid * 20 <= multiByte) return Utf8(bytes, TextEncodingKind.Utf8);
        var share = GbCommonShare(bytes);
        if (share < MinimumShare)
        {
            failure = new DecodingFailure("unknown", firstInvalid);
            return null;
        }
        string decoded;
        var damaged = false;
        try
        {
            decoded = Gb18030Strict.Value.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            decoded = Gb18030Lenient.Value.GetString(bytes);
            damaged = true;
        }
        var confidence = damaged || share < LikelyShare ? DecodingConfidence.Doubtful : DecodingConfidence.Likely;
        return new DecodedText(decoded, TextEncodingKind.Gb18030, confidence, damaged ? LinesWith(decoded, '\uFFFD') : [], share);
    }

    private static DecodedText Utf8(ReadOnlySpan<byte> bytes, TextEncodingKind kind)
    {
        var text = new UTF8Encoding(false, false).GetString(bytes);
        var damaged = LinesWith(text, '\uFFFD');
        return new DecodedText(text, kind, damaged.Count > 0 ? DecodingConfidence.Doubtful : DecodingConfidence.Certain, damaged, 1);
    }

    /// <summary>Valid multi-byte sequences, invalid bytes and the offset of the first invalid one.</summary>
    private static (int MultiByte, int Invalid, long FirstInvalid) Utf8Statistics(ReadOnlySpan<byte> bytes)
    {
        int multi = 0, invalid = 0;
        long first = -1;
        for (var i = 0; i < bytes.Length;)
        {
            var b = bytes[i];
            if (b < 0x80) { i++; continue; }
            var length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            var ok = length > 0 && i + length <= bytes.Length;
            for (var k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xC0) == 0x80;
            if (ok && length == 3)
            {
                var cp = ((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
                ok = cp >= 0x800 && cp is < 0xD800 or > 0xDFFF;
            }
            if (ok)
            {
                multi++;
                i += length;
            }
            else
            {
                if (first < 0) first = i;
                invalid++;
                i++;
            }
        }
        return (multi, invalid, first);
    }

    /// <summary>
    /// A few GBK characters can also be valid UTF-8 (通知 is CD A8 D6 AA: U+0368 U+05AA). Such bytes are
    /// read as GBK when every non-ASCII character is a two-byte UTF-8 sequence that is also a GB2312
    /// hanzi (lead C2–DF, trail A1–BF), none touches an ASCII letter (the accented letters of European
    /// text stand inside words), and the UTF-8 reading is implausible: a combining mark, or letters of
    /// two different scripts (目录 reads Ŀ¼). Real UTF-8 Chinese needs three-byte sequences.
    /// </summary>
    private static bool ReadsAsGbNotUtf8(ReadOnlySpan<byte> bytes)
    {
        var scripts = 0;
        var combining = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80) continue;
            if (b is < 0xC2 or > 0xDF || i + 1 >= bytes.Length || bytes[i + 1] is < 0xA1 or > 0xBF) return false;
            var before = i > 0 ? bytes[i - 1] : (byte)' ';
            var after = i + 2 < bytes.Length ? bytes[i + 2] : (byte)' ';
            if (char.IsAsciiLetter((char)before) || char.IsAsciiLetter((char)after)) return false;
            combining |= b is 0xCC or 0xCD;
            scripts |= 1 << ScriptOfLead(b);
            i++;
        }
        return combining || System.Numerics.BitOperations.PopCount((uint)scripts) >= 2;
    }

    /// <summary>The block a two-byte UTF-8 character belongs to, by its lead byte: Latin-1, Latin extended, IPA, Greek, Cyrillic, Armenian/Hebrew, Arabic, other.</summary>
    private static int ScriptOfLead(byte lead) => lead switch
    {
        <= 0xC3 => 0,
        <= 0xC9 => 1,
        <= 0xCD => 2,
        <= 0xCF => 3,
        <= 0xD3 => 4,
        <= 0xD7 => 5,
        <= 0xDB => 6,
        _ => 7,
    };

    /// <summary>
    /// Share of GBK double-byte characters that lie in GB2312 (symbols rows A1–A9, hanzi rows B0–F7,
    /// trail byte A1–FE). Chinese prose is ≥ 0.97 here; Big5 or Shift-JIS bytes read as GBK fall far below.
    /// </summary>
    private static double GbCommonShare(ReadOnlySpan<byte> bytes)
    {
        int common = 0, other = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var b = bytes[i];
            if (b < 0x80) { i++; continue; }
            if (b == 0x80 || b == 0xFF || i + 1 >= bytes.Length) { other++; i++; continue; }
            var t = bytes[i + 1];
            if (t >= 0x30 && t <= 0x39 && i + 3 < bytes.Length) { other++; i += 4; continue; } // four-byte GB18030
            var inGb2312 = t >= 0xA1 && t <= 0xFE && (b >= 0xA1 && b <= 0xA9 || b >= 0xB0 && b <= 0xF7);
            if (inGb2312) common++;
            else other++;
            i += 2;
        }
        return common + other == 0 ? 0 : (double)common / (common + other);
    }

    private static List<int> LinesWith(string text, char c)
    {
        var lines = new List<int>();
        var line = 1;
        var marked = false;
        foreach (var ch in text)
        {
            if (ch == '\n') { line++; marked = false; continue; }
            if (ch == c && !marked) { lines.Add(line); marked = true; }
        }
        return lines;
    }
}
