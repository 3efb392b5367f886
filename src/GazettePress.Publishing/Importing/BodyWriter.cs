using System.Text;
using System.Text.RegularExpressions;

namespace GazettePress.Importing;

/// <summary>
/// Stage 6: a document's notice text and attached text as Markdown in the content format.
/// Headings: # attached title, then the numbering kinds used as headings in that text, outermost
/// first, from ## down to #####. Articles get a run-in label; items stay plain paragraphs with their
/// numbers verbatim; runs of short "label：value" paragraphs become a ::: keyvalue block.
/// </summary>
internal static partial class BodyWriter
{
    private enum BlockKind { Heading, Paragraph, KeyValue }

    private sealed record Block(BlockKind Kind, LabelKind Label, string Markdown, int Line);

    /// <param name="signatureBlock">A ::: signature block to print between notice and attached text (政府令), or null.</param>
    public static string Write(IReadOnlyList<SourceLine> noticeLines, IReadOnlyList<SourceLine> attachedLines, bool expectTitle, ReviewLog review,
        string? signatureBlock = null)
    {
        var md = new StringBuilder();
        WriteBlocks(md, Classify(ParagraphJoiner.Join(noticeLines, review), review));
        if (signatureBlock is not null) md.Append(md.Length > 0 ? "\n" : "").Append(signatureBlock).Append('\n');
        var titleIndex = attachedLines.ToList().FindIndex(l => !l.IsBlank);
        if (titleIndex >= 0)
        {
            var rest = attachedLines.Skip(titleIndex + 1).ToList();
            var first = attachedLines[titleIndex];
            if (expectTitle && IsAttachedTitle(first.Text))
            {
                if (md.Length > 0) md.Append('\n');
                md.Append("# ").Append(Escape(BodyText.Clean(first.Text))).Append('\n');
            }
            else
            {
                if (expectTitle) review.Note(ReviewCategory.Undecided, first.Number, ImportMessages.NoAttachedTitle);
                rest = attachedLines.Skip(titleIndex).ToList();
            }
            var signature = TrailingSignature(rest, review);
            if (signature is not null) rest = rest.Take(signature.Value.Start).ToList();
            var blocks = Classify(ParagraphJoiner.Join(rest, review), review);
            if (blocks.Count > 0 && md.Length > 0) md.Append('\n');
            WriteBlocks(md, blocks);
            if (signature is not null) md.Append(md.Length > 0 ? "\n" : "").Append(signature.Value.Block).Append('\n');
        }
        return md.ToString();
    }

    /// <summary>The signature printed again at the end of an attached plan: issuer lines and a date, as a ::: signature block.</summary>
    private static (int Start, string Block)? TrailingSignature(List<SourceLine> lines, ReviewLog review)
    {
        var last = Lines.PreviousNonBlank(lines, lines.Count - 1, 0);
        if (last < 0 || DocumentParser.ParseDate(lines[last].Text) is not { } date) return null;
        var start = last;
        var issuers = new List<string>();
        for (var k = Lines.PreviousNonBlank(lines, last - 1, 0); k >= 0 && issuers.Count < 4; k = Lines.PreviousNonBlank(lines, k - 1, 0))
        {
            var text = SpaceNormalizer.RemoveStraySpaces(lines[k].Text);
            if (!DocumentParser.IsOrganisationLine(text)) break;
            issuers.Insert(0, text);
            start = k;
        }
        if (issuers.Count == 0) return null;
        review.Note(ReviewCategory.Signature, lines[start].Number, ImportMessages.SignatureRepeated);
        var block = "::: signature\n" + string.Join("\n", issuers.Select(Escape)) + $"\n{date.Year}年{date.Month}月{date.Day}日\n:::";
        return (start, block);
    }

    private static bool IsAttachedTitle(string text) =>
        text.Length <= 60 && !CjkText.IsTerminal(text.TrimEnd()[^1]) && Labels.Of(text) == LabelKind.None
        && !ParagraphJoiner.KeyValueStart().IsMatch(text) && !text.Contains('。');

