using System.Text;
using System.Text.RegularExpressions;

namespace GazettePress.Publishing.Tests.Importing.Degradation;

/// <summary>The kinds of damage real converters do to gazette text (issue 9, point 3).</summary>
public enum Damage
{
    OcrStructural,      // 目录 → 日 录, 【】 → [], Ⅰ → I, —— → 一一, masthead digits O/l
    TocLayout,          // entries re-laid: 1–4 lines, TABs, leaders, stray glyphs at wraps, 文号 on its own line
    TocNoPages,         // page numbers dropped
    SectionLabels,      // unclosed 【, bare labels, a label displaced into the masthead
    ConverterResidue,   // Markdown headings at random levels, bullets, bold, HTML tags, LaTeX, autolinks
    PageBreaks,         // paragraphs split with running heads and folios
    MergedParagraphs,   // blank lines lost
    HeadingRunIn,       // a heading run into its paragraph
    Signatures,         // glued to the body, on one line with the date, stacked
    Attachments,        // unlabelled, wrapped, out of order, full-width digits, before the signature
    ColophonScramble,   // two-column reading order
    Duplicated,         // text repeated at a page break
    DocNumbers,         // [] () spaces, full-width digits, O/l digits, glued to the title line
    SpacesAndPunct,     // spurious spaces, ASCII punctuation
    KeyValueWrap,       // label–value values over several lines
}

