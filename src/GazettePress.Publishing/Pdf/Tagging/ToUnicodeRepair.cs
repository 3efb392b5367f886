using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GazettePress.Publishing.Pdf.Tagging;

/// <summary>
/// Gives every glyph the characters it stands for in the font's ToUnicode CMap, when the display
/// lists show it always standing for the same characters. Skia maps a glyph to one code point from
/// the font's cmap and writes ActualText for clusters that differ (the full-width dash glyph that
/// the cmap gives to U+2015 but the text uses for U+2014; one glyph for ——): correct, but many
/// readers (poppler's structure text, search) read only the ToUnicode map. A glyph seen standing
/// for different texts keeps Skia's mapping, and the ActualText does the work.
/// </summary>
internal static partial class ToUnicodeRepair
{
    /// <summary>What each glyph of each font (by object number) stood for, collected while matching.</summary>
    public sealed class Observations
    {
        private readonly Dictionary<(int Font, ushort Glyph), HashSet<string>> _texts = new();

        public void Add(int font, ushort glyph, string text)
        {
            if (!_texts.TryGetValue((font, glyph), out var set)) _texts[(font, glyph)] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(text);
        }

        public IEnumerable<IGrouping<int, (ushort Glyph, string Text)>> Unambiguous() =>
            _texts.Where(kv => kv.Value.Count == 1).Select(kv => (kv.Key.Font, kv.Key.Glyph, kv.Value.First()))
                .GroupBy(x => x.Font, x => (x.Glyph, x.Item3));
    }

    public static void Apply(PdfFile file, Observations observations)
    {
        foreach (var font in observations.Unambiguous())
        {
            if (file.Get(font.Key) is not PdfDictionary dictionary || file.Resolve(dictionary["ToUnicode"]) is not PdfStream cmap) continue;
            var decoded = PdfFilters.Decode(cmap, file);
            if (decoded is null) continue;
            var map = Parse(Encoding.Latin1.GetString(decoded));
            var changed = false;
            foreach (var (glyph, text) in font)
            {
                if (map.TryGetValue(glyph, out var current) && current == text) continue;
                map[glyph] = text;
                changed = true;
            }
            if (!changed) continue;
            var repaired = new PdfStream(new PdfDictionary(), []);
            PdfFilters.SetFlateData(repaired, Encoding.Latin1.GetBytes(Write(map)));
            dictionary["ToUnicode"] = file.Add(repaired);
        }
    }

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex CharBlock();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex RangeBlock();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")]
    private static partial Regex CharEntry();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])")]
    private static partial Regex RangeEntry();

    [GeneratedRegex(@"<([0-9A-Fa-f]*)>")]
    private static partial Regex HexString();

    internal static SortedDictionary<ushort, string> Parse(string cmap)
    {
        var map = new SortedDictionary<ushort, string>();
        foreach (Match block in CharBlock().Matches(cmap))
            foreach (Match entry in CharEntry().Matches(block.Groups[1].Value))
                map[(ushort)Hex(entry.Groups[1].Value)] = Utf16(entry.Groups[2].Value);
        foreach (Match block in RangeBlock().Matches(cmap))
            foreach (Match entry in RangeEntry().Matches(block.Groups[1].Value))
            {
                int low = Hex(entry.Groups[1].Value), high = Hex(entry.Groups[2].Value);
                if (entry.Groups[3].Success)
                {
                    var start = Utf16(entry.Groups[3].Value);
                    for (var code = low; code <= high && code <= 0xFFFF; code++)
                        map[(ushort)code] = start[..^1] + (char)(start[^1] + (code - low));
                }
                else
                {
                    var items = HexString().Matches(entry.Groups[4].Value);
                    for (var k = 0; k < items.Count && low + k <= high; k++) map[(ushort)(low + k)] = Utf16(items[k].Groups[1].Value);
                }
            }
        return map;
    }

    internal static string Write(SortedDictionary<ushort, string> map)
    {
        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n");
        sb.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in map.Chunk(100))
        {
            sb.Append(chunk.Length.ToString(CultureInfo.InvariantCulture)).Append(" beginbfchar\n");
            foreach (var (code, text) in chunk)
                sb.Append('<').Append(code.ToString("X4", CultureInfo.InvariantCulture)).Append("> <")
                  .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))).Append(">\n");
            sb.Append("endbfchar\n");
        }
        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.ToString();
    }

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex) => hex.Length < 4 ? "" : Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex.Length % 4 == 0 ? hex : hex[..(hex.Length / 4 * 4)]));
}
