using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>One TOC line: the section it is under, the title as printed, its 文号 and page.</summary>
internal sealed record TocEntry(string Section, string Title, string? DocNumber, int? Page, int Line);

internal sealed record TableOfContents(IReadOnlyList<string> Sections, IReadOnlyList<TocEntry> Entries, int EndIndex);

/// <summary>
/// Stage 3b: reads the 目录. Section lines are 【…】; an entry is one or more adjacent lines ending
/// in (文号) and a page number, with dot leaders or tabs in between as various converters write them.
/// The TOC is the authority for which documents the issue holds.
/// </summary>
internal static partial class TocParser
{
    /// <summary>Parses from <paramref name="start"/> (the line after 目录) to the first line that is no TOC line.</summary>
    public static TableOfContents Parse(IReadOnlyList<SourceLine> lines, int start, string? government)
    {
        var sections = new List<string>();
        var entries = new List<TocEntry>();
        var section = "";
        var i = start;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (line.IsBlank) { i++; continue; }
            var header = SectionHeader().Match(line.Text);
            if (header.Success)
            {
                section = SpaceNormalizer.Label(header.Groups[1].Value);
                sections.Add(section);
                i++;
                continue;
            }
            // An entry: up to four lines (blank lines between them allowed) that end in a page reference.
            TocEntry? entry = null;
            var text = "";
            var j = i;
            for (var taken = 0; j < lines.Count && taken < 4; j++)
            {
                if (lines[j].IsBlank) continue;
                if (taken > 0 && SectionHeader().IsMatch(lines[j].Text)) break;
                text += lines[j].Text;
                taken++;
                entry = ParseEntry(text, section, line.Number, government);
                if (entry is not null) break;
            }
            if (entry is null) break;
            if (sections.Count == 0) sections.Add(section);
            entries.Add(entry);
            i = j + 1;
        }
        return new TableOfContents(sections, entries, i);
    }

    /// <summary>Parses one complete entry text, or null when it is not one.</summary>
    public static TocEntry? ParseEntry(string raw, string section, int line, string? government)
    {
        string title, number;
        int? page;
        var fields = raw.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tabbed = fields.Length >= 3 ? TabPage().Match(fields[^1]) : Match.Empty;
        if (tabbed.Success && fields[^2].EndsWith('号'))
        {
            title = string.Join("", fields[..^2]);
            number = fields[^2].Trim('(', ')', '（', '）');
            page = int.Parse(tabbed.Groups[1].Value);
        }
        else
        {
            var m = Entry().Match(CjkText.FoldWidth(raw));
            if (!m.Success)
            {
                // 晋城市人民政府令（第6号）晋城市某某办法……(3): the order number leads the title.
                var order = OrderLeading().Match(CjkText.FoldWidth(raw));
                if (order.Success && DocNumberText.Normalize(order.Groups["issuer"].Value + "第" + order.Groups["n"].Value + "号") is { } orderNumber)
                    return new TocEntry(section, order.Groups["title"].Value.Trim(), orderNumber, int.Parse(order.Groups["page"].Value), line);
                // A document without 文号 (some 公告, 通告): title, leaders or a tab, page.
                var bare = EntryWithoutNumber().Match(CjkText.FoldWidth(raw));
                if (!bare.Success || !CjkText.ContainsIdeograph(bare.Groups["title"].Value)) return null;
                return new TocEntry(section, bare.Groups["title"].Value.Trim().TrimEnd('.', '…', '·', ' '), null,
                    int.Parse(bare.Groups["page"].Value), line);
            }
            title = m.Groups["title"].Value;
            number = m.Groups["num"].Value;
            page = int.Parse(m.Groups["page"].Value);
        }
        title = title.Trim().TrimEnd('.', '…', '·', ' ');
        var normalized = DocNumberText.Normalize(number);
        if (normalized is null && DocNumberText.IsOrderNumberOnly(number))
        {
            // 政府令: the TOC prints 晋城市城市排水管理办法晋城市人民政府令（第5号）.
            var issuer = OrderIssuer(SpaceNormalizer.RemoveStraySpaces(title), government);
            if (issuer is not null)
            {
                normalized = DocNumberText.Normalize(issuer + number);
                title = SpaceNormalizer.RemoveStraySpaces(title)[..^issuer.Length];
            }
        }
        if (normalized is null) return null;
        return new TocEntry(section, title, normalized, page, line);
    }

    /// <summary>The issuer of a government order at the end of a TOC title: the gazette's government first.</summary>
    private static string? OrderIssuer(string title, string? government)
    {
        if (!title.EndsWith('令')) return null;
        if (government is not null && title.EndsWith(government + "令", StringComparison.Ordinal)) return government + "令";
        var m = OrderIssuerPattern().Match(title);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^[【\[［]\s*(.+?)\s*[】\]］]$")]
    private static partial Regex SectionHeader();

    [GeneratedRegex(@"^(?<title>.+?)\s*[(（]\s*(?<num>[^()（）]{1,40}?号)\s*[)）]\s*[.…·．\s]*[(（]?\s*(?<page>\d{1,3})\s*[)）]?\s*$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^(?<title>.*\p{IsCJKUnifiedIdeographs}[)）》”]?)\s*(?:[.…·．]{2,}\s*[(（]?(?<page>\d{1,3})[)）]?|\s+[(（](?<page>\d{1,3})[)）])\s*$")]
    private static partial Regex EntryWithoutNumber();

    [GeneratedRegex(@"^(?<issuer>\p{IsCJKUnifiedIdeographs}{2,12}令)\s*[(（]?\s*第\s*(?<n>\d{1,4})\s*号\s*[)）]?\s*(?<title>.+?)\s*(?:[.…·．]{2,}\s*[(（]?(?<page>\d{1,3})[)）]?|\s+[(（](?<page>\d{1,3})[)）]|\t+[(（]?(?<page>\d{1,3})[)）]?)\s*$")]
    private static partial Regex OrderLeading();

    [GeneratedRegex(@"^[(（]?(\d{1,3})[)）]?$")]
    private static partial Regex TabPage();

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs}{2}[省市县区州]人民政府令)$")]
    private static partial Regex OrderIssuerPattern();
}
