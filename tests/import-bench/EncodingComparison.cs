using System.IO.Compression;
using System.Text;
using GazettePress.Importing.Decoding;
using GazettePress.Publishing.Tests.Importing.Degradation;
using UtfUnknown;

/// <summary>
/// The encoding decision, measured: the hand-written rule (TextDecoder) against UTF.Unknown 2.8.0 on a
/// generated set — the corpus issues and damaged variants of them in UTF-8, UTF-8 with BOM, GB18030 and
/// GBK, short texts, mostly-Latin texts, binary data, damaged files (a GBK file with invalid bytes, a
/// UTF-8 file with a stray byte), UTF-16 and Big5 (which the importer does not read: it must refuse or
/// doubt it, never read it silently). A reading is right when it picks the file's encoding (any of the
/// GB family for GB18030/GBK) and gives back the text exactly, or for damaged files flags the damage;
/// binary data is right when refused.
/// </summary>
internal static class EncodingComparison
{
    private enum Truth { Utf8, Gb, Utf16, Binary, Ascii, Big5 }

    private sealed record Case(string Category, byte[] Bytes, Truth Truth, string? Text, bool Damaged);

    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
    private static readonly Encoding Big5 = CodePagesEncodingProvider.Instance.GetEncoding(950)!;

    public static void Run(IReadOnlyDictionary<string, string> corpus)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cases = Cases(corpus);
        var rows = new SortedDictionary<string, (int Count, int Ours, int Theirs, int Combined)>(StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var c in cases)
        {
            var ours = Ours(c);
            var theirs = Theirs(c, out var detected);
            var combined = Combined(c);
            var r = rows.GetValueOrDefault(c.Category);
            rows[c.Category] = (r.Count + 1, r.Ours + (ours ? 1 : 0), r.Theirs + (theirs ? 1 : 0), r.Combined + (combined ? 1 : 0));
            if (!ours) wrong.Add($"ours wrong: {c.Category} ({c.Bytes.Length} bytes)");
            if (!theirs && wrong.Count(w => w.StartsWith("UTF.Unknown", StringComparison.Ordinal)) < 30)
                wrong.Add($"UTF.Unknown wrong: {c.Category} ({c.Bytes.Length} bytes) → {detected}");
        }
        Console.WriteLine("| inputs | cases | TextDecoder (ours) | UTF.Unknown 2.8.0 | UTF.Unknown, then our damage check |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (category, r) in rows)
            Console.WriteLine($"| {category} | {r.Count} | {r.Ours} | {r.Theirs} | {r.Combined} |");
        Console.WriteLine($"| **all** | {rows.Values.Sum(r => r.Count)} | {rows.Values.Sum(r => r.Ours)} | {rows.Values.Sum(r => r.Theirs)} | {rows.Values.Sum(r => r.Combined)} |");
        foreach (var w in wrong) Console.WriteLine(w);
    }

    private static bool Ours(Case c)
    {
        var d = TextDecoder.Decode(c.Bytes, out _);
        if (c.Truth is Truth.Binary) return d is null;
        if (c.Truth is Truth.Big5) return d is null || d.Confidence == DecodingConfidence.Doubtful;
        if (d is null) return false;
        var family = d.Encoding switch
        {
            TextEncodingKind.Utf8 or TextEncodingKind.Utf8WithBom => Truth.Utf8,
            TextEncodingKind.Gb18030 => Truth.Gb,
            _ => Truth.Utf16,
        };
        if (c.Truth == Truth.Ascii) return d.Text == c.Text;
        if (family != c.Truth) return false;
        return c.Damaged ? d.DamagedLines.Count > 0 || d.Confidence == DecodingConfidence.Doubtful : d.Text == c.Text;
    }