    private static void WriteBlocks(StringBuilder md, List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0) md.Append('\n');
            md.Append(blocks[i].Markdown).Append('\n');
        }
    }

    private static List<Block> Classify(List<Paragraph> paragraphs, ReviewLog review)
    {
        paragraphs = AttachDutyNotes(paragraphs);
        var blocks = new List<Block>();
        var articles = new List<(int Number, int Line)>();
        foreach (var p in paragraphs)
        {
            var kind = Labels.Of(p.Text, out var labelLength);
            var line = p.FirstLine;
            // "1 总则": a bare number before a short heading (some converters drop the dot).
            if (kind == LabelKind.None && BareNumberHeading().IsMatch(p.Text) && p.Text.Length <= 20 && !CjkText.IsTerminal(p.Text[^1]))
                kind = LabelKind.Arabic;
            switch (kind)
            {
                case LabelKind.Chapter or LabelKind.Section:
                    blocks.Add(new Block(BlockKind.Heading, kind, Escape(SpaceNormalizer.SpacedHeading(p.Text)), line));
                    break;
                case LabelKind.Article:
                {
                    var label = SpaceNormalizer.RemoveStraySpaces(p.Text[..labelLength]);
                    var rest = BodyText.Clean(p.Text[labelLength..]);
                    if (CjkText.ChineseNumber(label[1..^1]) is { } n) articles.Add((n, line));
                    blocks.Add(new Block(BlockKind.Paragraph, kind, $"**{label}**{CjkText.IdeographicSpace}{Escape(rest)}", line));
                    break;
                }
                case not LabelKind.None when IsHeadingLike(p, kind):
                {
                    var text = BodyText.Clean(p.Text);
                    if (kind is LabelKind.Arabic or LabelKind.Decimal2 or LabelKind.Decimal3 or LabelKind.Decimal4)
                    {
                        var label = Labels.Of(p.Text) == LabelKind.None ? p.Text.TrimStart().Split(' ')[0] : Labels.Text(p.Text);
                        var gap = label.EndsWith('、') || label.EndsWith('．') ? "" : " ";
                        text = label + gap + BodyText.Clean(p.Text.TrimStart()[label.Length..]);
                    }
                    blocks.Add(new Block(BlockKind.Heading, kind, Escape(text), line));
                    break;
                }
                default:
                    blocks.Add(Paragraph(p));
                    break;
            }
        }
        CheckArticleNumbers(articles, review);
        FlagMergedHeadings(blocks, review);
        AssignHeadingLevels(blocks);
        return GroupKeyValues(blocks);
    }

    private static Block Paragraph(Paragraph p)
    {
        var text = Duty(BodyText.Clean(p.Text));
        if (p.RunIn is not null)
        {
            var runIn = BodyText.Clean(p.RunIn);
            if (text.StartsWith(runIn, StringComparison.Ordinal))
                return new Block(BlockKind.Paragraph, LabelKind.None, $"**{Escape(runIn)}**{Escape(text[runIn.Length..])}", p.FirstLine);
        }
        // A line set all in bold that is no heading (it ends a sentence) stays bold.
        if (p.MarkedHeading) return new Block(BlockKind.Paragraph, Labels.Of(text), $"**{Escape(text)}**", p.FirstLine);
        return new Block(BlockKind.Paragraph, Labels.Of(text), Escape(text), p.FirstLine);
    }

    /// <summary>A numbered heading: marked as one by the converter, or short with no sentence in it.</summary>
    private static bool IsHeadingLike(Paragraph p, LabelKind kind)
    {
        if (p.MarkedHeading) return p.Text.Length <= 60 && !CjkText.IsTerminal(p.Text.TrimEnd()[^1]);
        if (p.RunIn is not null || kind is LabelKind.ParenArabic or LabelKind.Circled) return false;
        var text = p.Text.TrimEnd();
        var limit = kind is LabelKind.Arabic ? 30 : 40;
        if (text.Length > limit || CjkText.IsTerminal(text[^1]) || text.IndexOfAny(['。', '；', ';']) >= 0) return false;
        return kind is LabelKind.Han or LabelKind.ParenHan || text.IndexOfAny(['，', ',']) < 0;
    }

    /// <summary>The numbering kinds used as headings, outermost first, take levels ## to #####.</summary>
    private static void AssignHeadingLevels(List<Block> blocks)
    {
        var kinds = blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Label).Distinct().Order().ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Heading) continue;
            var level = Math.Min(5, 2 + kinds.IndexOf(blocks[i].Label));
            blocks[i] = blocks[i] with { Markdown = new string('#', level) + " " + blocks[i].Markdown };
        }
    }

    /// <summary>Two or more "label：value" paragraphs in a row form a key–value block.</summary>
    private static List<Block> GroupKeyValues(List<Block> blocks)
    {
        var result = new List<Block>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var j = i;
            while (j < blocks.Count && blocks[j].Kind == BlockKind.Paragraph && KeyValue().IsMatch(blocks[j].Markdown)) j++;
            if (j - i >= 2)
            {
                var inner = string.Join("\n\n", blocks.Skip(i).Take(j - i).Select(b => b.Markdown));
                result.Add(new Block(BlockKind.KeyValue, LabelKind.None, "::: keyvalue\n" + inner + "\n:::", blocks[i].Line));
                i = j - 1;
            }
            else result.Add(blocks[i]);
        }
        return result;
    }

    /// <summary>
    /// "4.3.1.3 响应措施启动Ⅲ级响应后，……": a paragraph numbered like the decimal headings around
    /// it is most likely a heading that extraction ran into its text. Only a human can split it.
    /// </summary>
    private static void FlagMergedHeadings(List<Block> blocks, ReviewLog review)
    {
        var headingKinds = blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Label).ToHashSet();
        foreach (var b in blocks)
            if (b.Kind == BlockKind.Paragraph && b.Label is LabelKind.Decimal2 or LabelKind.Decimal3 or LabelKind.Decimal4 && headingKinds.Contains(b.Label))
                review.Note(ReviewCategory.Undecided, b.Line, ImportMessages.HeadingRunIn, ("text", b.Markdown[..Math.Min(20, b.Markdown.Length)]));
    }

    private static void CheckArticleNumbers(List<(int Number, int Line)> articles, ReviewLog review)
    {
        for (var i = 1; i < articles.Count; i++)
            if (articles[i].Number != articles[i - 1].Number + 1)
                review.Note(ReviewCategory.Numbering, articles[i].Line, ImportMessages.ArticleGap, ("from", articles[i - 1].Number), ("to", articles[i].Number));
    }

    /// <summary>A responsibility note on a line of its own ends the paragraph before it, as printed.</summary>
    private static List<Paragraph> AttachDutyNotes(List<Paragraph> paragraphs)
    {
        var result = new List<Paragraph>();
        foreach (var p in paragraphs)
        {
            var t = p.Text.Trim();
            var isNote = t.Length > 2 && t[0] is '[' or '［' or '【' or '〔' && t[^1] is ']' or '］' or '】' or '〕'
                && (t[1..].StartsWith("责任单位", StringComparison.Ordinal) || t[1..].StartsWith("牵头单位", StringComparison.Ordinal));
            if (isNote && result.Count > 0 && Labels.Of(result[^1].Text) is not (LabelKind.Chapter or LabelKind.Section))
                result[^1] = result[^1] with { Text = result[^1].Text + t, LastLine = p.LastLine };
            else result.Add(p);
        }
        return result;
    }

    /// <summary>[责任单位：…] as extracted becomes the printed 〔责任单位：…〕.</summary>
    private static string Duty(string text) => DutyNote().Replace(text, "〔$1〕");

    /// <summary>Escapes what Markdown would read as markup; numbers at line start need nothing (lists are off).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(MarkdownSpecials) < 0 && (text.Length == 0 || text[0] is not ('#' or ':'))) return text;
        var s = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '^' or '|' or '{' or '}') s.Append('\\');
            s.Append(c);
        }
        if (s.Length > 0 && (s[0] == '#' || s[0] == ':')) s.Insert(0, '\\');
        return s.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> MarkdownSpecials = System.Buffers.SearchValues.Create("\\`*_[]<>~^|{}");

    [GeneratedRegex(@"^[0-9]{1,2} +\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex BareNumberHeading();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,8}：\S")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"[\[［【〔（(]((?:责任单位|牵头单位|配合单位)：[^\]］】〕]*)[\]］】〕]")]
    private static partial Regex DutyNote();
}
