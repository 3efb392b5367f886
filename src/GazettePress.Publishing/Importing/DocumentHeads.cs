using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>How a document's beginning was recognised in the body.</summary>
internal enum HeadEvidence
{
    /// <summary>A line that is a 文号 (or a 政府令 and its 第N号 line).</summary>
    DocNumber,

    /// <summary>A title line with the 文号 glued to its end.</summary>
    GluedDocNumber,

    /// <summary>Title lines followed by an addressee line (a document without 文号).</summary>
    TitleAndAddressee,

    /// <summary>The title of a TOC entry found in the body.</summary>
    TocTitle,
}

/// <summary>
/// The beginning of one document in the body: optional registration code, title lines, 文号, and the
/// index of the first line after them. <see cref="Start"/> is the first line of the document.
/// </summary>
internal sealed record DocumentHead(
    int Start,
    string? Registration,
    IReadOnlyList<SourceLine> TitleLines,
    string? DocNumber,
    int AnchorLine,
    int BodyStart,
    HeadEvidence Evidence,
    bool DocNumberRepaired)
{
    /// <summary>Web-page details printed between the title and the 文号 (发布时间：… 来源：…), kept out of the title and the text.</summary>
    public IReadOnlyList<SourceLine> WebLines { get; init; } = [];

    /// <summary>A 文号 split off the end of the title line (the title line as it is kept), or null.</summary>
    public SourceLine? GluedTitleLine { get; init; }

    public string TitleText => string.Concat(TitleLines.Select(l => l.Text));
}

/// <summary>
/// Finds where documents begin in the body, from the body alone (independently of the TOC): lines that
/// are a 文号 or a 政府令 number, title lines with a 文号 glued on, and title lines followed by an
/// addressee. For each, the title is the run of title-like lines right above the 文号 (or right below,
/// where the 文号 is printed first).
/// </summary>
internal static partial class DocumentHeads
{
    public static List<DocumentHead> Find(IReadOnlyList<SourceLine> lines, int from, int to) => Enumerate(lines, from, to).ToList();

    /// <summary>The heads in order of their lines, found as they are asked for (callers that need only the first stop early).</summary>
    public static IEnumerable<DocumentHead> Enumerate(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var lowest = from;
        for (var i = from; i < to; i++)
        {
            var head = At(lines, i, lowest, to);
            if (head is null) continue;
            yield return head;
            lowest = head.BodyStart;
            i = head.BodyStart - 1;
        }
    }

    /// <summary>The document head whose anchor is line <paramref name="i"/>, or null.</summary>
    public static DocumentHead? At(IReadOnlyList<SourceLine> lines, int i, int lowest, int to)
    {
        var text = lines[i].Text;
        if (text.Length == 0 || text.Length > 90) return null;
        // Cheap test first: every anchor holds 号 (文号, 第N号), ends in 令, or is a document title.
        var hasNumber = text.Contains('号') || text.Contains('號');
        if (!hasNumber && !text.TrimEnd().EndsWith('令') && !IsDocumentTitle(text)) return null;
        string? number;
        bool repaired;
        if (text.Length <= 40 && (number = DocNumberText.Normalize(text, out repaired)) is not null && !TocParser.IsRunningText(text))
            return WithTitle(lines, i, i + 1, lowest, to, number, HeadEvidence.DocNumber, repaired);
        // 政府令: "晋城市人民政府令" then "第5号" on the next line.
        if (text.Length <= 24 && SpaceNormalizer.Label(text).EndsWith('令'))
        {
            var next = Lines.NextNonBlank(lines, i + 1, to);
            if (next >= 0 && DocNumberText.IsOrderNumberOnly(lines[next].Text)
                && DocNumberText.Normalize(SpaceNormalizer.Label(text) + SpaceNormalizer.Label(lines[next].Text), out repaired) is { } order)
                return WithTitle(lines, i, next + 1, lowest, to, order, HeadEvidence.DocNumber, repaired);
        }
        // A title line with its 文号 glued on: 关于……的通知晋市政办〔2025〕22号.
        if (hasNumber && DocNumberText.FindLast(text) is { } glued && glued.Index + glued.Length >= CjkText.FoldWidth(text).TrimEnd().Length - 1
            && glued.Index >= 4 && IsTitleLike(text[..glued.Index]) && !TocParser.IsRunningText(text))
        {
            var titlePart = new SourceLine(lines[i].Number, text[..glued.Index].TrimEnd(' ', '\t', '（', '('));
            var next = Lines.NextNonBlank(lines, i + 1, to);
            if (next < 0 || !IsTocShaped(lines[next].Text))
            {
                var above = TitleAbove(lines, i, lowest, out var registration, out var start);
                var title = above.Append(titlePart).ToList();
                return new DocumentHead(above.Count > 0 ? start : (registration is null ? i : start), registration, title, glued.Number, i, i + 1,
                    HeadEvidence.GluedDocNumber, glued.Repaired) { GluedTitleLine = titlePart };
            }
        }
        // A document without 文号: title lines, then the addressee.
        if (IsDocumentTitle(text) && IsTitleLike(text))
        {
            var next = Lines.NextNonBlank(lines, i + 1, to);
            // A web page prints its details (发布日期, 来源, 发文字号 …) between the title and the text.
            var afterDetails = next >= 0 ? WebMetadata.BlockEnd(lines, next, to) : next;
            if (afterDetails > next) next = Lines.NextNonBlank(lines, afterDetails, to) is var n && n - afterDetails <= 2 ? n : -1;
            else if (next - i > 3) next = -1;
            if (next >= 0 && IsAddressee(lines[next].Text))
            {
                var above = TitleAbove(lines, i, lowest, out var registration, out var start);
                var title = above.Append(lines[i]).ToList();
                return new DocumentHead(above.Count > 0 || registration is not null ? start : i, registration, title, null, i, i + 1, HeadEvidence.TitleAndAddressee, false);
            }
        }
        return null;
    }

