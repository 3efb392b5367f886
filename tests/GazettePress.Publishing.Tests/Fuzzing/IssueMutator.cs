using System.Text;
using System.Text.RegularExpressions;

namespace GazettePress.Publishing.Tests.Fuzzing;

/// <summary>
/// Damages an issue folder the way editors' mistakes, other tools and hostile files do: YAML lines
/// lost, moved, re-indented, given odd values, aliases and deep nesting; Markdown with markup
/// snippets, rare and invisible characters, deep nesting, huge paragraphs and tables, odd links and
/// pictures; files re-encoded (GB18030, UTF-16, stray bytes, CR line ends); files deleted, renamed
/// or collided in case. Seeded: the same seed damages the same way. Returns what it did, for the
/// failure message and for turning a failure into a regression test.
/// </summary>
internal static partial class IssueMutator
{
    private static readonly string[] NastyValues =
    [
        "", "~", "null", "[", "{", "*", "&a", "!!binary AAAA", "|", ">", "'", "\"", "%", "@", "`", "- x", "[a, [b, c]]", "{a: 1}",
        "0", "-1", "99999999999999999999", "1e400", ".nan", "2025-13-45", "0001-01-01", "9999-12-31", "http://", "http://a b",
        "晋市政办[2025]22号", "晋市政办〔2025〕22号", "令第号", "yes", "\"\\u0000\"", "\"\\uFEFF\"", "a: b: c", "\t", new string('长', 5000),
    ];

    private static readonly string[] Keys =
        ["pinyin", "sponsor", "title", "year", "number", "published", "sections", "documents", "kind", "date", "qr", "signature", "gazette",
         "issuers", "attachments", "colophon", "intro", "edition_url", "doc_number", "url", "placeholder", "width_mm", "caption", "cover"];

    private static readonly string[] Snippets =
    [
        "**", "*", "~", "^", "~~", "[", "]", "(", "[x](", "![", "`", "\\", "<b>粗</b>", "<!--", "&amp;", "&#0;", "{#x}", "{#h-1}", "{#attachment-1}",
        "# 标题 {#rules}", "## 第一章", "::: keyvalue\n甲：乙\n:::", "::: signature\n某某单位\n2025年1月1日\n:::", ":::", "::: unknown\n文\n:::",
        "|a|b|\n|-|-|\n|1|2|", "|a|\n|-|\n|" + new string('字', 3000) + "|", "[外部](http://www.jcgov.gov.cn/)", "[坏](http://)", "[坏](http:// x)",
        "[邮件](mailto:)", "[锚](#不存在)", "[锚](#rules)", "[文](02-jszb-2025-22#rules)", "[文](NOPE#x)", "[脚本](javascript:alert(1))",
        "![图](images/none.png)", "![图](images/fake.png)", "![图](images/real.png)", "![图](images/cut.png)", "![图](images/pic.gif)",
        "![图](../outside.png)", "![图](/etc/hostname)", "m^2^", "PM~2.5~", "3~5年、10~20人", "  ", "\\\n", "---", "***", "> 引用", "    代码",
        "1. 列表", "- 列表", "〔责任单位：市政府〕", "（一）", "第一条", "http://www.example.com/a_b_c?x=1&y=2",
    ];

    private static readonly string[] Characters =
    [
        "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\u007F", "\u0085", "\u00A0", "\u00AD", "\u200B", "\u200D", "\u200E", "\u202E",
        "\u2028", "\u2029", "\u2060", "\uFEFF", "\uFFFD", "\uFFFE", "\uFE0F", "\U000E0100", "\U0001F600", "\uE000", "\u0301", "\u3000", "\U00020000",
        "\u2E3A", "\u3007", "\u9FFF", "\u4E00", "\u0041\u030A", "\r", "\t", "\u00E9", "\u0627", "\u05D0",
    ];

    public const string TextFileNamedPng = "images/fake.png";
    public const string RealPng = "images/real.png";
    public const string TruncatedPng = "images/cut.png";
    public const string Gif = "images/pic.gif";