    private static bool Theirs(Case c, out string detected)
    {
        var result = CharsetDetector.DetectFromBytes(c.Bytes);
        var detail = result.Detected;
        detected = detail is null ? "nothing" : $"{detail.EncodingName} ({detail.Confidence:F2})";
        if (c.Truth is Truth.Binary) return detail?.Encoding is null;
        var family = Family(detail?.EncodingName);
        if (c.Truth is Truth.Big5) return family == Truth.Big5;
        if (detail?.Encoding is null) return false;
        var text = Decode(c.Bytes, detail.Encoding, detail.HasBOM);
        if (c.Truth == Truth.Ascii) return text == c.Text;
        if (family != c.Truth) return false;
        return c.Damaged || text == c.Text;
    }

    /// <summary>UTF.Unknown chooses the encoding; the U+FFFD check marks damaged lines, and binary (NUL bytes) is refused.</summary>
    private static bool Combined(Case c)
    {
        if (c.Bytes.AsSpan().IndexOf((byte)0) >= 0 && !(c.Bytes.Length > 1 && c.Bytes[0] is 0xFF or 0xFE)) return c.Truth == Truth.Binary;
        var detail = CharsetDetector.DetectFromBytes(c.Bytes).Detected;
        if (c.Truth is Truth.Binary) return detail?.Encoding is null;
        if (detail?.Encoding is null) return c.Truth == Truth.Big5;
        var family = Family(detail.EncodingName);
        if (c.Truth is Truth.Big5) return family == Truth.Big5;
        var text = Decode(c.Bytes, detail.Encoding, detail.HasBOM);
        if (c.Truth == Truth.Ascii) return text == c.Text;
        if (family != c.Truth) return false;
        return c.Damaged ? text.Contains('\uFFFD') : text == c.Text;
    }

    private static Truth? Family(string? name) => name?.ToLowerInvariant() switch
    {
        "utf-8" or "ascii" or "us-ascii" => Truth.Utf8,
        "gb18030" or "gbk" or "gb2312" or "hz-gb-2312" => Truth.Gb,
        "utf-16le" or "utf-16be" or "utf-16" => Truth.Utf16,
        "big5" => Truth.Big5,
        _ => null,
    };

    private static string Decode(byte[] bytes, Encoding encoding, bool bom)
    {
        var e = (Encoding)encoding.Clone();
        e.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        var preamble = encoding.GetPreamble();
        var skip = bom && bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        return e.GetString(bytes, skip, bytes.Length - skip);
    }