    private static DocumentHead WithTitle(IReadOnlyList<SourceLine> lines, int anchor, int bodyStart, int lowest, int to, string number,
        HeadEvidence evidence, bool repaired)
    {
        var above = TitleAbove(lines, anchor, lowest, out var registration, out var start, out var details);
        if (above.Count == 0)
        {
            // Some layouts print the 文号 above the title.
            var below = TitleBelow(lines, bodyStart, to);
            if (below.Count > 0)
                return new DocumentHead(registration is null ? anchor : start, registration, below, number, anchor, Lines.IndexOf(lines, below[^1]) + 1, evidence, repaired) { WebLines = details };
            return new DocumentHead(registration is null ? anchor : start, registration, [], number, anchor, bodyStart, evidence, repaired) { WebLines = details };
        }
        return new DocumentHead(start, registration, above, number, anchor, bodyStart, evidence, repaired) { WebLines = details };
    }

    /// <summary>
    /// The title: up to four title-like lines right above <paramref name="anchor"/> (blank lines
    /// between them allowed), stopping at anything else, and at a line that starts the title (an issuer
    /// name or 关于) once the lines below it hold the subject.
    /// </summary>
    public static List<SourceLine> TitleAbove(IReadOnlyList<SourceLine> lines, int anchor, int lowest, out string? registration, out int start) =>
        TitleAbove(lines, anchor, lowest, out registration, out start, out _, skipDetails: false);

    /// <param name="details">Web-page details found between the title and the anchor (they lie inside the head).</param>
    /// <param name="skipDetails">Whether details may stand between the title and the anchor (a 文号 line, not a title line).</param>
    public static List<SourceLine> TitleAbove(IReadOnlyList<SourceLine> lines, int anchor, int lowest, out string? registration, out int start,
        out IReadOnlyList<SourceLine> details, bool skipDetails = true)
    {
        var skipped = new List<SourceLine>();
        details = skipped;
        registration = null;
        start = anchor;
        var title = new List<SourceLine>();
        var blanks = 0;
        for (var k = anchor - 1; k >= lowest && k >= 0 && title.Count < 4; k--)
        {
            var text = lines[k].Text.Trim();
            if (text.Length == 0)
            {
                if (++blanks > 2) break;
                continue;
            }
            // Web-page details printed between the title and the 文号 (发布时间：… 来源：…): the title is above them.
            if (skipDetails && title.Count == 0 && skipped.Count == 0 && WebMetadata.IsDetailsLine(text) && WebMetadata.BlockEndingAt(lines, Math.Max(lowest, k - 12), k + 1) is { } block)
            {
                skipped.AddRange(block.Lines);
                k = Lines.IndexOf(lines, block.Lines[0]);
                blanks = 0;
                continue;
            }
            if (Registration().IsMatch(text))
            {
                registration = text;
                start = k;
                break;
            }
            if (!IsTitleLike(text) || title.Sum(l => l.Text.Length) + text.Length > 100) break;
            if (title.Count > 0 && blanks >= 2) break;
            blanks = 0;
            title.Insert(0, lines[k]);
            start = k;
            if (!StartsTitle(text)) continue;
            // 关于… may still have its issuer on the line above (晋城市人民政府办公室 / 关于印发…).
            var s = SpaceNormalizer.RemoveStraySpaces(text);
            if (s.StartsWith("关于", StringComparison.Ordinal) || s.StartsWith("印发", StringComparison.Ordinal))
            {
                var up = Lines.PreviousNonBlank(lines, k - 1, lowest);
                if (up >= 0 && k - up <= 2 && DocumentParser.IsOrganisationLine(SpaceNormalizer.RemoveStraySpaces(lines[up].Text)) && IsTitleLike(lines[up].Text))
                {
                    title.Insert(0, lines[up]);
                    start = up;
                }
            }
            break;
        }
        if (registration is null && title.Count > 0)
        {
            var above = Lines.PreviousNonBlank(lines, start - 1, lowest);
            if (above >= 0 && Registration().IsMatch(lines[above].Text.Trim()))
            {
                registration = lines[above].Text.Trim();
                start = above;
            }
        }
        if (title.Count == 0 && registration is null) skipped.Clear();
        return title;
    }