    /// <summary>Applies 1–3 random mutations to the issue in <paramref name="directory"/>; returns what was done.</summary>
    public static string Mutate(string directory, int seed)
    {
        var random = new Random(seed);
        PreparePictures(directory);
        var done = new List<string>();
        for (var n = random.Next(10) < 6 ? 1 : random.Next(2, 4); n > 0; n--) done.Add(MutateOnce(directory, random));
        return string.Join("; ", done);
    }

    /// <summary>Pictures the body snippets point at: a real PNG, a text file named .png, a truncated PNG, a GIF.</summary>
    private static void PreparePictures(string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "images"));
        var png = Hardening.IssueCopy.Png(60, 40);
        File.WriteAllBytes(Path.Combine(directory, RealPng), png);
        File.WriteAllText(Path.Combine(directory, TextFileNamedPng), "这不是图片");
        File.WriteAllBytes(Path.Combine(directory, TruncatedPng), png[..(png.Length / 2)]);
        File.WriteAllBytes(Path.Combine(directory, Gif), "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"u8.ToArray());
    }

    private static string MutateOnce(string directory, Random random)
    {
        var docs = Directory.GetFiles(Path.Combine(directory, "docs"), "*.md").Order(StringComparer.Ordinal).ToArray();
        var doc = docs.Length == 0 ? null : docs[random.Next(docs.Length)];
        var issue = Path.Combine(directory, "issue.yaml");
        var roll = random.Next(100);
        if (roll < 30) return "issue.yaml: " + EditText(issue, t => MutateYaml(t, random, out var what) + what, random);
        if (roll < 45 && doc is not null) return Path.GetFileName(doc) + " front matter: " + EditFrontMatter(doc, random);
        if (roll < 85 && doc is not null) return Path.GetFileName(doc) + " body: " + EditBody(doc, random);
        if (roll < 93) return Reencode(random.Next(2) == 0 || doc is null ? issue : doc, random);
        return FileLevel(directory, docs, random);
    }

    /// <summary>Edits a file's text; the editor returns the new text with a description appended after a \u0001.</summary>
    private static string EditText(string path, Func<string, string> edit, Random random)
    {
        var result = edit(File.ReadAllText(path));
        var cut = result.LastIndexOf('\u0001');
        File.WriteAllText(path, result[..cut], new UTF8Encoding(false));
        return result[(cut + 1)..];
    }

    private static string EditFrontMatter(string path, Random random)
    {
        var text = File.ReadAllText(path);
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) || end < 0) return "no front matter to damage";
        var yaml = text[4..end];
        var changed = MutateYaml(yaml, random, out var what);
        File.WriteAllText(path, "---\n" + changed + text[end..], new UTF8Encoding(false));
        return what.TrimStart('\u0001');
    }

    private static string MutateYaml(string text, Random random, out string what)
    {
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        switch (random.Next(10))
        {
            case 0:
                what = $"\u0001delete line {at + 1}";
                lines.RemoveAt(at);
                break;
            case 1:
                what = $"\u0001duplicate line {at + 1}";
                lines.Insert(at, lines[at]);
                break;
            case 2:
                var next = Math.Min(at + 1, lines.Count - 1);
                what = $"\u0001swap lines {at + 1} and {next + 1}";
                (lines[at], lines[next]) = (lines[next], lines[at]);
                break;
            case 3:
                var indent = random.Next(3) switch { 0 => "\t", 1 => new string(' ', random.Next(1, 5)), _ => "" };
                what = $"\u0001re-indent line {at + 1}";
                lines[at] = indent + (indent.Length == 0 ? lines[at].TrimStart() : lines[at]);
                break;
            case 4:
                var value = NastyValues[random.Next(NastyValues.Length)];
                var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
                what = $"\u0001value of line {at + 1} := {Show(value)}";
                if (colon > 0) lines[at] = lines[at][..(colon + 2)] + value;
                else lines[at] += value;
                break;
            case 5:
                var key = Keys[random.Next(Keys.Length)];
                var index = lines.FindIndex(l => l.TrimStart(' ', '-').StartsWith(key + ":", StringComparison.Ordinal));
                what = $"\u0001remove '{key}'";
                if (index >= 0) lines.RemoveAt(index);
                break;
            case 6:
                var alias = random.Next(3) switch { 0 => "x: &a [1, 2]\ny: *a", 1 => "<<: {a: 1}", _ => "z: !custom tag" };
                what = $"\u0001add {Show(alias)}";
                lines.Insert(at, alias);
                break;
            case 7:
                var depth = random.Next(2) == 0 ? random.Next(2, 40) : random.Next(1000, 100_000);
                what = $"\u0001nest {depth} deep";
                lines.Insert(at, "deep: " + new string('[', depth) + new string(']', depth));
                break;
            case 8:
                var date = NastyValues[random.Next(22, 27)];
                what = $"\u0001dates := {date}";
                return DateLike().Replace(text, date, 1) + what;
            default:
                var number = new[] { "0", "-5", "2147483648", "1.5", "1e3", "０６" }[random.Next(6)];
                what = $"\u0001a number := {number}";
                return WholeNumber().Replace(text, "${1}" + number, 1) + what;
        }
        return string.Join('\n', lines) + what;
    }

    private static string EditBody(string path, Random random)
    {
        var text = File.ReadAllText(path);
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0) return "no body";
        var head = text[..(end + 4)];
        var body = text[(end + 4)..];
        string what;
        switch (random.Next(8))
        {
            case 0:
            case 1:
                var snippet = Snippets[random.Next(Snippets.Length)];
                var at = LineStart(body, random);
                what = $"insert {Show(snippet)}";
                body = body.Insert(at, (random.Next(2) == 0 ? "\n\n" : "") + snippet + (random.Next(2) == 0 ? "\n\n" : ""));
                break;
            case 2:
                var ch = Characters[random.Next(Characters.Length)];
                var pos = random.Next(body.Length + 1);
                if (pos > 0 && pos < body.Length && char.IsLowSurrogate(body[pos])) pos--;
                what = $"insert U+{char.ConvertToUtf32(ch, 0):X4}";
                body = body.Insert(pos, ch);
                break;
            case 3:
                var depth = random.Next(2) == 0 ? random.Next(2, 12) : random.Next(50, 3000);
                var kind = random.Next(4);
                what = $"nest {(new[] { ":::", "**", "[](…)", "^~" })[kind]} {depth} deep";
                var nest = kind switch
                {
                    0 => string.Concat(Enumerable.Repeat("::: keyvalue\n", depth)) + "甲：乙\n" + string.Concat(Enumerable.Repeat(":::\n", depth)),
                    1 => string.Concat(Enumerable.Repeat("**甲", depth)) + string.Concat(Enumerable.Repeat("乙**", depth)),
                    2 => string.Concat(Enumerable.Repeat("[", depth)) + "文" + string.Concat(Enumerable.Repeat("](#b)", depth)),
                    _ => string.Concat(Enumerable.Repeat("^上~下", depth)) + string.Concat(Enumerable.Repeat("下~上^", depth)),
                };
                body = body.Insert(LineStart(body, random), "\n\n" + nest + "\n\n");
                break;
            case 4:
                var size = random.Next(4);
                what = $"size {(new[] { "long paragraph", "long unbreakable line", "big table", "wide table" })[size]}";
                var big = size switch
                {
                    0 => string.Concat(Enumerable.Repeat("晋城市人民政府关于加强管理的通知，", random.Next(200, 4000))),
                    1 => "http://www.jcgov.gov.cn/" + new string('a', random.Next(200, 5000)),
                    2 => "|项目|内容|\n|-|-|\n" + string.Concat(Enumerable.Range(0, random.Next(50, 600)).Select(i => $"|第{i}项|晋城市第{i}单位|\n")),
                    _ => "|" + string.Concat(Enumerable.Range(0, random.Next(20, 200)).Select(i => $"列{i}|")) + "\n|" + string.Concat(Enumerable.Repeat("-|", 200)) + "\n",
                };
                body = body.Insert(LineStart(body, random), "\n\n" + big + "\n\n");
                break;
            case 5:
                var lines = body.Split('\n').ToList();
                var from = random.Next(lines.Count);
                var count = Math.Min(random.Next(1, 30), lines.Count - from);
                what = random.Next(2) == 0 ? $"delete lines {from + 1}+{count}" : $"duplicate lines {from + 1}+{count}";
                if (what.StartsWith("delete", StringComparison.Ordinal)) lines.RemoveRange(from, count);
                else lines.InsertRange(from, lines.GetRange(from, count));
                body = string.Join('\n', lines);
                break;
            case 6:
                what = "remove the closing front matter line";
                head = text[..end] + "\n";
                break;
            default:
                var link = Snippets.Where(s => s.Contains("](", StringComparison.Ordinal)).ToArray();
                var chosen = link[random.Next(link.Length)];
                what = $"link {Show(chosen)}";
                body = body.Insert(LineStart(body, random), chosen);
                break;
        }
        File.WriteAllText(path, head + body, new UTF8Encoding(false));
        return what;
    }

    private static string Reencode(string path, Random random)
    {
        var text = File.ReadAllText(path);
        var name = Path.GetFileName(path);
        switch (random.Next(6))
        {
            case 0:
                File.WriteAllBytes(path, System.Text.Encoding.GetEncoding("GB18030").GetBytes(text));
                return name + ": saved as GB18030";
            case 1:
                File.WriteAllText(path, text, new UnicodeEncoding(false, true));
                return name + ": saved as UTF-16 with BOM";
            case 2:
                var bytes = new UTF8Encoding(false).GetBytes(text).ToList();
                var at = random.Next(bytes.Count);
                bytes.InsertRange(at, new byte[] { 0xC3, 0x28, 0xFF, 0xE4, 0xB8 }.Take(random.Next(1, 6)));
                File.WriteAllBytes(path, [.. bytes]);
                return name + $": invalid UTF-8 bytes at byte {at}";
            case 3:
                File.WriteAllText(path, text.Replace("\n", "\r\n", StringComparison.Ordinal), new UTF8Encoding(false));
                return name + ": CRLF line ends";
            case 4:
                File.WriteAllText(path, text.Replace("\n", "\r", StringComparison.Ordinal), new UTF8Encoding(false));
                return name + ": CR line ends";
            default:
                File.WriteAllText(path, text, new UTF8Encoding(true));
                return name + ": UTF-8 with BOM";
        }
    }

    private static string FileLevel(string directory, string[] docs, Random random)
    {
        var issue = Path.Combine(directory, "issue.yaml");
        switch (random.Next(4))
        {
            case 0 when docs.Length > 0:
                var gone = docs[random.Next(docs.Length)];
                File.Delete(gone);
                return $"delete {Path.GetFileName(gone)}";
            case 1 when docs.Length > 0:
                // A second document whose id differs from an existing one only in case.
                var original = docs[random.Next(docs.Length)];
                var id = Path.GetFileNameWithoutExtension(original);
                var upper = id.ToUpperInvariant();
                if (upper == id || File.Exists(Path.Combine(directory, "docs", upper + ".md"))) return "no case collision possible";
                File.Copy(original, Path.Combine(directory, "docs", upper + ".md"));
                File.WriteAllText(issue, File.ReadAllText(issue).Replace(id, id + ", " + upper, StringComparison.Ordinal));
                return $"add {upper} beside {id}";
            case 2:
                File.WriteAllText(Path.Combine(directory, "docs", "zz-unlisted.md"), "---\nkind: 通知\ntitle: 未列入\n---\n正文。\n");
                return "add an unlisted document";
            default:
                if (OperatingSystem.IsWindows() || docs.Length == 0) return "no link";
                var outside = Path.Combine(Path.GetDirectoryName(directory)!, "outside.md");
                File.Copy(docs[0], outside, overwrite: true);
                File.Delete(docs[0]);
                File.CreateSymbolicLink(docs[0], outside);
                return $"link {Path.GetFileName(docs[0])} to a file outside";
        }
    }

    private static int LineStart(string text, Random random)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        return starts[random.Next(starts.Count)];
    }

    private static string Show(string value) => value.Length > 40 ? Escape(value[..40]) + $"…({value.Length})" : Escape(value);

    private static string Escape(string value) =>
        string.Concat(value.Select(c => c < 0x20 || c is '\u007F' or '\uFEFF' or '\uFFFD' ? $"\\u{(int)c:X4}" : c.ToString()));

    [GeneratedRegex(@"\d{4}-\d\d-\d\d")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"((?:year|number|cumulative|width_mm|height_mm): )\d+")]
    private static partial Regex WholeNumber();
}
