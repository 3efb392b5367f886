using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>One TOC entry: the section it is under, the title as printed, its 文号 and page (each may be missing).</summary>
internal sealed record TocEntry(string Section, string Title, string? DocNumber, int? Page, int Line);

/// <summary>The 目录: its sections and entries, and the line index where the body begins.</summary>
internal sealed record TableOfContents(IReadOnlyList<string> Sections, IReadOnlyList<TocEntry> Entries, int EndIndex)
{
    public static readonly TableOfContents Empty = new([], [], -1);
}

/// <summary>
/// Reads the 目录 one entry at a time, tolerating what converters do to it: entries of one to four
/// lines, TABs, dot leaders, stray glyphs at the wraps, 文号 on a line of its own, missing page
/// numbers, section labels that are unclosed or written with other brackets. A line it cannot read is
/// kept as an entry of its own (title only) and listed for review — the TOC never ends early because
/// of one bad line. The TOC ends where the body begins: at the first line of running text, at the
/// first document found in the body, or where the first entry's title is printed again.
/// </summary>
internal static partial class TocParser
{
    /// <param name="start">The line after the 目录 heading.</param>
    /// <param name="bodyHeads">Line indices where documents confirmed by their text begin.</param>
    public static TableOfContents Parse(IReadOnlyList<SourceLine> lines, int start, int limit, IReadOnlySet<int> bodyHeads,
        string? government, ReviewLog review, string? displacedSection = null)
    {
        var sections = new List<string>();
        var entries = new List<TocEntry>();
        var section = displacedSection ?? "";
        if (displacedSection is not null) sections.Add(displacedSection);
        var pending = new List<SourceLine>();
        var i = start;
        var end = limit;
        for (; i < limit; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            // Web-page details (发布机构：… 发文字号：…) stand before the first document's title, never in a TOC.
            if (bodyHeads.Contains(i) || IsRunningText(line.Text) || WebMetadata.IsDetailsLine(line.Text) && WebMetadata.BlockStartingAt(lines, i, limit) is not null)
            {
                end = pending.Count > 0 ? BodyStartAbove(lines, pending, i) : i;
                if (pending.Count > 0 && end > pending[0].Number - 1) Flush();
                break;
            }
            if (SectionLabel(line.Text, out var label, out var repaired))
            {
                Flush();
                section = label;
                if (!sections.Contains(label)) sections.Add(label);
                if (repaired) review.Note(ReviewCategory.Toc, line.Number, ImportMessages.SectionLabelRepaired, ("text", line.Text), ("label", label));
                continue;
            }
            // The first entry's title printed again: the body begins here.
            if (entries.Count > 0 && pending.Count == 0 && StartsRepeat(lines, i, limit, entries[0]))
            {
                end = i;
                break;
            }
            pending.Add(line);
            var entry = ParseEntry(JoinWrapped(pending, review), section, pending[0].Number, government);
            var nextLine = NextNonBlank(lines, i + 1, limit);
            if (entry is not null && entry.DocNumber is null && entry.Page is not null && nextLine >= 0 && ContinuesEntry(lines[nextLine].Text))
                entry = null; // a stray digit at a wrap read as a page: the 文号 and page follow
            if (entry is not null && (entry.Page is not null || entry.DocNumber is not null))
            {
                if (entries.Count > 0 && entry.Page is null && entry.DocNumber is not null && entries.Any(e => e.DocNumber == entry.DocNumber))
                {
                    // The first entry again without a page: the body began at its title.
                    end = pending[0].Number - 1;
                    pending.Clear();
                    break;
                }
                Add(entry);
                pending.Clear();
                continue;
            }
            // A title-only entry (no 文号, no page) ends when the next line starts a new one.
            var next = NextNonBlank(lines, i + 1, limit);
            if (pending.Count >= 4 || next < 0 || EndsTitle(pending) && StartsEntry(lines[next].Text))
                Flush();
        }
        if (i >= limit) Flush();
        if (entries.Count > 0 && sections.Count == 0) sections.Add("");
        return new TableOfContents(sections, entries, end);

        void Add(TocEntry entry)
        {
            if (entry.Page is null)
                review.Note(ReviewCategory.Toc, entry.Line, ImportMessages.TocNoPage, ("title", entry.Title));
            entries.Add(entry);
        }

        void Flush()
        {
            if (pending.Count == 0) return;
            var text = JoinWrapped(pending, review);
            var entry = ParseEntry(text, section, pending[0].Number, government);
            if (entry is null)
            {
                var title = CleanTitle(text);
                if (CjkText.ContainsIdeograph(title))
                {
                    entry = new TocEntry(section, title, null, null, pending[0].Number);
                    review.Note(ReviewCategory.Toc, pending[0].Number, ImportMessages.TocEntryUnread, ("text", string.Join(" / ", pending.Select(p => p.Text))));
                }
            }
            if (entry is not null) Add(entry);
            pending.Clear();
        }
    }

