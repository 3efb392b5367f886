using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>
/// Stage 4: finds each TOC document in the text, in TOC order. The anchor is the line holding the
/// document's 文号 (政府令: the 晋城市人民政府令 line and the 第N号 line); the title is the lines right
/// above it whose text matches the TOC title; a registration code (JCZG-01-2024-0007) right above
/// the title belongs to the document. A document ends where the next one starts.
/// </summary>
internal static partial class DocumentLocator
{
    public static List<DocumentSpan> Locate(IReadOnlyList<SourceLine> lines, TableOfContents toc, int textEnd, ReviewLog review, List<(int Line, string Message)> problems)
    {
        var found = new List<(TocEntry Entry, int Start, string? Registration, List<SourceLine> Title, int BodyStart)>();
        var cursor = toc.EndIndex;
        foreach (var entry in toc.Entries)
        {
            var anchor = FindAnchor(lines, entry, cursor, textEnd, out var bodyStart);
            if (anchor < 0 && entry.DocNumber is not null)
                anchor = FindByTitleDespiteNumber(lines, entry, cursor, textEnd, review, out bodyStart);
            if (anchor < 0 && entry.DocNumber is not null)
                anchor = FindNearNumber(lines, entry, cursor, textEnd, review, out bodyStart);
            if (anchor < 0)
            {
                problems.Add((entry.Line, $"TOC document «{entry.Title}» ({entry.DocNumber}) was not found in the text after line {(cursor < lines.Count ? lines[cursor].Number : lines.Count)}"));
                continue;
            }
            var title = TitleAbove(lines, anchor, cursor, entry);
            if (!Matches(title, entry) && TitleBelow(lines, bodyStart, textEnd, entry) is { } below)
            {
                // Some layouts print the 文号 above the title.
                title = below;
                bodyStart = below[^1].Number;
            }
            var start = title.Count > 0 ? Math.Min(anchor, title[0].Number - 1) : anchor;
            string? registration = null;
            var above = PreviousNonBlank(lines, start - 1, cursor);
            if (above >= 0 && Registration().IsMatch(lines[above].Text.Trim()))
            {
                registration = lines[above].Text.Trim();
                start = above;
                review.Note(ReviewCategory.Registration, lines[above].Number, $"registration code {registration} attached to the document below it ({entry.DocNumber})");
            }
            found.Add((entry, start, registration, title, bodyStart));
            cursor = bodyStart;
        }
        var spans = new List<DocumentSpan>();
        for (var i = 0; i < found.Count; i++)
        {
            var end = i + 1 < found.Count ? found[i + 1].Start : textEnd;
            spans.Add(new DocumentSpan(found[i].Entry, found[i].Registration, found[i].Title, found[i].BodyStart, end));
        }
        return spans;
    }