    private static List<Case> Cases(IReadOnlyDictionary<string, string> corpus)
    {
        var cases = new List<Case>();
        var texts = new List<string>();
        foreach (var text in corpus.Values)
        {
            texts.Add(text);
            for (var seed = 1; seed <= 3; seed++)
                texts.Add(DamageGenerator.Apply(text, [Damage.SpacesAndPunct, Damage.ConverterResidue, Damage.PageBreaks, Damage.DocNumbers], seed));
        }
        foreach (var text in texts)
        {
            cases.Add(new("corpus issue, UTF-8", Encoding.UTF8.GetBytes(text), Truth.Utf8, text, false));
            cases.Add(new("corpus issue, UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], Truth.Utf8, text, false));
            cases.Add(new("corpus issue, GB18030", TextDecoder.Gb18030.GetBytes(text), Truth.Gb, text, false));
            var gbk = Gbk.GetBytes(text);
            cases.Add(new("corpus issue, GBK", gbk, Truth.Gb, TextDecoder.Gb18030.GetString(gbk), false));
        }
        string[] shortTexts =
        [
            "通知", "目录", "晋城市人民政府公报", "2025年第6期", "晋市政办〔2025〕22号", "2025年11月14日", "（此件公开发布）",
            "各县（市、区）人民政府：", "关于印发晋城市基干民兵优待和权益保障实施细则的通知", "第一章　总　则",
            "一、总体要求\n到2026年底，建成城市书房20个。", "咨询单位：晋城市文化和旅游局\n政策咨询电话：2020000",
        ];
        foreach (var s in shortTexts)
        {
            cases.Add(new("short text (2–40 characters), UTF-8", Encoding.UTF8.GetBytes(s), Truth.Utf8, s, false));
            cases.Add(new("short text (2–40 characters), GBK", Gbk.GetBytes(s), Truth.Gb, s, false));
        }
        string[] latin =
        [
            "Contact: www.jcgov.gov.cn  Tel (0356)2198496  E-mail: jczb@163.com  地址",
            "GB/T 9704-2012 Layout key for official documents of party and government organs — 党政机关公文格式\n",
            "id,name,phone\n1,Zhang San,13800000000\n2,李四,13900000000\n3,Wang Wu,13700000000\n",
            "The Jincheng Municipal People's Government Gazette is published every two months. 晋城市人民政府公报 is its Chinese name.",
            "Section 1. Scope\nThis regulation applies to all districts.\nSection 2. Terms\n本规定所称公报，是指政府公报。\n",
            "README\n=====\nimport: gazettepress import old.txt --out issues/2025-06 \n说明见 docs/zh。\n",
        ];
        foreach (var s in latin)
        {
            cases.Add(new("mostly Latin with some Chinese, UTF-8", Encoding.UTF8.GetBytes(s), Truth.Utf8, s, false));
            cases.Add(new("mostly Latin with some Chinese, GBK", Gbk.GetBytes(s), Truth.Gb, s, false));
        }
        foreach (var s in new[] { "café", "naïve résumé", "Müller GmbH, Zürich", "±5 °C", "1 × 2 ÷ 3", "Ελληνικά", "Москва", "© 2025 · §3" })
            cases.Add(new("European text (2-byte UTF-8 only), UTF-8", Encoding.UTF8.GetBytes(s), Truth.Utf8, s, false));
        foreach (var s in new[] { "Hello, world.\n", "gazettepress 1.0\nLicense: MIT\n" })
            cases.Add(new("ASCII only", Encoding.ASCII.GetBytes(s), Truth.Ascii, s, false));
        var rng = new Random(9704);
        foreach (var size in new[] { 64, 512, 4096, 65536 })
        {
            var bytes = new byte[size];
            rng.NextBytes(bytes);
            cases.Add(new("binary: random bytes", bytes, Truth.Binary, null, false));
            var noNul = bytes.Select(b => b == 0 ? (byte)1 : b).ToArray();
            cases.Add(new("binary: random bytes without NUL", noNul, Truth.Binary, null, false));
        }
        foreach (var text in corpus.Values)
        {
            using var zipped = new MemoryStream();
            using (var gzip = new GZipStream(zipped, CompressionLevel.Optimal)) gzip.Write(Encoding.UTF8.GetBytes(text));
            cases.Add(new("binary: gzip of an issue", zipped.ToArray(), Truth.Binary, null, false));
        }
        cases.Add(new("binary: PNG header", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], Truth.Binary, null, false));
        foreach (var (name, text) in corpus)
        {
            for (var seed = 1; seed <= 2; seed++)
            {
                var r = new Random(seed * 100 + name[2]);
                var gbk = Gbk.GetBytes(text);
                for (var k = 0; k < 3; k++) gbk[r.Next(gbk.Length)] = 0xFF;
                cases.Add(new("GBK with a few invalid bytes", gbk, Truth.Gb, null, true));
                var utf8 = Encoding.UTF8.GetBytes(text).ToList();
                var at = r.Next(utf8.Count);
                while (at < utf8.Count && (utf8[at] & 0xC0) == 0x80) at++;
                utf8.Insert(at, seed == 1 ? (byte)0xB7 : (byte)0xA1);
                cases.Add(new("UTF-8 with a stray byte", utf8.ToArray(), Truth.Utf8, null, true));
                var pasted = Encoding.UTF8.GetBytes(text).ToList();
                pasted.InsertRange(pasted.Count / 2, Gbk.GetBytes("（见附件）"));
                cases.Add(new("UTF-8 with a GBK phrase pasted in", pasted.ToArray(), Truth.Utf8, null, true));
            }
            cases.Add(new("UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], Truth.Utf16, text, false));
            cases.Add(new("Big5 (not read by the importer: refuse or doubt)", Big5.GetBytes(text), Truth.Big5, null, false));
        }
        return cases;
    }
}
