using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>
/// Stage 2 repair: rebuilds paragraphs that extraction split. A page break leaves the first part of
/// a paragraph, a blank line and the rest; a converter that keeps printed line breaks leaves adjacent
/// lines. A line is joined to the next when it ends without closing punctuation, is not a heading,
/// and the next line starts no new numbered item, label or signature. After a blank line the first
/// part must also be long enough to have filled a printed line (a short open line is a heading).
/// Every join is listed for review.
/// </summary>
internal static partial class ParagraphJoiner
{
    /// <summary>Characters a printed text line holds at least when a paragraph runs on past it.</summary>
    public const int FullLineLength = 18;

    public static List<Paragraph> Join(IReadOnlyList<SourceLine> lines, ReviewLog review)
    {
        var paragraphs = new List<Paragraph>();
        var joins = new List<string>();
        Paragraph? current = null;
        var lastLineText = "";
        var blankBefore = false;
        var valueLines = 0;
        var stacked = 0;
        var stackedNames = new List<string>();
        (string Label, int Line, string? First)? stackLabel = null;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                blankBefore = true;
                continue;
            }
            if (current is not null && StacksName(current, lastLineText, line.Text, stacked > 0 || !blankBefore))
            {
                // 成员单位： / 市发展改革委 / 市公安局: names printed one under the other are one value, separated by 、.
                var value = current.Text[(ValueLabel().Match(current.Text).Length)..];
                var names = string.Join("、", SpaceNormalizer.RemoveStraySpaces(line.Text.Trim()).Split([' ', CjkText.IdeographicSpace], StringSplitOptions.RemoveEmptyEntries));
                stacked++;
                stackedNames.Add(names);
                stackLabel ??= (ValueLabel().Match(current.Text).Groups["label"].Value, current.FirstLine, value.Trim().Length > 0 ? value.Trim() : null);
                current = current with { Text = value.Trim().Length == 0 ? current.Text.TrimEnd() + names : current.Text.TrimEnd() + "、" + names, LastLine = line.Number };
                lastLineText = line.Text;
                blankBefore = false;
                continue;
            }
            FlushStack();
            if (current is not null && ShouldJoin(current, lastLineText, line, blankBefore))
            {
                joins.Add(blankBefore ? $"{current.LastLine}+{line.Number}" : $"{current.LastLine}+{line.Number} (adjacent)");
                // A label–value line carried on (adjacent lines, or its label alone): a wrapped value. Other joins after a blank line: a page break.
                if (ValueLabel().Match(current.Text) is { Success: true } label && (!blankBefore || LabelWithValueBelow(current.Text.TrimEnd(), line.Text.TrimStart())))
                {
                    valueLines = valueLines == 0 ? 2 : valueLines + 1;
                    review.Note(ReviewCategory.PageBreak, current.LastLine, ImportMessages.KeyValueJoined, ("label", label.Groups["label"].Value),
                        ("lines", valueLines), ("before", Tail(current.Text)), ("after", Head(line.Text)));
                }
                else if (blankBefore)
                    review.Note(ReviewCategory.PageBreak, current.LastLine, ImportMessages.PageBreakJoined, ("next", line.Number), ("before", Tail(current.Text)), ("after", Head(line.Text)));
                current = current with { Text = Glue(current.Text, line.Text), LastLine = line.Number };
            }
            else
            {
                if (current is not null && RepeatsTail(current.Text, line.Text))
                    review.Note(ReviewCategory.Undecided, line.Number, ImportMessages.RepeatedAtPageBreak, ("text", Head(line.Text)), ("previous", current.LastLine));
                if (current is not null) paragraphs.Add(current);
                current = new Paragraph(line.Text, line.Number, line.Number, line.RunIn, line.MarkedHeading);
                valueLines = 0;
            }
            lastLineText = line.Text;
            blankBefore = false;
        }
        FlushStack();
        if (current is not null) paragraphs.Add(current);
        return paragraphs;

        void FlushStack()
        {
            if (stackLabel is { } s && stacked > 0)
            {
                var all = (s.First is null ? stackedNames : stackedNames.Prepend(s.First)).ToList();
                review.Note(ReviewCategory.PageBreak, s.Line, ImportMessages.NamesStacked, ("label", s.Label), ("count", all.Count), ("names", string.Join("、", all)));
            }
            stacked = 0;
            stackedNames.Clear();
            stackLabel = null;
        }
    }

    /// <summary>
    /// Whether <paramref name="next"/> is one more name of a list printed one name per line under a label:
    /// the paragraph is "label：" or "label：name、…name", its last source line was a label or a name, and the
    /// next line is made only of organisation names. Across a blank line only once the stack has begun
    /// (or right under the label): a name line after a blank is otherwise a signature.
    /// </summary>
    private static bool StacksName(Paragraph current, string lastLineText, string next, bool adjacentOrStacking)
    {
        var label = ValueLabel().Match(current.Text);
        // A label inside a bracketed responsibility note (〔责任单位：…〕) wraps, it does not stack.
        if (!label.Success || !CjkText.IsIdeograph(label.Value[0]) || current.MarkedHeading) return false;
        var nextNames = SpaceNormalizer.RemoveStraySpaces(next.Trim());
        if (!DocumentParser.IsOrganisationLine(nextNames) || DocumentParser.IsDateLine(nextNames)) return false;
        var value = current.Text[label.Length..].Trim();
        if (value.Length == 0) return true;
        if (!adjacentOrStacking) return false;
        var lastName = value[(value.LastIndexOfAny(['、', '，', ',', '；']) + 1)..];
        var lastLine = SpaceNormalizer.RemoveStraySpaces(lastLineText.Trim());
        var lastLineValue = ValueLabel().Match(lastLine) is { Success: true } l ? lastLine[l.Length..].Trim() : lastLine;
        return lastName.Length > 0 && DocumentParser.IsOrganisationLine(lastName) && DocumentParser.IsOrganisationLine(lastLineValue);
    }

    public static bool ShouldJoin(Paragraph current, string lastLineText, SourceLine next, bool blankBefore)
    {
        // A numbered heading broken over two heading-marked lines ("2. 增强协同发力，构建…生产生活" + "方式").
        if (current.MarkedHeading && next.MarkedHeading)
            return Labels.Of(current.Text) != LabelKind.None && Labels.Of(next.Text) == LabelKind.None
                && !CjkText.IsTerminal(current.Text.TrimEnd()[^1]) && next.Text.Length <= 10;
        if (current.MarkedHeading || next.MarkedHeading || next.RunIn is not null) return false;
        var a = current.Text.TrimEnd();
        var b = next.Text.TrimStart();
        if (a.Length == 0 || b.Length == 0) return false;
        if (StartsSomethingNew(b)) return false;
        if (LabelWithValueBelow(a, b)) return true;
        var last = a[^1];
        if (CjkText.IsTerminal(last)) return false;
        var openMark = last is '，' or ',' or '、' or '（' or '(' or '《' or '“' or '〔' or '—' || Unbalanced(a);
        if (!openMark && last is '）' or ')' or '》' or '”' or '〕' or ']' or '】') return false;
        if (!blankBefore) return !LooksLikeHeading(a);
        if (openMark || b[0] is '，' or ',' or '。' or '、' or '）' or ')' or '》' or '”' or '；' or ';') return true;
        return lastLineText.Length >= FullLineLength && !LooksLikeHeading(a);
    }

    /// <summary>
    /// A label alone on its line (成员单位：, 〔责任单位：; a bold run-in the converter split off) whose value
    /// runs on the next line (市发展改革委、市公安局、…). A label alone above a finished sentence
    /// (启动条件： / 出现以下情形之一的……。) is printed so, and stays. Values wrapped further down are
    /// joined by the general rule (an open mark or a full line before the break).
    /// </summary>
    private static bool LabelWithValueBelow(string current, string next)
    {
        var label = ValueLabel().Match(current);
        return label.Success && current.Length == label.Length && !KeyValueStart().IsMatch(next) && !CjkText.IsTerminal(next.TrimEnd()[^1]);
    }

    /// <summary>Lines that begin a paragraph of their own: numbered items, labels, dates, markers.</summary>
    public static bool StartsSomethingNew(string text)
    {
        if (Labels.Of(text) != LabelKind.None) return true;
        if (KeyValueStart().IsMatch(text)) return true;
        if (DocumentParser.IsDateLine(text) || DocumentParser.IsPublicity(text)) return true;
        return text.StartsWith("附件", StringComparison.Ordinal) || text.StartsWith("政策解读", StringComparison.Ordinal);
    }

    /// <summary>A numbered heading is short and has no sentence inside it.</summary>
    private static bool LooksLikeHeading(string text)
    {
        var kind = Labels.Of(text);
        if (kind is LabelKind.None or LabelKind.Article or LabelKind.ParenArabic or LabelKind.Circled) return false;
        if (text.Length >= FullLineLength + 2 || text.Contains('。')) return false;
        return kind is LabelKind.Chapter or LabelKind.Section or LabelKind.Han or LabelKind.ParenHan || text.IndexOfAny(['，', ',']) < 0;
    }

    /// <summary>
    /// Some extractors repeat the last words before a page break at the top of the next page
    /// ("…严厉打击违法犯罪行为。" then "击违法犯罪活动。…"): the new paragraph opens with words the
    /// previous one just ended with. The importer cannot tell which copy is right.
    /// </summary>
    private static bool RepeatsTail(string previous, string next)
    {
        if (next.Length < 5 || previous.Length < 20 || !CjkText.IsTerminal(previous[^1]) || Labels.Of(next) != LabelKind.None) return false;
        var head = next[..5];
        var tail = previous[^16..];
        var at = tail.IndexOf(head, StringComparison.Ordinal);
        // The repeated words sit inside the last sentence, not at its very end.
        return CjkText.ContainsIdeograph(head) && at >= 0 && tail.Length - (at + head.Length) >= 3;
    }

    private static bool Unbalanced(string s)
    {
        int round = 0, book = 0, square = 0;
        foreach (var c in s)
        {
            if (c is '(' or '（') round++;
            else if (c is ')' or '）') round--;
            else if (c == '《') book++;
            else if (c == '》') book--;
            else if (c is '〔' or '[') square++;
            else if (c is '〕' or ']') square--;
        }
        return round > 0 || book > 0 || square > 0;
    }

    /// <summary>Joins two parts; a space survives only between two Latin letters or digits.</summary>
    private static string Glue(string a, string b) =>
        char.IsAsciiLetter(a[^1]) && char.IsAsciiLetter(b[0]) ? a + " " + b : a + b;

    private static string Tail(string s) => s.Length <= 8 ? s : s[^8..];

    private static string Head(string s) => s.Length <= 8 ? s : s[..8];

    /// <summary>The label of a label–value line, also inside a responsibility note: 指挥长：, 〔责任单位：.</summary>
    [GeneratedRegex(@"^[〔\[［【(（]?(?<label>[\p{IsCJKUnifiedIdeographs}]{2,8})\s*[:：]")]
    private static partial Regex ValueLabel();

    /// <summary>A short label and a colon: 指挥长：, 咨询单位:, 启动程序：.</summary>
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,8}\s*[:：]")]
    internal static partial Regex KeyValueStart();
}