    /// <summary>Up to four title-like lines right below the 文号, ending before the addressee or the text.</summary>
    private static List<SourceLine> TitleBelow(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var title = new List<SourceLine>();
        for (var k = from; k < to && title.Count < 4; k++)
        {
            if (lines[k].IsBlank) continue;
            if (IsAddressee(lines[k].Text) || TocParser.IsRunningText(lines[k].Text))
                return title.Count > 0 && IsDocumentTitle(string.Concat(title.Select(l => l.Text))) ? title : [];
            if (!IsTitleLike(lines[k].Text)) return [];
            title.Add(lines[k]);
        }
        return [];
    }

    /// <summary>A line that can be part of a title: short, no sentence, no label, no date, no marker.</summary>
    public static bool IsTitleLike(string text)
    {
        var t = text.Trim();
        if (t.Length is < 2 or > 80 || !CjkText.ContainsIdeograph(t)) return false;
        if (t.Contains('。') || t.Contains('：') || t.Contains(':') || CjkText.IsTerminal(t[^1]) || t[^1] is '，' or ',' or '、') return false;
        if (Labels.Of(t) != LabelKind.None || DocumentParser.IsDateLine(t) || DocumentParser.IsPublicity(t)) return false;
        if (DocumentTailParser.IsQrCaption(t) || Registration().IsMatch(t) || TocParser.SectionLabel(t, out _, out _)) return false;
        if (t.StartsWith("附件", StringComparison.Ordinal) || t.Contains("见网络版", StringComparison.Ordinal) || IsTocShaped(t)) return false;
        if (t.Length <= 40 && DocNumberText.Normalize(t) is not null || DocNumberText.IsOrderNumberOnly(t)) return false;
        return !MastheadParser.IsRunningHeadLike(t);
    }

    /// <summary>A title's first line: an issuer name or 关于.</summary>
    private static bool StartsTitle(string text) => TitleStart().IsMatch(SpaceNormalizer.RemoveStraySpaces(text));

    /// <summary>The title of a document (not of a chapter or an attached plan): 关于… or a notice kind at its end.</summary>
    public static bool IsDocumentTitle(string text)
    {
        if (!text.Contains("关于", StringComparison.Ordinal) && !text.Contains('告') && !text.Contains("命令", StringComparison.Ordinal)
            && !text.Contains("决定", StringComparison.Ordinal)) return false;
        var t = SpaceNormalizer.RemoveStraySpaces(text);
        return t.Contains("关于", StringComparison.Ordinal) && DocumentKind().IsMatch(t) || AnnouncementKind().IsMatch(t);
    }

    /// <summary>各县（市、区）人民政府，……：</summary>
    public static bool IsAddressee(string text)
    {
        var t = BodyText.Clean(text);
        return t.Length is >= 4 and <= 160 && t.EndsWith('：') && !t.Contains('。') && DocumentParser.LooksLikeAddressee(t);
    }

    /// <summary>A TOC line: ends in a page number after a leader or in brackets.</summary>
    public static bool IsTocShaped(string text) => TocLine().IsMatch(CjkText.FoldWidth(text).TrimEnd());

    [GeneratedRegex(@"^[A-Z]{2,8}(?:-[0-9A-Z]{1,8}){2,4}$")]
    public static partial Regex Registration();

    [GeneratedRegex(@"^(?:关于|\p{IsCJKUnifiedIdeographs}{2,16}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅|军分区|管委会|中心|分行|公司)(?:[\s　]|关于|印发|$))")]
    private static partial Regex TitleStart();

    [GeneratedRegex(@"(?:通知|决定|意见|公告|通告|通报|批复|报告|办法|规定|细则|方案|命令|函|纪要|决议|规划|预案|批示|公报)$")]
    private static partial Regex DocumentKind();

    [GeneratedRegex(@"(?:人民政府|政府|办公室|局|委员会)(?:关于.{2,60})?(?:公告|通告|命令|决定)$")]
    private static partial Regex AnnouncementKind();

    [GeneratedRegex(@"(?:[.…·．]{3,}|\s{2,}|\t)\s*[(（]?[0-9]{1,3}[)）]?$|[.…·．]{3,}$")]
    private static partial Regex TocLine();
}

/// <summary>Small helpers over line lists.</summary>
internal static class Lines
{
    public static int NextNonBlank(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < lines.Count; i++)
            if (!lines[i].IsBlank) return i;
        return -1;
    }

    public static int PreviousNonBlank(IReadOnlyList<SourceLine> lines, int from, int lowest)
    {
        for (var i = Math.Min(from, lines.Count - 1); i >= lowest && i >= 0; i--)
            if (!lines[i].IsBlank) return i;
        return -1;
    }

    /// <summary>Index of a line in the list (lines are numbered in order; inserted lines share a number).</summary>
    public static int IndexOf(IReadOnlyList<SourceLine> lines, SourceLine line)
    {
        for (var i = 0; i < lines.Count; i++)
            if (ReferenceEquals(lines[i], line)) return i;
        return -1;
    }
}