    /// <summary>Where the body begins when running text appears right after unfinished TOC lines: at the title lines above it.</summary>
    private static int BodyStartAbove(IReadOnlyList<SourceLine> lines, List<SourceLine> pending, int textLine)
    {
        // The pending lines are the first document's title (and 文号): they belong to the body.
        var first = pending[0].Number - 1;
        return Math.Min(first, textLine);
    }

    private static bool StartsRepeat(IReadOnlyList<SourceLine> lines, int i, int limit, TocEntry first)
    {
        var key = Similarity.Fold(first.Title);
        if (key.Length < 6) return false;
        var text = "";
        for (int k = i, taken = 0; k < limit && taken < 4; k++)
        {
            if (lines[k].IsBlank) continue;
            if (TocTail().IsMatch(CjkText.FoldWidth(lines[k].Text))) return false;
            text += lines[k].Text;
            taken++;
            var folded = Similarity.Fold(text);
            if (folded.Length >= key.Length - 2 && Similarity.Dice(folded, key) >= 0.85) return true;
            if (folded.Length > key.Length + 4) return false;
        }
        return false;
    }

    /// <summary>Running text: a sentence, or an addressee line — never part of a TOC.</summary>
    public static bool IsRunningText(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0) return false;
        if (t.Contains('。')) return true;
        var last = t[^1];
        return last is '：' or ':' or '；' && t.Length >= 6 && !TocTail().IsMatch(CjkText.FoldWidth(t));
    }

    /// <summary>【市政府文件】, [市政府文件], 〖…〗, an unclosed 【市政府文件, or a bare 市政府办公室文件 on its own line.</summary>
    public static bool SectionLabel(string text, out string label, out bool repaired)
    {
        label = "";
        repaired = false;
        var t = CjkText.FoldWidth(text).Trim();
        var m = SectionHeader().Match(t);
        if (m.Success)
        {
            label = SpaceNormalizer.Label(m.Groups["label"].Value);
            repaired = m.Groups["open"].Value != "【" || m.Groups["close"].Value != "】";
            return label.Length is >= 2 and <= 16 && CjkText.ContainsIdeograph(label);
        }
        var bare = SpaceNormalizer.Label(t);
        if (BareSection().IsMatch(bare))
        {
            label = bare;
            repaired = true;
            return true;
        }
        return false;
    }

    /// <summary>A line that carries on the entry above it: its 文号 (and page), or the rest of a wrapped title.</summary>
    private static bool ContinuesEntry(string text)
    {
        var t = CjkText.FoldWidth(text).Trim();
        if (t.Length == 0 || SectionLabel(t, out _, out _)) return false;
        return DocNumberText.FindLast(t) is { Index: <= 1 } || t[0] is '(' or '（' && !StartsEntry(t[1..]) || !StartsEntry(t) && !IsRunningText(t);
    }

    private static bool EndsTitle(List<SourceLine> pending)
    {
        var t = CleanTitle(string.Concat(pending.Select(p => p.Text)));
        return t.Length >= 6 && (t.EndsWith("通知", StringComparison.Ordinal) || t.EndsWith("决定", StringComparison.Ordinal)
            || t.EndsWith("意见", StringComparison.Ordinal) || t.EndsWith("公告", StringComparison.Ordinal) || t.EndsWith("通告", StringComparison.Ordinal)
            || t.EndsWith("批复", StringComparison.Ordinal) || t.EndsWith("办法", StringComparison.Ordinal) || t.EndsWith("规定", StringComparison.Ordinal)
            || t.EndsWith("通报", StringComparison.Ordinal) || t.EndsWith("方案", StringComparison.Ordinal) || t.EndsWith("函", StringComparison.Ordinal));
    }

    /// <summary>A line that begins a new entry rather than continuing one: an issuer name or 关于 first.</summary>
    private static bool StartsEntry(string text)
    {
        var t = CjkText.FoldWidth(text).Trim();
        return t.Length > 0 && t[0] is not ('(' or '（' or '.' or '…' or '·') && DocNumberText.FindLast(t) is not { Index: 0 }
            && !TocTail().IsMatch(t) && IssuerStart().IsMatch(t);
    }

    /// <summary>
    /// Joins an entry's lines. A stray glyph at a wrap (a lone Latin letter, digit or symbol after a TAB
    /// or at the end of a line, left by the converter) is dropped and noted.
    /// </summary>
    private static string JoinWrapped(List<SourceLine> pending, ReviewLog review)
    {
        var parts = new List<string>();
        for (var k = 0; k < pending.Count; k++)
        {
            var text = pending[k].Text;
            if (k < pending.Count - 1 || pending.Count > 1)
            {
                var stray = StrayAtWrap().Match(text);
                if (stray.Success && k < pending.Count - 1)
                {
                    review.Note(ReviewCategory.Toc, pending[k].Number, ImportMessages.TocStrayGlyph, ("glyph", stray.Groups["glyph"].Value.Trim()));
                    text = text[..stray.Index];
                }
            }
            parts.Add(text);
        }
        return string.Join("\t", parts);
    }

    /// <summary>Parses one complete entry text, or null when it holds no title.</summary>
    public static TocEntry? ParseEntry(string raw, string section, int line, string? government)
    {
        var s = CjkText.FoldWidth(raw).Replace('\t', ' ').Trim();
        int? page = null;
        var tail = PageAtEnd().Match(s);
        if (tail.Success && int.TryParse(tail.Groups["page"].Value, out var p) && tail.Index > 0 && !char.IsAsciiDigit(tail.Value[0]))
        {
            page = p;
            s = s[..tail.Index];
        }
        string? number = null;
        var found = DocNumberText.FindLast(s);
        if (found is { } f)
        {
            number = f.Number;
            var before = s[..f.Index];
            var after = s[(f.Index + f.Length)..];
            // 晋城市人民政府令（第6号）晋城市某某办法: the order number leads the title.
            s = (before + " " + after).Trim();
        }
        var title = CleanTitle(s);
        if (number is null)
        {
            var order = OrderAtEnd().Match(title);
            if (order.Success)
            {
                // 政府令: the TOC prints 晋城市城市排水管理办法晋城市人民政府令（第5号）.
                var issuer = OrderIssuer(title[..order.Index], government);
                if (issuer is not null)
                {
                    number = $"{issuer}第{order.Groups["n"].Value.TrimStart('0')}号";
                    title = title[..order.Index][..^issuer.Length];
                }
            }
        }
        if (!CjkText.ContainsIdeograph(title) || title.Length < 4) return null;
        return new TocEntry(section, title, number, page, line);
    }

    /// <summary>Leaders, brackets left empty by the 文号, tabs and stray spaces removed from a title.</summary>
    private static string CleanTitle(string s)
    {
        var t = EmptyBrackets().Replace(s, " ");
        t = Leaders().Replace(t, " ");
        t = t.Trim().Trim('.', '…', '·', ' ', '-', '—', '(', '（');
        t = PunctuationWidener.Widen(t);
        return SpaceNormalizer.RemoveStraySpaces(t);
    }

    /// <summary>The issuer of a government order at the end of a TOC title: the gazette's government first.</summary>
    private static string? OrderIssuer(string title, string? government)
    {
        var t = SpaceNormalizer.RemoveStraySpaces(title).TrimEnd();
        if (!t.EndsWith('令')) return null;
        if (government is not null && t.EndsWith(government + "令", StringComparison.Ordinal)) return government + "令";
        var m = OrderIssuerPattern().Match(t);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static int NextNonBlank(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        for (var i = from; i < to && i < lines.Count; i++)
            if (!lines[i].IsBlank) return i;
        return -1;
    }

    [GeneratedRegex(@"^(?<open>[【\[［〖〔「])\s*(?<label>[^】\]］〗〕」]{2,20}?)\s*(?<close>[】\]］〗〕」]?)$")]
    private static partial Regex SectionHeader();

    [GeneratedRegex(@"^(?:[市县区州旗]政府|[市县区]人民政府|[市县区]政府办公室|[市县区]人民政府办公室|[市县区]政府部门|部门)(?:规范性)?(?:文件|令)$|^(?:政府令|人事任免|政策解读|部门文件|规范性文件|市政府令|县政府令|区政府令)$")]
    private static partial Regex BareSection();

    [GeneratedRegex(@"(?<lead>[.…·．\s\-—_]*?)(?<open>[(（])?\s*(?<page>[0-9]{1,3})\s*[)）]?\s*$")]
    private static partial Regex PageAtEnd();

    /// <summary>What ends a TOC line: a page number after a leader, a space or in brackets.</summary>
    [GeneratedRegex(@"(?:[.…·．]{2,}|\s|[)）])\s*[(（]?[0-9]{1,3}[)）]?\s*$")]
    private static partial Regex TocTail();

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}）》”])(?<glyph>\s+[A-Za-z0-9|^~*#•·°]{1,2})\s*$")]
    private static partial Regex StrayAtWrap();

    [GeneratedRegex(@"[(（]\s*[)）]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"[.…·．]{2,}|\s[\-—_]{2,}\s?")]
    private static partial Regex Leaders();

    [GeneratedRegex(@"[(（]?\s*第\s*(?<n>[0-9]{1,4})\s*号\s*[)）]?$")]
    private static partial Regex OrderAtEnd();

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs}{2,8}?[省市县区州旗]人民政府令)$")]
    private static partial Regex OrderIssuerPattern();

    [GeneratedRegex(@"^(?:关于|\p{IsCJKUnifiedIdeographs}{1,12}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅|军分区|管委会|中心|分行|公司)|\p{IsCJKUnifiedIdeographs}{2,10}[市县区]\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex IssuerStart();
}