/// <summary>
/// A seeded, reproducible generator of damaged variants of an extracted issue: each damage kind is a
/// small rewrite of lines, applied at positions drawn from the seed. The same (text, kinds, seed)
/// always gives the same variant.
/// </summary>
public static partial class DamageGenerator
{
    public static string Apply(string text, IEnumerable<Damage> kinds, int seed)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        var rng = new Random(seed);
        foreach (var kind in kinds) lines = Apply(lines, kind, rng);
        return string.Join("\n", lines);
    }

    private static List<string> Apply(List<string> lines, Damage kind, Random rng) => kind switch
    {
        Damage.OcrStructural => OcrStructural(lines, rng),
        Damage.TocLayout => TocLayout(lines, rng, dropPages: false),
        Damage.TocNoPages => TocLayout(lines, rng, dropPages: true),
        Damage.SectionLabels => SectionLabels(lines, rng),
        Damage.ConverterResidue => Residue(lines, rng),
        Damage.PageBreaks => PageBreaks(lines, rng),
        Damage.MergedParagraphs => Merged(lines, rng),
        Damage.HeadingRunIn => HeadingRunIn(lines, rng),
        Damage.Signatures => Signatures(lines, rng),
        Damage.Attachments => Attachments(lines, rng),
        Damage.ColophonScramble => Colophon(lines, rng),
        Damage.Duplicated => Duplicated(lines, rng),
        Damage.DocNumbers => DocNumbers(lines, rng),
        Damage.SpacesAndPunct => SpacesAndPunct(lines, rng),
        Damage.KeyValueWrap => KeyValueWrap(lines, rng),
        _ => lines,
    };

    private static int TocHeading(List<string> lines) => lines.FindIndex(l => Regex.Replace(l, @"[\s#*]", "") is "目录" or "目次");

    /// <summary>The TOC: from the heading to the last line ending in a page number before the first sentence.</summary>
    private static (int Start, int End) TocRange(List<string> lines)
    {
        var head = TocHeading(lines);
        if (head < 0) return (-1, -1);
        var end = head;
        for (var i = head + 1; i < lines.Count; i++)
        {
            if (lines[i].Contains('。') || lines[i].TrimEnd().EndsWith('：')) break;
            if (PageEnd().IsMatch(lines[i])) end = i;
        }
        return (head + 1, end + 1);
    }

    private static List<string> OcrStructural(List<string> lines, Random rng)
    {
        var head = TocHeading(lines);
        if (head >= 0) lines[head] = rng.Next(2) == 0 ? "日 录" : "目 彔";
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Contains('【') && l.Contains('】') && l.Trim().Length < 20 && rng.Next(2) == 0) lines[i] = l.Replace('【', '[').Replace('】', ']');
            else if (l.Contains("Ⅰ级") && rng.Next(2) == 0) lines[i] = l.Replace("Ⅰ级", "I级").Replace("Ⅱ级", "II级");
            else if (l.Contains("——") && rng.Next(2) == 0) lines[i] = l.Replace("——", "一一");
            else if (head >= 0 && i < head && YearNumber().IsMatch(l) && rng.Next(2) == 0) lines[i] = l.Replace("20", "2O");
        }
        return lines;
    }

    private static List<string> TocLayout(List<string> lines, Random rng, bool dropPages)
    {
        var (start, end) = TocRange(lines);
        if (start < 0) return lines;
        var output = new List<string>();
        var entry = new List<string>();
        for (var i = start; i < end; i++)
        {
            var t = lines[i].Trim();
            if (t.Length == 0 || t.StartsWith("---")) continue;
            if (Regex.IsMatch(t, @"^[#\s]*【.*】$") || Regex.IsMatch(t, @"^[#\s]*\[.*\]$"))
            {
                output.Add(t.TrimStart('#', ' '));
                output.Add("");
                continue;
            }
            entry.Add(t.TrimStart('-', ' '));
            if (!PageEnd().IsMatch(t)) continue;
            output.AddRange(Relay(string.Join("", entry), rng, dropPages));
            output.Add("");
            entry.Clear();
        }
        lines.RemoveRange(start, end - start);
        lines.InsertRange(start, output);
        return lines;
    }

    /// <summary>One entry re-laid in one of the layouts converters produce.</summary>
    private static IEnumerable<string> Relay(string text, Random rng, bool dropPages)
    {
        var page = PageEnd().Match(text);
        var rest = text[..page.Index];
        var number = EntryNumber().Match(rest);
        var docNumber = number.Success ? number.Groups[1].Value.Replace(" ", "") : "";
        var title = (number.Success ? rest.Remove(number.Index, number.Length) : rest).Replace(".", "").Replace("…", "").Trim();
        var p = dropPages ? "" : page.Groups[1].Success ? page.Groups[1].Value : page.Groups[2].Value;
        var cut = Math.Clamp(title.Length / 2 + rng.Next(-5, 6), 2, Math.Max(2, title.Length - 2));
        var glyph = "lI1|·^"[rng.Next(6)];
        return rng.Next(6) switch
        {
            0 => [$"{title}（{docNumber}）{(p.Length > 0 ? "……(" + p + ")" : "")}"],
            1 => [$"{title}\t{docNumber}\t{p}".TrimEnd('\t')],
            2 => [title, $"{docNumber}\t{(p.Length > 0 ? "(" + p + ")" : "")}".TrimEnd('\t')],
            3 => [$"{title[..cut]}\t{glyph}", $"{title[cut..]}（{docNumber}）{(p.Length > 0 ? " (" + p + ")" : "")}"],
            4 => [title[..cut], title[cut..], $"（{docNumber}）{(p.Length > 0 ? "  (" + p + ")" : "")}"],
            _ => [$"{title}（{docNumber}）{(p.Length > 0 ? " " + p : "")}<br/>"],
        };
    }

    private static List<string> SectionLabels(List<string> lines, Random rng)
    {
        var labels = Enumerable.Range(0, lines.Count).Where(i => Regex.IsMatch(lines[i].Trim(), @"^[#\s]*【.{2,16}】$")).ToList();
        if (labels.Count == 0) return lines;
        var pick = labels[rng.Next(labels.Count)];
        var label = lines[pick].Trim().TrimStart('#', ' ');
        switch (rng.Next(3))
        {
            case 0: lines[pick] = label.TrimEnd('】'); break;                  // unclosed
            case 1: lines[pick] = label.Trim('【', '】'); break;                // bare
            default:
                var head = TocHeading(lines);
                if (head > 2 && pick == labels[0])
                {
                    lines.RemoveAt(pick);
                    lines.Insert(head - 1, label);                             // displaced into the masthead
                }
                break;
        }
        return lines;
    }

    private static IEnumerable<int> BodyLines(List<string> lines)
    {
        var (_, tocEnd) = TocRange(lines);
        return Enumerable.Range(Math.Max(0, tocEnd), Math.Max(0, lines.Count - Math.Max(0, tocEnd)));
    }

    private static List<string> Residue(List<string> lines, Random rng)
    {
        foreach (var i in BodyLines(lines).ToList())
        {
            var l = lines[i];
            if (l.Trim().Length == 0 || rng.Next(8) != 0) continue;
            lines[i] = rng.Next(7) switch
            {
                0 when l.Length < 30 => new string('#', rng.Next(1, 5)) + " " + l,
                1 => "- " + l,
                2 => "<p>" + l + "</p>",
                3 when l.Length > 6 => "**" + l[..4] + "**" + l[4..],
                4 => l + "<br/>",
                5 => l.Replace("%", "\\%"),
                _ => "<span style=\"font-family:仿宋\">" + l + "</span>",
            };
        }
        return lines;
    }

    private static List<string> PageBreaks(List<string> lines, Random rng)
    {
        var candidates = BodyLines(lines).Where(i => lines[i].Length > 40 && lines[i].Contains('。') && !lines[i].StartsWith('#')).ToList();
        foreach (var i in candidates.OrderBy(_ => rng.Next()).Take(6).OrderByDescending(i => i))
        {
            var l = lines[i];
            var cut = rng.Next(20, l.Length - 10);
            if (char.IsSurrogate(l[cut])) continue;
            lines[i] = l[..cut];
            lines.InsertRange(i + 1, rng.Next(2) == 0 ? ["", "·" + rng.Next(2, 60) + "·", "", l[cut..]] : ["", "晋城市人民政府公报", "", l[cut..]]);
        }
        return lines;
    }

    private static List<string> Merged(List<string> lines, Random rng)
    {
        var body = BodyLines(lines).ToList();
        if (body.Count < 50) return lines;
        var from = body[rng.Next(body.Count - 40)];
        var to = from + 40;
        for (var i = to; i >= from; i--)
            if (i < lines.Count && lines[i].Trim().Length == 0 && i > 0 && lines[i - 1].Contains('。')) lines.RemoveAt(i);
        return lines;
    }

    private static List<string> HeadingRunIn(List<string> lines, Random rng)
    {
        var headings = BodyLines(lines).Where(i => Regex.IsMatch(lines[i], @"^[一二三四五六七八九十]、\S{2,14}$")).ToList();
        foreach (var i in headings.OrderBy(_ => rng.Next()).Take(3).OrderByDescending(i => i))
        {
            var next = i + 1;
            while (next < lines.Count && lines[next].Trim().Length == 0) next++;
            if (next >= lines.Count || !lines[next].Contains('。')) continue;
            lines[i] = lines[i] + lines[next];
            lines.RemoveRange(i + 1, next - i);
        }
        return lines;
    }

    private static List<string> Signatures(List<string> lines, Random rng)
    {
        var dates = BodyLines(lines).Where(i => SignatureDate().IsMatch(lines[i].Trim())).ToList();
        foreach (var i in dates.OrderByDescending(i => i))
        {
            var above = i - 1;
            while (above > 0 && lines[above].Trim().Length == 0) above--;
            var issuer = lines[above].Trim();
            if (issuer.Length > 40 || issuer.Contains('。') || issuer.Contains('：') || issuer.Contains(':')) continue;
            switch (rng.Next(4))
            {
                case 0: // one line with the date
                    lines[above] = issuer + " " + lines[i].Trim();
                    lines.RemoveRange(above + 1, i - above);
                    break;
                case 1 when issuer.Contains(' '): // stacked
                    lines[above] = issuer.Replace(" ", "\n");
                    break;
                case 2: // glued to the last sentence
                    var text = above - 1;
                    while (text > 0 && lines[text].Trim().Length == 0) text--;
                    if (lines[text].TrimEnd().EndsWith('。'))
                    {
                        lines[text] = lines[text].TrimEnd() + issuer;
                        lines.RemoveRange(text + 1, above - text);
                    }
                    break;
            }
        }
        return lines.SelectMany(l => l.Split('\n')).ToList();
    }

    private static List<string> Attachments(List<string> lines, Random rng)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var l = lines[i];
            if (!Regex.IsMatch(l, @"^[-\s]*附件[:：]")) continue;
            switch (rng.Next(4))
            {
                case 0: lines[i] = Regex.Replace(l, @"附件[:：]\s*", "附件:"); lines[i] = Regex.Replace(lines[i], @"([0-9])[.．]", m => (char)('０' + (m.Groups[1].Value[0] - '0')) + "."); break;
                case 1 when l.Length > 16: lines[i] = l[..(l.Length / 2)]; lines.Insert(i + 1, l[(l.Length / 2)..]); break;
                case 2: lines[i] = Regex.Replace(l, @"附件[:：]\s*", ""); break; // unlabelled
                default: lines[i] = l.Replace("附件:", "附件：").Replace("附件：", "附件：１．"); break;
            }
        }
        return lines;
    }

    private static List<string> Colophon(List<string> lines, Random rng)
    {
        var labels = Enumerable.Range(0, lines.Count).Where(i => Regex.IsMatch(lines[i], @"^(?:主办单位|编辑出版|地 ?址|邮 ?编|电 ?话|网 ?址|电子邮箱|印 ?刷|定 ?价)\s*[:：]")).ToList();
        if (labels.Count < 6) return lines;
        var block = labels.Select(i => lines[i]).ToList();
        var half = (block.Count + 1) / 2;
        var interleaved = new List<string>();
        for (var k = 0; k < half; k++)
        {
            interleaved.Add(block[k]);
            if (k + half < block.Count) interleaved.Add(block[k + half]);
        }
        for (var k = 0; k < labels.Count; k++) lines[labels[k]] = interleaved[k];
        return lines;
    }

    private static List<string> Duplicated(List<string> lines, Random rng)
    {
        var candidates = BodyLines(lines).Where(i => lines[i].Length > 30 && lines[i].EndsWith('。')).ToList();
        foreach (var i in candidates.OrderBy(_ => rng.Next()).Take(3).OrderByDescending(i => i))
        {
            var next = i + 1;
            while (next < lines.Count && lines[next].Trim().Length == 0) next++;
            if (next >= lines.Count || lines[next].Length < 5) continue;
            var tail = lines[i][^8..^1];
            lines[next] = tail + "。" + lines[next];
        }
        return lines;
    }

    private static List<string> DocNumbers(List<string> lines, Random rng)
    {
        var (_, tocEnd) = TocRange(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var m = DocNumberLine().Match(lines[i].Trim());
            if (!m.Success) continue;
            var (code, year, n) = (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
            lines[i] = rng.Next(6) switch
            {
                0 => $"{code}[{year}]{n}号",
                1 => $"{code}({year}) {n} 号",
                2 => $"{code}〔 {year} 〕{Wide(n)}号",
                3 => $"{code}〔{year.Replace('0', 'O')}〕{n}号",
                4 when i > tocEnd => GlueToTitle(lines, i, $"{code}〔{year}〕{n}号"),
                _ => $"{code}【{year}】{n}号",
            };
        }
        return lines.Where(l => l != "\u0000").ToList();
    }

    private static string GlueToTitle(List<string> lines, int i, string number)
    {
        var above = i - 1;
        while (above > 0 && lines[above].Trim().Length == 0) above--;
        if (lines[above].Contains('。') || lines[above].Trim().Length == 0) return number;
        lines[above] = lines[above].TrimEnd() + number;
        return "\u0000";
    }

    private static string Wide(string digits) => new(digits.Select(c => (char)(c - '0' + '０')).ToArray());

    private static List<string> SpacesAndPunct(List<string> lines, Random rng)
    {
        foreach (var i in BodyLines(lines).ToList())
        {
            if (rng.Next(5) != 0 || lines[i].Length < 4) continue;
            var s = new StringBuilder();
            foreach (var c in lines[i])
            {
                s.Append(c switch { '，' => ',', '：' => ':', '；' => ';', '（' => '(', '）' => ')', _ => c });
                if (c > 0x4E00 && rng.Next(12) == 0) s.Append(' ');
            }
            lines[i] = s.ToString();
        }
        return lines;
    }

    private static List<string> KeyValueWrap(List<string> lines, Random rng)
    {
        foreach (var i in BodyLines(lines).Where(i => KeyValueLine().IsMatch(lines[i])).ToList().OrderByDescending(i => i))
        {
            var l = lines[i];
            var cut = l.IndexOf('、', l.Length / 2);
            if (cut < 0 || rng.Next(2) == 0) continue;
            switch (rng.Next(3))
            {
                case 0: // wrapped at a printed line end, lines kept
                    lines[i] = l[..(cut + 1)];
                    lines.Insert(i + 1, l[(cut + 1)..]);
                    break;
                case 1: // each printed line a paragraph of its own
                    lines[i] = l[..(cut + 1)];
                    lines.InsertRange(i + 1, ["", l[(cut + 1)..]]);
                    break;
                default: // the label alone, its value below
                    var colon = l.IndexOfAny([':', '：']);
                    lines[i] = l[..(colon + 1)];
                    lines.InsertRange(i + 1, [l[(colon + 1)..(cut + 1)], l[(cut + 1)..]]);
                    break;
            }
        }
        return lines;
    }

    /// <summary>A label–value line whose value is a list (指挥长：…、…): the lines KeyValueWrap breaks.</summary>
    [GeneratedRegex(@"^\S{2,6}[:：].{12,}、")]
    public static partial Regex KeyValueLine();

    [GeneratedRegex(@"[(（]\s*([0-9]{1,3})\s*[)）]\s*$|\.{3,}\s*[(（]([0-9]{1,3})[)）]\s*$")]
    private static partial Regex PageEnd();

    [GeneratedRegex(@"[(（]([^()（）]{4,30}号)[)）]")]
    private static partial Regex EntryNumber();

    [GeneratedRegex(@"^([\p{IsCJKUnifiedIdeographs}]{2,10})\s*[\[〔【(（]\s*([0-9]{4})\s*[\]〕】)）]\s*([0-9]{1,3})\s*号$")]
    private static partial Regex DocNumberLine();

    [GeneratedRegex(@"^[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日$")]
    private static partial Regex SignatureDate();

    [GeneratedRegex(@"[0-9]{4}\s*年\s*第")]
    private static partial Regex YearNumber();
}