    /// <summary>Index of the first anchor line; <paramref name="bodyStart"/> is the line after it.</summary>
    private static int FindAnchor(IReadOnlyList<SourceLine> lines, TocEntry entry, int from, int to, out int bodyStart)
    {
        bodyStart = -1;
        if (entry.DocNumber is null) return FindTitle(lines, entry, from, to, out bodyStart);
        for (var i = from; i < to; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0 || text.Length > 40) continue;
            if (DocNumberText.Normalize(text) == entry.DocNumber)
            {
                bodyStart = i + 1;
                return i;
            }
            // 政府令: "晋城市人民政府令" then "第5号" on the next line.
            if (text.EndsWith('令') && entry.DocNumber is not null)
            {
                var next = NextNonBlank(lines, i + 1, to);
                if (next >= 0 && DocNumberText.IsOrderNumberOnly(lines[next].Text)
                    && DocNumberText.Normalize(text + lines[next].Text) == entry.DocNumber)
                {
                    bodyStart = next + 1;
                    return i;
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// The 文号 line was not found (misread digits, a typo): find the title instead; the line after it
    /// is taken as the 文号 line when it looks like one, and the difference is listed for review.
    /// </summary>
    private static int FindByTitleDespiteNumber(IReadOnlyList<SourceLine> lines, TocEntry entry, int from, int to, ReviewLog review, out int bodyStart)
    {
        var afterTitle = FindTitle(lines, entry, from, to, out bodyStart);
        if (afterTitle < 0) return -1;
        var next = NextNonBlank(lines, afterTitle, to);
        if (next >= 0 && lines[next].Text.Length <= 30 && lines[next].Text.Contains('号'))
        {
            review.Note(ReviewCategory.OcrSuspect, lines[next].Number,
                $"文号 in the text «{lines[next].Text}» differs from the TOC's {entry.DocNumber}; the TOC's is used");
            bodyStart = next + 1;
            return next;
        }
        review.Note(ReviewCategory.Undecided, lines[afterTitle - 1].Number, $"document found by its title; no 文号 line below it (TOC: {entry.DocNumber})");
        return afterTitle;
    }

    /// <summary>
    /// Last resort: a 文号 line with the same year and number whose issuer code differs from the
    /// TOC's by one misread character (晋市政力〔2025〕22号 for 晋市政办〔2025〕22号).
    /// </summary>
    private static int FindNearNumber(IReadOnlyList<SourceLine> lines, TocEntry entry, int from, int to, ReviewLog review, out int bodyStart)
    {
        bodyStart = -1;
        var expected = entry.DocNumber!;
        var bracket = expected.IndexOf('〔');
        if (bracket < 0) return -1;
        for (var i = from; i < to; i++)
        {
            if (lines[i].Text.Length is 0 or > 40) continue;
            var found = DocNumberText.Normalize(lines[i].Text);
            if (found is null || found.IndexOf('〔') != bracket || !found.EndsWith(expected[bracket..], StringComparison.Ordinal)) continue;
            var differences = found.Take(bracket).Zip(expected.Take(bracket)).Count(p => p.First != p.Second);
            if (differences != 1) continue;
            review.Note(ReviewCategory.OcrSuspect, lines[i].Number, $"文号 in the text «{found}» differs from the TOC's {expected} by one character; the TOC's is used");
            bodyStart = i + 1;
            return i;
        }
        return -1;
    }

    /// <summary>A document without 文号 is found by its title (up to four lines); the body starts after it.</summary>
    private static int FindTitle(IReadOnlyList<SourceLine> lines, TocEntry entry, int from, int to, out int bodyStart)
    {
        bodyStart = -1;
        var key = CjkText.Key(entry.Title);
        for (var i = from; i < to; i++)
        {
            if (lines[i].IsBlank) continue;
            var text = "";
            for (int k = i, taken = 0; k < to && taken < 4; k++)
            {
                if (lines[k].IsBlank) continue;
                text += lines[k].Text;
                taken++;
                var current = CjkText.Key(text);
                if (current == key)
                {
                    bodyStart = k + 1;
                    return k + 1;
                }
                if (!key.StartsWith(current, StringComparison.Ordinal)) break;
            }
        }
        return -1;
    }

    /// <summary>The title: up to four lines above the anchor; the fewest whose text matches the TOC title.</summary>
    private static List<SourceLine> TitleAbove(IReadOnlyList<SourceLine> lines, int anchor, int lowest, TocEntry entry)
    {
        var key = CjkText.Key(entry.Title);
        var candidate = new List<SourceLine>();
        var k = anchor;
        for (var n = 0; n < 4; n++)
        {
            k = PreviousNonBlank(lines, k - 1, lowest);
            if (k < 0 || Registration().IsMatch(lines[k].Text.Trim()) || DocumentTailParser.IsQrCaption(lines[k].Text)) break;
            candidate.Insert(0, lines[k]);
            if (CjkText.Key(string.Concat(candidate.Select(l => l.Text))) == key) return candidate;
        }
        // No exact match (OCR damage): the line right above is the title; the parser flags the difference.
        return candidate.Count > 0 ? candidate.GetRange(candidate.Count - 1, 1) : candidate;
    }

    private static bool Matches(List<SourceLine> title, TocEntry entry) =>
        CjkText.Key(string.Concat(title.Select(l => l.Text))) == CjkText.Key(entry.Title);

    /// <summary>Up to four lines right below the anchor whose text is the TOC title, or null.</summary>
    private static List<SourceLine>? TitleBelow(IReadOnlyList<SourceLine> lines, int from, int to, TocEntry entry)
    {
        var key = CjkText.Key(entry.Title);
        var candidate = new List<SourceLine>();
        for (var k = from; k < to && candidate.Count < 4; k++)
        {
            if (lines[k].IsBlank) continue;
            candidate.Add(lines[k]);
            var current = CjkText.Key(string.Concat(candidate.Select(l => l.Text)));
            if (current == key) return candidate;
            if (!key.StartsWith(current, StringComparison.Ordinal)) return null;
        }
        return null;
    }

    private static int PreviousNonBlank(IReadOnlyList<SourceLine> lines, int from, int lowest)
    {
        for (var i = from; i >= lowest && i >= 0; i--)
            if (!lines[i].IsBlank) return i;
        return -1;
    }

    private static int NextNonBlank(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!lines[i].IsBlank) return i;
        return -1;
    }

    [GeneratedRegex(@"^[A-Z]{2,8}(?:-[0-9A-Z]{1,8}){2,4}$")]
    public static partial Regex Registration();
}
