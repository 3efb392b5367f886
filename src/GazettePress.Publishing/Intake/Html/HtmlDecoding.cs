using System.Text;
using System.Text.RegularExpressions;

namespace GazettePress.Intake.Html;

/// <summary>
/// The characters of a saved web page: a byte-order mark first, else the charset the page declares
/// (meta charset, http-equiv Content-Type, XML declaration) in its first bytes, else UTF-8 when the
/// bytes are valid UTF-8, else GB18030. GB2312 and GBK labels are read as GB18030, their superset,
/// as browsers do (WHATWG encoding labels), so a page labelled gb2312 that uses GBK characters reads right.
/// </summary>
internal static partial class HtmlDecoding
{
    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string Charset) Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), "utf-8");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16be");
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 8192));
        var declared = Declared().Match(head) is { Success: true } m ? m.Groups[1].Value.Trim().ToLowerInvariant() : null;
        if (declared is not null && EncodingFor(declared) is { } encoding) return (encoding.GetString(bytes), declared);
        if (IsUtf8(bytes)) return (Encoding.UTF8.GetString(bytes), "utf-8");
        return (Encoding.GetEncoding(54936).GetString(bytes), "gb18030");
    }

    private static Encoding? EncodingFor(string label) => label switch
    {
        "utf-8" or "utf8" or "unicode-1-1-utf-8" => new UTF8Encoding(false),
        "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "ms936" or "windows-936" or "euc-cn" or "csgb2312" or "chinese" or "iso-ir-58" => Encoding.GetEncoding(54936),
        "big5" or "big5-hkscs" or "cn-big5" => Encoding.GetEncoding(950),
        _ => TryGet(label),
    };

    private static Encoding? TryGet(string label)
    {
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"(?:<meta[^>]+charset\s*=\s*[""']?|<\?xml[^>]+encoding\s*=\s*[""'])([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Declared();
}
