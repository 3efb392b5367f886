using System.Globalization;
using System.Text;

namespace GazettePress.Publishing.Tests.Fuzzing;

/// <summary>
/// Damages a PDF the ways files get damaged in transit and the ways a hostile file is built: flipped
/// and dropped bytes, truncation, keys removed from dictionaries (/W, /Length, /Root, /Kids …),
/// numbers replaced by extremes, references pointed at themselves, deep nesting, a decompression
/// bomb, a page tree or form that contains itself. Seeded: the same seed gives the same file.
/// </summary>
internal static class PdfMutator
{
    private static readonly string[] Keys =
    [
        "W", "Size", "Index", "Root", "Pages", "Kids", "Count", "Type", "Length", "Filter", "N", "First", "Prev",
        "Resources", "MediaBox", "TrimBox", "BleedBox", "Contents", "Font", "XObject", "FontFile2", "FontDescriptor",
        "Subtype", "Width", "Height", "ColorSpace", "BitsPerComponent", "Dests", "Info", "DecodeParms", "Parent", "ExtGState",
    ];

    private static readonly string[] Extremes =
        ["0", "-1", "2147483647", "-2147483648", "99999999999999999999", "1e308", "3.4e38", "-0.0", "NaN", "4294967296", "65536", "1.5"];

    public static string Describe(int kind) => kind switch
    {
        0 => "flip bytes", 1 => "truncate", 2 => "delete range", 3 => "duplicate range", 4 => "remove key",
        5 => "extreme number", 6 => "self reference", 7 => "deep nesting", 8 => "flate bomb", 9 => "swap names",
        10 => "page tree loop", 11 => "form calls itself", 12 => "garbage xref offset", _ => "several",
    };

    public const int Kinds = 14;

    public static (byte[] Pdf, string What) Mutate(byte[] original, int seed)
    {
        var random = new Random(seed);
        var kind = random.Next(Kinds);
        var data = kind == 13 ? Several(original, random) : Apply(original, kind, random);
        return (data, Describe(kind));
    }

    private static byte[] Several(byte[] original, Random random)
    {
        var data = original;
        for (var i = random.Next(2, 5); i > 0; i--) data = Apply(data, random.Next(Kinds - 1), random);
        return data;
    }

    private static byte[] Apply(byte[] data, int kind, Random random)
    {
        var text = Encoding.Latin1.GetString(data);
        switch (kind)
        {
            case 0:
            {
                var copy = (byte[])data.Clone();
                for (var i = random.Next(1, 20); i > 0; i--) copy[random.Next(copy.Length)] = (byte)random.Next(256);
                return copy;
            }
            case 1:
                return data[..random.Next(data.Length)];
            case 2:
            {
                var at = random.Next(data.Length);
                var length = Math.Min(random.Next(1, 4096), data.Length - at);
                return [.. data[..at], .. data[(at + length)..]];
            }
            case 3:
            {
                var at = random.Next(data.Length);
                var length = Math.Min(random.Next(1, 4096), data.Length - at);
                var to = random.Next(data.Length);
                return [.. data[..to], .. data.AsSpan(at, length), .. data[to..]];
            }
            case 4:
                return ReplaceRandom(text, "/" + Keys[random.Next(Keys.Length)] + @"\b", "/Removed", random);
            case 5:
                return ReplaceRandom(text, @"(?<=[\s\[/<(])-?\d+(\.\d+)?(?=[\s\]>/])", Extremes[random.Next(Extremes.Length)], random);
            case 6:
            {
                // "n 0 obj ... m 0 R": make some reference inside object n point at n itself.
                var objects = System.Text.RegularExpressions.Regex.Matches(text, @"(\d+) 0 obj");
                if (objects.Count == 0) return data;
                var pick = objects[random.Next(objects.Count)];
                var end = text.IndexOf("endobj", pick.Index, StringComparison.Ordinal);
                var body = end < 0 ? "" : text[pick.Index..end];
                var refs = System.Text.RegularExpressions.Regex.Matches(body, @"\d+ 0 R");
                if (refs.Count == 0) return data;
                var r = refs[random.Next(refs.Count)];
                var at = pick.Index + r.Index;
                return Encoding.Latin1.GetBytes(text[..at] + pick.Groups[1].Value + " 0 R" + text[(at + r.Length)..]);
            }
            case 7:
            {
                var depth = random.Next(2) == 0 ? 100_000 : random.Next(100, 5000);
                var open = random.Next(2) == 0 ? "[" : "<</A ";
                var close = open == "[" ? "]" : ">>";
                var nest = string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth));
                return ReplaceRandom(text, @"/MediaBox\s*\[[^\]]*\]", "/MediaBox " + nest, random, keepIfMissing: true)
                    ?? Encoding.Latin1.GetBytes(text.Insert(random.Next(text.Length), nest));
            }
            case 8:
            {
                // A content stream replaced by 50 MB of zeros compressed to ~50 KB.
                var bomb = GazettePress.Publishing.Pdf.PdfFilters.Deflate(new byte[50 << 20]);
                var stream = System.Text.RegularExpressions.Regex.Match(text, @"/Length (\d+)(?=[^>]*>>\s*stream\r?\n)");
                if (!stream.Success) return data;
                var start = text.IndexOf("stream", stream.Index, StringComparison.Ordinal) + 6;
                while (start < text.Length && text[start] is '\r' or '\n') start++;
                var oldLength = int.Parse(stream.Groups[1].Value, CultureInfo.InvariantCulture);
                if (start + oldLength > data.Length) return data;
                var head = Encoding.Latin1.GetBytes(text[..stream.Index] + "/Length " + bomb.Length + text[(stream.Index + stream.Length)..start]);
                return [.. head, .. bomb, .. data[(start + oldLength)..]];
            }
            case 9:
                return ReplaceRandom(text, "/" + Keys[random.Next(Keys.Length)] + @"\b", "/" + Keys[random.Next(Keys.Length)], random);
            case 10:
                // A page that lists the page tree root among its own kids.
                return ReplaceRandom(text, @"/Type\s*/Page\b", "/Type /Pages /Kids [1 0 R 2 0 R 3 0 R]", random);
            case 11:
                return ReplaceRandom(text, @"/XObject\s*<<", "/XObject << /Loop 5 0 R", random);
            default:
            {
                var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
                if (at < 0) return data;
                return Encoding.Latin1.GetBytes(text[..at] + "startxref\n" + Extremes[random.Next(Extremes.Length)] + "\n%%EOF\n");
            }
        }
    }

    private static byte[] ReplaceRandom(string text, string pattern, string replacement, Random random) =>
        ReplaceRandom(text, pattern, replacement, random, keepIfMissing: false)!;

    private static byte[]? ReplaceRandom(string text, string pattern, string replacement, Random random, bool keepIfMissing)
    {
        var matches = System.Text.RegularExpressions.Regex.Matches(text, pattern);
        if (matches.Count == 0) return keepIfMissing ? null : Encoding.Latin1.GetBytes(text);
        var m = matches[random.Next(matches.Count)];
        return Encoding.Latin1.GetBytes(text[..m.Index] + replacement + text[(m.Index + m.Length)..]);
    }
}
